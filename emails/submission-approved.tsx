import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type SubmissionApprovedEmailProps = {
  organizationName: string;
  version: number;
  reviewerName: string;
  /** The Registration Agency for the employer's state, which AAMI files the agreement with. */
  registrationAgency: string;
  stateName: string;
  packetUrl: string;
  checklistUrl: string;
};

export const submissionApprovedSubject = ({ organizationName }: SubmissionApprovedEmailProps) =>
  `AAMI approved ${organizationName} as a BMET apprenticeship employer partner`;

export default function SubmissionApprovedEmail({
  organizationName,
  version,
  reviewerName,
  registrationAgency,
  stateName,
  packetUrl,
  checklistUrl,
}: SubmissionApprovedEmailProps) {
  return (
    <EmailLayout preview="Approved and countersigned: next, the Registration Agency">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Good news: {reviewerName} approved version {version} of {organizationName}&apos;s submission and countersigned
        your employer acceptance agreement for AAMI.
      </Text>
      <Text style={paragraph}>
        What happens next: AAMI files the fully signed agreement, with your wage schedule, positions, funding plan and
        mentors, with {registrationAgency}, the Registration Agency for {stateName}. Step 8 of your checklist is open
        now: you can enroll apprentices. AAMI approves them for registration once the agency has accepted your
        agreement, and we email you when it has. You can download the registration packet now.
      </Text>
      <Button href={packetUrl} style={buttonStyle}>
        Download the registration packet
      </Button>
      <Text style={paragraph}>
        Your checklist: <a href={checklistUrl}>{checklistUrl}</a>
      </Text>
    </EmailLayout>
  );
}
