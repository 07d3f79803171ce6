import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type SubmissionReceivedEmailProps = {
  organizationName: string;
  version: number;
  submittedBy: string;
  reviewTargetDays: number;
  checklistUrl: string;
};

export const submissionReceivedSubject = ({ organizationName, version }: SubmissionReceivedEmailProps) =>
  version > 1
    ? `AAMI received ${organizationName}'s updated submission (version ${version})`
    : `AAMI received ${organizationName}'s Employer Agreement`;

export default function SubmissionReceivedEmail({
  organizationName,
  version,
  submittedBy,
  reviewTargetDays,
  checklistUrl,
}: SubmissionReceivedEmailProps) {
  return (
    <EmailLayout preview="What happens next with your submission">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {submittedBy} submitted {organizationName}&apos;s signed Employer Agreement, wage schedule and plans to AAMI
        {version > 1 ? ` (version ${version}, with the changes AAMI asked for)` : ""}. Thank you.
      </Text>
      <Text style={paragraph}>What happens next:</Text>
      <Text style={paragraph}>
        1. AAMI&apos;s apprenticeship staff review the submission, usually within {reviewTargetDays} business days.
        <br />
        2. While they review it, your checklist is read-only, so what they review is what you sent.
        <br />
        3. We email you when they decide. If something needs changing, the steps they comment on reopen and you can
        submit again. Once approved, AAMI registers your organization with the U.S. Department of Labor and step 8,
        hiring and enrolling apprentices, opens.
      </Text>
      <Button href={checklistUrl} style={buttonStyle}>
        See your checklist
      </Button>
    </EmailLayout>
  );
}
