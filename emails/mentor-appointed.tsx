import { Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./components/email-layout";

export type MentorAppointedEmailProps = {
  mentorName: string;
  organizationName: string;
  appointedBy: string;
  programName: string;
};

export const mentorAppointedSubject = ({ organizationName }: MentorAppointedEmailProps) =>
  `You have been named a BMET apprenticeship mentor at ${organizationName}`;

export default function MentorAppointedEmail({
  mentorName,
  organizationName,
  appointedBy,
  programName,
}: MentorAppointedEmailProps) {
  return (
    <EmailLayout preview={`${appointedBy} named you as a mentor`}>
      <Text style={paragraph}>Hello {mentorName},</Text>
      <Text style={paragraph}>
        {appointedBy} has named you as a mentor for {organizationName}&apos;s apprentices in the {programName}.
      </Text>
      <Text style={paragraph}>
        What this means: you guide apprentices through their on-the-job learning, show them how tasks are done safely,
        and confirm the competencies they master. AAMI reviews your organization&apos;s plan before any apprentice
        starts.
      </Text>
      <Text style={paragraph}>
        Nothing is needed from you right now. If you were not expecting this, please tell {appointedBy} or your
        organization&apos;s apprenticeship contact.
      </Text>
    </EmailLayout>
  );
}
