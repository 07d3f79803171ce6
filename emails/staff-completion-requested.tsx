import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type StaffCompletionRequestedEmailProps = {
  apprenticeName: string;
  organizationName: string;
  reviewUrl: string;
};

export const staffCompletionRequestedSubject = ({ apprenticeName }: StaffCompletionRequestedEmailProps) =>
  `Completion to verify: ${apprenticeName}`;

export default function StaffCompletionRequestedEmail({
  apprenticeName,
  organizationName,
  reviewUrl,
}: StaffCompletionRequestedEmailProps) {
  return (
    <EmailLayout preview={`${organizationName} asks AAMI to verify a completion`}>
      <Text style={paragraph}>
        {organizationName} asks AAMI to verify that {apprenticeName} completed the BMET apprenticeship. The
        portal&apos;s checklist (hours, skills, related instruction and wages) was met when they asked.
      </Text>
      <Text style={paragraph}>
        What to do next: open the apprentice, check the checklist as it stands now, and verify the completion (which
        issues AAMI&apos;s certificate and completes the training) or send it back saying what is missing.
      </Text>
      <Button href={reviewUrl} style={buttonStyle}>
        Review the completion
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={reviewUrl}>{reviewUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
