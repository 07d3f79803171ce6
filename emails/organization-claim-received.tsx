import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./components/email-layout";

export type OrganizationClaimReceivedEmailProps = { contactName: string };

export const organizationClaimReceivedSubject = () => "AAMI will be in touch about your organization";

/**
 * To someone who confirmed a registration that matches an organization already on the portal. It says only that
 * AAMI will be in touch: nothing about that organization or its people.
 */
export default function OrganizationClaimReceivedEmail({ contactName }: OrganizationClaimReceivedEmailProps) {
  return (
    <EmailLayout preview="AAMI's apprenticeship staff will contact you">
      <Text style={paragraph}>Hello {contactName},</Text>
      <Text style={paragraph}>
        Thank you for confirming. Before your organization can go further on the portal, AAMI&apos;s apprenticeship
        staff need to check a few details with you. They will contact you at this address, usually within two business
        days. There is nothing else you need to do now.
      </Text>
    </EmailLayout>
  );
}
