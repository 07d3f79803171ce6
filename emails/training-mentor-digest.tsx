import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingMentorDigestEmailProps = {
  mentorName: string;
  /** Each mentee with something waiting: weeks of hours to approve, skills they asked to have signed off. */
  apprentices: ReadonlyArray<{ name: string; weeks: number; signOffs: number }>;
  reviewUrl: string;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const trainingMentorDigestSubject = ({ apprentices }: TrainingMentorDigestEmailProps) =>
  `Your apprentices are waiting for you: ${plural(apprentices.length, "apprentice", "apprentices")} this week`;

export default function TrainingMentorDigestEmail({
  mentorName,
  apprentices,
  reviewUrl,
}: TrainingMentorDigestEmailProps) {
  return (
    <EmailLayout preview="Hours to approve and skills to sign off">
      <Text style={paragraph}>Hello {mentorName},</Text>
      <Text style={paragraph}>
        This is your weekly summary of what waits for you in the BMET apprenticeship portal:
      </Text>
      {apprentices.map((a) => (
        <Text key={a.name} style={paragraph}>
          {a.name}: {a.weeks > 0 ? plural(a.weeks, "week of hours to approve", "weeks of hours to approve") : null}
          {a.weeks > 0 && a.signOffs > 0 ? ", " : null}
          {a.signOffs > 0 ? plural(a.signOffs, "skill to sign off", "skills to sign off") : null}
        </Text>
      ))}
      <Text style={paragraph}>
        What to do next: approve the weeks that are right (many at once if you like), return any that are not with a
        comment, and sign off the skills you have seen. Your apprentices&apos; progress and raises depend on it.
      </Text>
      <Button href={reviewUrl} style={buttonStyle}>
        Open what waits for you
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={reviewUrl}>{reviewUrl}</Link>
      </Text>
      <Text style={paragraph}>You get this summary at most once a week, and only when something is waiting.</Text>
    </EmailLayout>
  );
}
