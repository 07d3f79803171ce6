import { Button, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ApprenticeRegistrationReturnedEmailProps = {
  apprenticeName: string;
  organizationName: string;
  reviewerName: string;
  reason: string;
  apprenticeUrl: string;
};

export const apprenticeRegistrationReturnedSubject = ({ apprenticeName }: ApprenticeRegistrationReturnedEmailProps) =>
  `${PROGRAM.sponsorShort} could not approve ${apprenticeName}'s registration yet`;

export default function ApprenticeRegistrationReturnedEmail({
  apprenticeName,
  organizationName,
  reviewerName,
  reason,
  apprenticeUrl,
}: ApprenticeRegistrationReturnedEmailProps) {
  return (
    <EmailLayout preview="Sent back: please correct the enrollment and sign again">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {reviewerName} at {PROGRAM.sponsorShort} reviewed the registration of {apprenticeName} with {organizationName}{" "}
        and sent it back to you, for this reason:
      </Text>
      <Text style={paragraph}>{reason}</Text>
      <Text style={paragraph}>
        What happens next: the enrollment is a draft again and its signed apprenticeship agreement no longer counts.
        Correct the enrollment, sign the agreement again for your organization, and the apprentice signs again too. The
        registration then comes back to {PROGRAM.sponsorShort}. If you have questions, reply to this email.
      </Text>
      <Button href={apprenticeUrl} style={buttonStyle}>
        Open the enrollment
      </Button>
    </EmailLayout>
  );
}
