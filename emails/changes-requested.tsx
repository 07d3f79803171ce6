import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ChangesRequestedEmailProps = {
  organizationName: string;
  version: number;
  reviewerName: string;
  comments: Array<{ step: string; body: string }>;
  checklistUrl: string;
};

export const changesRequestedSubject = ({ organizationName }: ChangesRequestedEmailProps) =>
  `AAMI asked for changes to ${organizationName}'s submission`;

export default function ChangesRequestedEmail({
  organizationName,
  version,
  reviewerName,
  comments,
  checklistUrl,
}: ChangesRequestedEmailProps) {
  return (
    <EmailLayout preview="A few changes before AAMI can approve">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {reviewerName} at AAMI reviewed version {version} of {organizationName}&apos;s submission and asked for these
        changes:
      </Text>
      {comments.map((c, i) => (
        <Text key={i} style={paragraph}>
          <strong>{c.step}:</strong> {c.body}
        </Text>
      ))}
      <Text style={paragraph}>
        What happens next: those steps are open again on your checklist. Make the changes, sign the Employer Agreement
        again if a change affects it, and submit again from step 7. Your new version goes straight back to AAMI.
      </Text>
      <Button href={checklistUrl} style={buttonStyle}>
        Make the changes
      </Button>
    </EmailLayout>
  );
}
