import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

// One message for every employer asked to acknowledge again: it is rendered once per publication (see
// lib/mail/outbox.ts enqueueMailToMany), so it names the document, not the organization.
export type ProgramDocumentPublishedEmailProps = {
  documentTitle: string;
  version: number;
  publishedOn: string;
  standardsUrl: string;
};

export const programDocumentPublishedSubject = ({ documentTitle, version }: ProgramDocumentPublishedEmailProps) =>
  `AAMI published version ${version} of the ${documentTitle}: please acknowledge it`;

export default function ProgramDocumentPublishedEmail({
  documentTitle,
  version,
  publishedOn,
  standardsUrl,
}: ProgramDocumentPublishedEmailProps) {
  return (
    <EmailLayout preview="Step 2 of your checklist needs your acknowledgement again">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        On {publishedOn} AAMI published version {version} of the {documentTitle}. It replaces the version your
        organization acknowledged at step 2 of its checklist. Your organization has not submitted to AAMI yet (or is
        preparing to submit again), so the new version must be acknowledged before you submit.
      </Text>
      <Text style={paragraph}>
        What changed is for you to review: please read the new version in full before you acknowledge it.
      </Text>
      <Text style={paragraph}>What happens next:</Text>
      <Text style={paragraph}>
        1. Open step 2, read the new version, tick the confirmation and type your name.
        <br />
        2. Until then step 2 shows as in progress, and submitting to AAMI (step 7) waits for it.
        <br />
        3. Nothing else changes: your positions, funding plan, mentors, wage schedule and any signed Employer Agreement
        stay as they are.
      </Text>
      <Button href={standardsUrl} style={buttonStyle}>
        Review the new version
      </Button>
    </EmailLayout>
  );
}
