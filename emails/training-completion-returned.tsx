import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingCompletionReturnedEmailProps = {
  apprenticeName: string;
  reviewerName: string;
  reason: string;
  statusUrl: string;
};

export const trainingCompletionReturnedSubject = ({ apprenticeName }: TrainingCompletionReturnedEmailProps) =>
  `AAMI sent back ${apprenticeName}'s completion`;

export default function TrainingCompletionReturnedEmail({
  apprenticeName,
  reviewerName,
  reason,
  statusUrl,
}: TrainingCompletionReturnedEmailProps) {
  return (
    <EmailLayout preview="Something is missing before AAMI can verify the completion">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {reviewerName} at AAMI could not verify {apprenticeName}&apos;s completion yet, and says:
      </Text>
      <Text style={{ ...paragraph, borderLeft: "3px solid #cbd5e1", paddingLeft: "12px" }}>{reason}</Text>
      <Text style={paragraph}>
        What to do next: put right what is missing on the training record, then ask AAMI again from the status page. The
        training stays active meanwhile.
      </Text>
      <Button href={statusUrl} style={buttonStyle}>
        Open the status page
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={statusUrl}>{statusUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
