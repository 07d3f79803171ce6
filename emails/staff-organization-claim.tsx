import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type StaffOrganizationClaimEmailProps = {
  organizationName: string;
  claimant: string;
  matchedOn: string;
  employerUrl: string;
};

export const staffOrganizationClaimSubject = ({ organizationName }: StaffOrganizationClaimEmailProps) =>
  `Request to join ${organizationName}: please decide`;

/** To AAMI staff: someone confirmed a registration matching an existing organization. */
export default function StaffOrganizationClaimEmail({
  organizationName,
  claimant,
  matchedOn,
  employerUrl,
}: StaffOrganizationClaimEmailProps) {
  return (
    <EmailLayout preview={`${claimant} asked to start ${organizationName}, which is already registered`}>
      <Text style={paragraph}>
        {claimant} confirmed from their own email that they want to start {organizationName} on the portal. An
        organization with {matchedOn} is already registered, so nothing was created and they were told only that AAMI
        will be in touch. Its owners were told that a request is with AAMI, without the requester&apos;s details.
      </Text>
      <Text style={paragraph}>
        Check with the organization&apos;s owners and the requester, then add the requester to the organization (as
        owner, admin or member) or decline, on the employer&apos;s page.
      </Text>
      <Button href={employerUrl} style={buttonStyle}>
        Open the employer
      </Button>
    </EmailLayout>
  );
}
