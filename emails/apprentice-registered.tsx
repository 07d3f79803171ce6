import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ApprenticeRegisteredEmailProps = {
  apprenticeName: string;
  organizationName: string;
  rapidsApprenticeId: string;
  apprenticeUrl: string;
};

export const apprenticeRegisteredSubject = ({ apprenticeName }: ApprenticeRegisteredEmailProps) =>
  `${apprenticeName} is registered with the U.S. Department of Labor`;

export default function ApprenticeRegisteredEmail({
  apprenticeName,
  organizationName,
  rapidsApprenticeId,
  apprenticeUrl,
}: ApprenticeRegisteredEmailProps) {
  return (
    <EmailLayout preview="Registered with DOL: the RAPIDS apprentice ID">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        The U.S. Department of Labor registered {apprenticeName} as an apprentice of {organizationName}. Their RAPIDS
        apprentice ID is <strong>{rapidsApprenticeId}</strong>; keep it for your records.
      </Text>
      <Text style={paragraph}>
        What happens next: nothing to do in the portal. Train the apprentice under their mentor and pay each raise of
        the wage schedule as it is reached.
      </Text>
      <Button href={apprenticeUrl} style={buttonStyle}>
        See the apprentice
      </Button>
    </EmailLayout>
  );
}
