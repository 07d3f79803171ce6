import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./components/email-layout";

export type OrganizationClaimOwnersEmailProps = { organizationName: string };

export const organizationClaimOwnersSubject = ({ organizationName }: OrganizationClaimOwnersEmailProps) =>
  `Someone asked AAMI for access to ${organizationName}`;

/** To an organization's owners when someone confirms a registration of the same organization. */
export default function OrganizationClaimOwnersEmail({ organizationName }: OrganizationClaimOwnersEmailProps) {
  return (
    <EmailLayout preview="AAMI will check with you before anyone is added">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Someone confirmed from their email address that they want to register {organizationName} on the BMET
        Apprenticeship Portal. Your organization is already registered, so nothing was created and they have no access.
        AAMI&apos;s apprenticeship staff will contact you before anyone is added to your organization.
      </Text>
      <Text style={paragraph}>
        If a colleague needs access sooner, an owner or admin can add them under Members at any time.
      </Text>
    </EmailLayout>
  );
}
