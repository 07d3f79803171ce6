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
}: SubmissionApprovedEmailProps) {
  return (
    <EmailLayout preview="Approved: next, registration with the Department of Labor">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Good news: {reviewerName} at AAMI approved version {version} of {organizationName}&apos;s submission.
      </Text>
      <Text style={paragraph}>
        What happens next: AAMI files your signed Employer Agreement, with the registration packet (wage schedule,
        positions, funding plan and mentors), with {registrationAgency}, the Registration Agency for {stateName}. When
        the program is registered, we email you the registration number and step 8, hiring and enrolling apprentices,
        opens. You can download the packet now.
      </Text>
      <Button href={packetUrl} style={buttonStyle}>
        Download the registration packet
      </Button>
    </EmailLayout>
  );
}
