import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ProgramRegisteredEmailProps = {
  organizationName: string;
  programNumber: string;
  registeredOn: string;
  /** The Registration Agency for the employer's state, which registers its apprentices. */
  registrationAgency: string;
  checklistUrl: string;
};

export const programRegisteredSubject = ({ organizationName }: ProgramRegisteredEmailProps) =>
  `${organizationName} is registered with the U.S. Department of Labor`;

export default function ProgramRegisteredEmail({
  organizationName,
  programNumber,
  registeredOn,
  registrationAgency,
  checklistUrl,
}: ProgramRegisteredEmailProps) {
  return (
    <EmailLayout preview="Registered: you can now enroll apprentices">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        The U.S. Department of Labor registered {organizationName} in the BMET Registered Apprenticeship on{" "}
        {registeredOn}. Your program registration number is <strong>{programNumber}</strong>; keep it for your records.
      </Text>
      <Text style={paragraph}>
        What happens next: step 8 of your checklist is open. Hire or select your apprentices, enroll them in the portal
        (with credit for skills they already have), and AAMI registers each one with {registrationAgency}, your
        Registration Agency.
      </Text>
      <Button href={checklistUrl} style={buttonStyle}>
        Go to step 8
      </Button>
    </EmailLayout>
  );
}
