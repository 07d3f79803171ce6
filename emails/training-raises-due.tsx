import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingRaisesDueEmailProps = {
  organizationName: string;
  /** Every raise to act on, the earliest due first; `when` says where it stands ("due on 1 March 2027", "overdue since …"). */
  raises: ReadonlyArray<{ apprenticeName: string; periodLabel: string; when: string; url: string }>;
  trainingUrl: string;
};

export const trainingRaisesDueSubject = ({ organizationName }: TrainingRaisesDueEmailProps) =>
  `Apprentice raises due at ${organizationName}`;

export default function TrainingRaisesDueEmail({ organizationName, raises, trainingUrl }: TrainingRaisesDueEmailProps) {
  return (
    <EmailLayout preview="A raise on your apprentices' wage schedule comes due">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Under {organizationName}&apos;s wage schedule, these apprentices&apos; raises are coming up within two weeks,
        due or overdue:
      </Text>
      {raises.map((r) => (
        <Text key={`${r.url}:${r.periodLabel}`} style={paragraph}>
          <Link href={r.url}>{r.apprenticeName}</Link>: {r.periodLabel}, {r.when}
        </Text>
      ))}
      <Text style={paragraph}>
        What to do next: give each raise on time, then record it on the apprentice&apos;s training record with the day
        it takes effect and the new hourly wage (never below the schedule). AAMI staff see raises left unrecorded more
        than 30 days after they fall due.
      </Text>
      <Button href={trainingUrl} style={buttonStyle}>
        Open training
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={trainingUrl}>{trainingUrl}</Link>
      </Text>
      <Text style={paragraph}>
        We write when a raise comes within two weeks and again on the day it falls due, at most once a day.
      </Text>
    </EmailLayout>
  );
}
