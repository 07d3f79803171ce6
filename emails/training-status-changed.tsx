import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingStatusChangedEmailProps = {
  apprenticeName: string;
  /** Who made the change: the employer's name, or AAMI. */
  changedBy: string;
  /** "Suspended", "Active", "Cancelled". */
  status: string;
  /** From when, and why, as the record says it ("from 3 March 2027 until 1 April 2027: surgery and recovery"). */
  detail: string;
  whatNext: string;
  recordUrl: string;
};

export const trainingStatusChangedSubject = ({ apprenticeName, status }: TrainingStatusChangedEmailProps) =>
  `${apprenticeName}'s apprenticeship: ${status.toLowerCase()}`;

export default function TrainingStatusChangedEmail({
  apprenticeName,
  changedBy,
  status,
  detail,
  whatNext,
  recordUrl,
}: TrainingStatusChangedEmailProps) {
  return (
    <EmailLayout preview={`The apprenticeship is now ${status.toLowerCase()}`}>
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {changedBy} changed the status of {apprenticeName}&apos;s apprenticeship to {status.toLowerCase()}, {detail}.
      </Text>
      <Text style={paragraph}>What happens next: {whatNext}</Text>
      <Button href={recordUrl} style={buttonStyle}>
        Open the training record
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={recordUrl}>{recordUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
