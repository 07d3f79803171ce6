import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingSkillSignedOffEmailProps = {
  firstName: string;
  mentorName: string;
  skill: string;
  skillUrl: string;
};

export const trainingSkillSignedOffSubject = ({ skill }: TrainingSkillSignedOffEmailProps) =>
  `Skill signed off: ${skill}`;

export default function TrainingSkillSignedOffEmail({
  firstName,
  mentorName,
  skill,
  skillUrl,
}: TrainingSkillSignedOffEmailProps) {
  return (
    <EmailLayout preview={`${mentorName} signed off ${skill}`}>
      <Text style={paragraph}>Hello {firstName},</Text>
      <Text style={paragraph}>
        {mentorName} signed off this skill of your apprenticeship: {skill}. It now counts toward your skill set&apos;s
        progress and your completion.
      </Text>
      <Text style={paragraph}>
        Nothing is needed from you. A mentor can undo a sign-off within 7 days if it was made by mistake; you would see
        that on the skill&apos;s page.
      </Text>
      <Button href={skillUrl} style={buttonStyle}>
        See the skill
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={skillUrl}>{skillUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
