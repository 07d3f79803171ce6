import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type MemberInvitationEmailProps = {
  organizationName: string;
  invitedBy: string;
  role: string;
  signInUrl: string;
};

export const memberInvitationSubject = ({ organizationName }: MemberInvitationEmailProps) =>
  `You have been added to ${organizationName} on the BMET Apprenticeship Portal`;

export default function MemberInvitationEmail({
  organizationName,
  invitedBy,
  role,
  signInUrl,
}: MemberInvitationEmailProps) {
  return (
    <EmailLayout preview={`${invitedBy} added you to ${organizationName}`}>
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {invitedBy} added you to {organizationName} on the BMET Apprenticeship Portal as {role.toLowerCase()}. You can
        now see and help with the organization&apos;s employer-partner checklist.
      </Text>
      <Text style={paragraph}>
        What happens next: sign in with this email address; we will email you a one-time link.
      </Text>
      <Button href={signInUrl} style={buttonStyle}>
        Go to sign-in
      </Button>
    </EmailLayout>
  );
}
