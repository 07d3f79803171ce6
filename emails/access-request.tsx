import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type AccessRequestEmailProps = {
  organizationName: string;
  requesterName: string;
  requesterEmail: string;
  membersUrl: string;
};

export const accessRequestSubject = ({ organizationName }: AccessRequestEmailProps) =>
  `Someone asked to join ${organizationName} on the BMET Apprenticeship Portal`;

/** To an organization's owners when someone tries to register the same organization again. */
export default function AccessRequestEmail({
  organizationName,
  requesterName,
  requesterEmail,
  membersUrl,
}: AccessRequestEmailProps) {
  return (
    <EmailLayout preview={`${requesterName} tried to register ${organizationName}`}>
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {requesterName} ({requesterEmail}) tried to register {organizationName} on the BMET Apprenticeship Portal. Your
        organization is already registered, so we did not create a second one.
      </Text>
      <Text style={paragraph}>
        If they work with you, add them under Members and they can help with your checklist. If you do not know them,
        you can ignore this email; they have no access.
      </Text>
      <Button href={membersUrl} style={buttonStyle}>
        Manage members
      </Button>
    </EmailLayout>
  );
}
