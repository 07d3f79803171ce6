import { Button, Link, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ApprenticeRegistrationApprovedEmailProps = {
  apprenticeName: string;
  organizationName: string;
  reviewerName: string;
  packetVersion: number;
  packetUrl: string;
  apprenticeUrl: string;
};

export const apprenticeRegistrationApprovedSubject = ({ apprenticeName }: ApprenticeRegistrationApprovedEmailProps) =>
  `${PROGRAM.sponsorShort} approved ${apprenticeName}'s apprenticeship registration`;

export default function ApprenticeRegistrationApprovedEmail({
  apprenticeName,
  organizationName,
  reviewerName,
  packetVersion,
  packetUrl,
  apprenticeUrl,
}: ApprenticeRegistrationApprovedEmailProps) {
  return (
    <EmailLayout preview="Approved: next, registration with the Department of Labor">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {reviewerName} at {PROGRAM.sponsorShort} approved the registration of {apprenticeName} as a {organizationName}{" "}
        apprentice. Version {packetVersion} of your DOL registration packet now lists them, with their signed
        apprenticeship agreement: <Link href={packetUrl}>download the registration packet</Link>.
      </Text>
      <Text style={paragraph}>
        What happens next: {PROGRAM.sponsorShort} registers {apprenticeName} with the U.S. Department of Labor in RAPIDS
        and records their RAPIDS apprentice ID in the portal. We email you when that is done. There is nothing you need
        to do now; training can go ahead from the start date.
      </Text>
      <Button href={apprenticeUrl} style={buttonStyle}>
        See the apprentice
      </Button>
    </EmailLayout>
  );
}
