import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingLogNudgeEmailProps = {
  firstName: string;
  /** The day of their last log, formatted; null when they have never logged. */
  lastLoggedOn: string | null;
  logUrl: string;
};

export const trainingLogNudgeSubject = () => "Log your on-the-job hours";

export default function TrainingLogNudgeEmail({ firstName, lastLoggedOn, logUrl }: TrainingLogNudgeEmailProps) {
  return (
    <EmailLayout preview="Two weeks without hours logged">
      <Text style={paragraph}>Hello {firstName},</Text>
      <Text style={paragraph}>
        {lastLoggedOn
          ? `You last logged hours on ${lastLoggedOn}, more than two weeks ago.`
          : "You have not logged any on-the-job hours yet."}{" "}
        Hours count toward your apprenticeship, and your raises, only once you log them and your mentor approves them.
      </Text>
      <Text style={paragraph}>
        What to do next: open your log and enter each week you worked. It takes a minute a week on your phone, and
        &quot;Same as last week&quot; fills a week in one tap.
      </Text>
      <Button href={logUrl} style={buttonStyle}>
        Log my hours
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={logUrl}>{logUrl}</Link>
      </Text>
      <Text style={paragraph}>We send this reminder at most once a week while no hours are logged.</Text>
    </EmailLayout>
  );
}
