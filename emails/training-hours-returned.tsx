import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingHoursReturnedEmailProps = {
  firstName: string;
  mentorName: string;
  week: string;
  comment: string;
  logUrl: string;
};

export const trainingHoursReturnedSubject = ({ week }: TrainingHoursReturnedEmailProps) =>
  `Your mentor sent back your hours for the ${week.toLowerCase()}`;

export default function TrainingHoursReturnedEmail({
  firstName,
  mentorName,
  week,
  comment,
  logUrl,
}: TrainingHoursReturnedEmailProps) {
  return (
    <EmailLayout preview={`${mentorName} asked you to change your hours`}>
      <Text style={paragraph}>Hello {firstName},</Text>
      <Text style={paragraph}>
        {mentorName} sent back your hours for the {week.toLowerCase()} with this comment:
      </Text>
      <Text style={{ ...paragraph, borderLeft: "3px solid #cbd5e1", paddingLeft: "12px" }}>{comment}</Text>
      <Text style={paragraph}>
        What to do next: correct the entry and save it; it goes back to {mentorName} for approval. Nothing else in your
        record changed.
      </Text>
      <Button href={logUrl} style={buttonStyle}>
        Open that week
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={logUrl}>{logUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
