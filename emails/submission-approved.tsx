import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type SubmissionApprovedEmailProps = {
  organizationName: string;
  version: number;
  reviewerName: string;
  packetUrl: string;
};

export const submissionApprovedSubject = ({ organizationName }: SubmissionApprovedEmailProps) =>
  `AAMI approved ${organizationName} as a BMET apprenticeship employer partner`;

export default function SubmissionApprovedEmail({
  organizationName,
  version,
  reviewerName,
  packetUrl,
}: SubmissionApprovedEmailProps) {
  return (
    <EmailLayout preview="Approved: next, registration with the Department of Labor">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Good news: {reviewerName} at AAMI approved version {version} of {organizationName}&apos;s submission.
      </Text>
      <Text style={paragraph}>
        What happens next: AAMI sends the registration packet (your signed Employer Agreement, wage schedule, positions,
        funding plan and mentors) to the U.S. Department of Labor. When DOL registers the program, we email you the
        registration number and step 8, hiring and enrolling apprentices, opens. You can download the packet now.
      </Text>
      <Button href={packetUrl} style={buttonStyle}>
        Download the registration packet
      </Button>
    </EmailLayout>
  );
}
