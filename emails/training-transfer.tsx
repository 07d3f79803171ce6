import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingTransferEmailProps = {
  apprenticeName: string;
  /** What just happened to the transfer. */
  event: "proposed" | "accepted" | "declined" | "withdrawn";
  /** The sending and the receiving employer's names. */
  from: string;
  to: string;
  /** The first day with the receiving employer, as a long date. */
  effectiveOn: string;
  /** The sending employer's note (proposed), or the receiving employer's reason (declined). */
  detail: string | null;
  whatNext: string;
  url: string;
};

export const trainingTransferSubject = ({ apprenticeName, event }: TrainingTransferEmailProps) =>
  `${apprenticeName}'s transfer: ${event}`;

const SENTENCE: Record<TrainingTransferEmailProps["event"], (p: TrainingTransferEmailProps) => string> = {
  proposed: (p) => `${p.from} proposes that ${p.apprenticeName} continue their apprenticeship with ${p.to}`,
  accepted: (p) => `${p.to} accepted ${p.apprenticeName}'s transfer from ${p.from}`,
  declined: (p) => `${p.to} declined ${p.apprenticeName}'s transfer from ${p.from}`,
  withdrawn: (p) => `${p.from} withdrew its proposal to transfer ${p.apprenticeName} to ${p.to}`,
};

export default function TrainingTransferEmail(props: TrainingTransferEmailProps) {
  return (
    <EmailLayout preview={`${props.apprenticeName}'s transfer: ${props.event}`}>
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {SENTENCE[props.event](props)}, from {props.effectiveOn}, within AAMI&apos;s national BMET apprenticeship
        program.
      </Text>
      {props.detail ? (
        <Text style={paragraph}>
          {props.event === "declined" ? "Why" : "Note"}: {props.detail}
        </Text>
      ) : null}
      <Text style={paragraph}>What happens next: {props.whatNext}</Text>
      <Button href={props.url} style={buttonStyle}>
        {props.event === "proposed" ? "Review the transfer" : "Open the portal"}
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={props.url}>{props.url}</Link>
      </Text>
    </EmailLayout>
  );
}
