import { Button, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ApprenticeAgreementSignedEmailProps = {
  apprenticeName: string;
  organizationName: string;
  apprenticesUrl: string;
};

export const apprenticeAgreementSignedSubject = ({ apprenticeName }: ApprenticeAgreementSignedEmailProps) =>
  `${apprenticeName} signed their apprenticeship agreement`;

export default function ApprenticeAgreementSignedEmail({
  apprenticeName,
  organizationName,
  apprenticesUrl,
}: ApprenticeAgreementSignedEmailProps) {
  return (
    <EmailLayout preview={`Next: ${PROGRAM.sponsorShort} reviews the registration`}>
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {apprenticeName} signed their apprenticeship agreement with {organizationName}. The agreement is complete.
      </Text>
      <Text style={paragraph}>
        What happens next: the registration is now with {PROGRAM.sponsorShort} for review. When {PROGRAM.sponsorShort}{" "}
        approves it, the apprentice is registered with the U.S. Department of Labor. You can follow the
        apprentice&apos;s status in the portal.
      </Text>
      <Button href={apprenticesUrl} style={buttonStyle}>
        See your apprentices
      </Button>
    </EmailLayout>
  );
}
