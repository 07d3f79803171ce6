import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type OrganizationRequestConfirmEmailProps = {
  contactName: string;
  organizationName: string;
  confirmUrl: string;
  /** e.g. "December 6, 2026" */
  expiresOn: string;
};

export const organizationRequestConfirmSubject = ({ organizationName }: OrganizationRequestConfirmEmailProps) =>
  `Confirm: start ${organizationName} on the BMET Apprenticeship Portal`;

/** To the contact named on /employers/start: nothing is created until they confirm from this email. */
export default function OrganizationRequestConfirmEmail({
  contactName,
  organizationName,
  confirmUrl,
  expiresOn,
}: OrganizationRequestConfirmEmailProps) {
  return (
    <EmailLayout preview={`Confirm that you want to start ${organizationName} on the portal`}>
      <Text style={paragraph}>Hello {contactName},</Text>
      <Text style={paragraph}>
        Someone, probably you, asked to start {organizationName} as an employer partner of AAMI&apos;s BMET Registered
        Apprenticeship, with this email address as its contact. Nothing is created until you confirm: open the link,
        check the details and press Confirm. You then become the organization&apos;s portal owner.
      </Text>
      <Button href={confirmUrl} style={buttonStyle}>
        Check and confirm
      </Button>
      <Text style={paragraph}>
        The link works once, until {expiresOn}. If the button does not work, copy this address into your browser:{" "}
        <Link href={confirmUrl}>{confirmUrl}</Link>
      </Text>
      <Text style={paragraph}>If you did not ask for this, ignore this email: nothing happens without your click.</Text>
    </EmailLayout>
  );
}
