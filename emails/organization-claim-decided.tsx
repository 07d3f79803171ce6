import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type OrganizationClaimDecidedEmailProps = {
  contactName: string;
  /** Present when AAMI added them: the organization and their role. */
  added: { organizationName: string; role: string; signInUrl: string } | null;
};

export const organizationClaimDecidedSubject = ({ added }: OrganizationClaimDecidedEmailProps) =>
  added
    ? `You were added to ${added.organizationName} on the BMET Apprenticeship Portal`
    : "About your request to AAMI";

/** To someone whose claim AAMI staff decided. */
export default function OrganizationClaimDecidedEmail({ contactName, added }: OrganizationClaimDecidedEmailProps) {
  return (
    <EmailLayout preview={added ? "You can sign in now" : "AAMI could not add you"}>
      <Text style={paragraph}>Hello {contactName},</Text>
      {added ? (
        <>
          <Text style={paragraph}>
            AAMI checked your request and added you to {added.organizationName} as {added.role}. Sign in with this email
            address to pick up the organization&apos;s checklist where it stands.
          </Text>
          <Button href={added.signInUrl} style={buttonStyle}>
            Sign in
          </Button>
        </>
      ) : (
        <Text style={paragraph}>
          AAMI could not confirm your request, so you were not added to an organization on the portal. If you think this
          is a mistake, reply to the AAMI staff member who contacted you.
        </Text>
      )}
    </EmailLayout>
  );
}
