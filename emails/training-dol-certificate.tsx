import { Button, Link, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingDolCertificateEmailProps = {
  apprenticeName: string;
  /** The training status page, where both certificates are downloaded. */
  statusUrl: string;
};

export const trainingDolCertificateSubject = ({ apprenticeName }: TrainingDolCertificateEmailProps) =>
  `${apprenticeName}'s Certificate of Completion of Apprenticeship is ready to download`;

export default function TrainingDolCertificateEmail({ apprenticeName, statusUrl }: TrainingDolCertificateEmailProps) {
  return (
    <EmailLayout preview="DOL's certificate is ready to download">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        The Registration Agency issued {apprenticeName}&apos;s Certificate of Completion of Apprenticeship, and{" "}
        {PROGRAM.sponsorShort} has added it to the training record. The apprentice and the employer can download it from
        the training status page, beside {PROGRAM.sponsorShort}&apos;s own certificate of completion.
      </Text>
      <Button href={statusUrl} style={buttonStyle}>
        Open the certificates
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={statusUrl}>{statusUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
