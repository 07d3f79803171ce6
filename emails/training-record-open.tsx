import { Button, Link, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingRecordOpenEmailProps = {
  firstName: string;
  mentorName: string;
  organizationName: string;
  signInUrl: string;
};

export const trainingRecordOpenSubject = () => "Your apprenticeship training record is open";

export default function TrainingRecordOpenEmail({
  firstName,
  mentorName,
  organizationName,
  signInUrl,
}: TrainingRecordOpenEmailProps) {
  return (
    <EmailLayout preview={`Log your on-the-job hours; ${mentorName} is your mentor`}>
      <Text style={paragraph}>Hello {firstName},</Text>
      <Text style={paragraph}>
        Your training record at {organizationName} is open, and {mentorName} is your mentor.
      </Text>
      <Text style={paragraph}>
        What to do next: each week, log the hours you worked in each skill set of the program. It takes a minute on your
        phone, and &quot;Same as last week&quot; fills a week in one tap. {mentorName} approves each week; approved
        hours count toward your raises and your completion.
      </Text>
      <Button href={signInUrl} style={buttonStyle}>
        Sign in to your training record
      </Button>
      <Text style={paragraph}>
        Sign in with this email address: we send you a link, no password needed. If the button does not work, copy this
        address into your browser: <Link href={signInUrl}>{signInUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
