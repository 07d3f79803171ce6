import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type StaffNewEmployerEmailProps = {
  organizationName: string;
  location: string;
  contact: string;
  apprenticesWanted: number;
  employerUrl: string;
};

export const staffNewEmployerSubject = ({ organizationName }: StaffNewEmployerEmailProps) =>
  `New employer: ${organizationName} started onboarding`;

export default function StaffNewEmployerEmail({
  organizationName,
  location,
  contact,
  apprenticesWanted,
  employerUrl,
}: StaffNewEmployerEmailProps) {
  return (
    <EmailLayout preview={`${organizationName} (${location}) completed step 1`}>
      <Text style={paragraph}>
        {organizationName} ({location}) has completed step 1 of the employer-partner checklist and hopes to host{" "}
        {apprenticesWanted} apprentice{apprenticesWanted === 1 ? "" : "s"}.
      </Text>
      <Text style={paragraph}>Contact: {contact}</Text>
      <Text style={paragraph}>
        Nothing is needed from you yet; you will be notified again when they submit their agreement.
      </Text>
      <Button href={employerUrl} style={buttonStyle}>
        View the employer
      </Button>
    </EmailLayout>
  );
}
