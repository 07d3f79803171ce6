import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingMentorAssignedEmailProps = {
  mentorName: string;
  apprenticeName: string;
  organizationName: string;
  signInUrl: string;
};

export const trainingMentorAssignedSubject = ({ apprenticeName }: TrainingMentorAssignedEmailProps) =>
  `You are now ${apprenticeName}'s apprenticeship mentor`;

export default function TrainingMentorAssignedEmail({
  mentorName,
  apprenticeName,
  organizationName,
  signInUrl,
}: TrainingMentorAssignedEmailProps) {
  return (
    <EmailLayout preview={`${organizationName} made you ${apprenticeName}'s mentor`}>
      <Text style={paragraph}>Hello {mentorName},</Text>
      <Text style={paragraph}>
        {organizationName} has made you the mentor of {apprenticeName}, a BMET registered apprentice.
      </Text>
      <Text style={paragraph}>
        What happens next: {apprenticeName} logs their on-the-job hours each week in the portal. You approve each week,
        or send it back with a comment, from your review list. Sign in with this email address; we send you a link, no
        password needed.
      </Text>
      <Button href={signInUrl} style={buttonStyle}>
        Sign in to review hours
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={signInUrl}>{signInUrl}</Link>
      </Text>
      <Text style={paragraph}>If you were not expecting this, please tell {organizationName}.</Text>
    </EmailLayout>
  );
}
