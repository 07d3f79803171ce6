import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type StaffSubmissionReceivedEmailProps = {
  organizationName: string;
  location: string;
  version: number;
  submittedBy: string;
  /** The Registration Agency for the organization's state, which AAMI files the agreement with once approved. */
  registrationAgency: string;
  reviewUrl: string;
};

export const staffSubmissionReceivedSubject = ({ organizationName, version }: StaffSubmissionReceivedEmailProps) =>
  `To review: ${organizationName} submitted ${version > 1 ? `version ${version}` : "its Employer Agreement"}`;

export default function StaffSubmissionReceivedEmail({
  organizationName,
  location,
  version,
  submittedBy,
  registrationAgency,
  reviewUrl,
}: StaffSubmissionReceivedEmailProps) {
  return (
    <EmailLayout preview={`${organizationName} is waiting for review`}>
      <Text style={paragraph}>
        {organizationName} ({location}) submitted {version > 1 ? `version ${version} of ` : ""}its signed Employer
        Agreement, wage schedule, positions, funding plan and mentors. Submitted by {submittedBy}.
      </Text>
      <Text style={paragraph}>
        {version > 1
          ? "This is a resubmission after changes were requested."
          : "This is the organization's first submission."}{" "}
        It waits in the review queue until a reviewer claims it. Once approved, AAMI files the agreement with{" "}
        {registrationAgency}, the Registration Agency for the organization&apos;s state.
      </Text>
      <Button href={reviewUrl} style={buttonStyle}>
        Review the submission
      </Button>
    </EmailLayout>
  );
}
