import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingSignOffRequestedEmailProps = {
  mentorName: string;
  apprenticeName: string;
  skill: string;
  note: string | null;
  skillUrl: string;
};

export const trainingSignOffRequestedSubject = ({ apprenticeName, skill }: TrainingSignOffRequestedEmailProps) =>
  `${apprenticeName} asks you to sign off ${skill}`;

export default function TrainingSignOffRequestedEmail({
  mentorName,
  apprenticeName,
  skill,
  note,
  skillUrl,
}: TrainingSignOffRequestedEmailProps) {
  return (
    <EmailLayout preview={`${apprenticeName} is ready for a sign-off`}>
      <Text style={paragraph}>Hello {mentorName},</Text>
      <Text style={paragraph}>
        {apprenticeName} believes they can now do this skill on their own and asks you to sign it off: {skill}.
      </Text>
      {note ? <Text style={{ ...paragraph, borderLeft: "3px solid #cbd5e1", paddingLeft: "12px" }}>{note}</Text> : null}
      <Text style={paragraph}>
        What to do next: watch them do it, then sign it off on the skill&apos;s page with the day and, if you like, a
        note or a photo of the work. If they are not ready yet, tell them what to practise; the request stays open.
      </Text>
      <Button href={skillUrl} style={buttonStyle}>
        Open the skill
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={skillUrl}>{skillUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
