import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type SubmissionRejectedEmailProps = {
  organizationName: string;
  version: number;
  reviewerName: string;
  reason: string;
  checklistUrl: string;
};

export const submissionRejectedSubject = ({ organizationName }: SubmissionRejectedEmailProps) =>
  `AAMI could not approve ${organizationName}'s submission`;

export default function SubmissionRejectedEmail({
  organizationName,
  version,
  reviewerName,
  reason,
  checklistUrl,
}: SubmissionRejectedEmailProps) {
  return (
    <EmailLayout preview="Your submission was not approved">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {reviewerName} at AAMI reviewed version {version} of {organizationName}&apos;s submission and could not approve
        it, for this reason:
      </Text>
      <Text style={paragraph}>{reason}</Text>
      <Text style={paragraph}>
        What happens next: your checklist is editable again. If the reason can be addressed, update your steps, sign the
        Employer Agreement again and submit a new version. If you have questions, reply to this email to reach
        AAMI&apos;s apprenticeship staff.
      </Text>
      <Button href={checklistUrl} style={buttonStyle}>
        Open your checklist
      </Button>
    </EmailLayout>
  );
}
