import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type SubmissionInReviewEmailProps = {
  organizationName: string;
  version: number;
  reviewerName: string;
  reviewTargetDays: number;
  checklistUrl: string;
};

export const submissionInReviewSubject = ({ organizationName }: SubmissionInReviewEmailProps) =>
  `AAMI is reviewing ${organizationName}'s submission`;

export default function SubmissionInReviewEmail({
  organizationName,
  version,
  reviewerName,
  reviewTargetDays,
  checklistUrl,
}: SubmissionInReviewEmailProps) {
  return (
    <EmailLayout preview="Your submission is in review">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {reviewerName} at AAMI has started reviewing version {version} of {organizationName}&apos;s submission.
      </Text>
      <Text style={paragraph}>
        What happens next: the review usually takes no more than {reviewTargetDays} business days. There is nothing you
        need to do meanwhile. We email you when AAMI approves the submission or asks for changes.
      </Text>
      <Button href={checklistUrl} style={buttonStyle}>
        See your checklist
      </Button>
    </EmailLayout>
  );
}
