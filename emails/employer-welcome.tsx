import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type EmployerWelcomeEmailProps = {
  contactName: string;
  organizationName: string;
  checklistUrl: string;
  stepCount: number;
};

export const employerWelcomeSubject = ({ organizationName }: EmployerWelcomeEmailProps) =>
  `${organizationName} has started the BMET employer-partner checklist`;

export default function EmployerWelcomeEmail({
  contactName,
  organizationName,
  checklistUrl,
  stepCount,
}: EmployerWelcomeEmailProps) {
  return (
    <EmailLayout preview="Step 1 is done. Here is what happens next.">
      <Text style={paragraph}>Hello {contactName},</Text>
      <Text style={paragraph}>
        Thank you for telling AAMI that {organizationName} wants to host BMET apprentices. Step 1 of {stepCount} is
        complete and AAMI&apos;s apprenticeship staff have been notified.
      </Text>
      <Text style={paragraph}>What happens next:</Text>
      <Text style={paragraph}>
        1. Sign in with the separate sign-in email we just sent (no password needed).
        <br />
        2. Work through the checklist: review the standards, describe the position, plan related-instruction funding,
        appoint a mentor, and sign the Employer Agreement with your wage schedule. Colleagues can help: add them under
        Members.
        <br />
        3. Submit to AAMI. Staff review your submission and tell you by email if anything needs changing.
      </Text>
      <Button href={checklistUrl} style={buttonStyle}>
        Open your checklist
      </Button>
      <Text style={paragraph}>You can stop at any time and pick up where you left off.</Text>
    </EmailLayout>
  );
}
