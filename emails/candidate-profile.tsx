import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

/** Why the candidate gets their private link: one message, worded for each occasion. */
export type CandidateProfileReason = "received" | "form-again" | "requested" | "withdrawn";

export type CandidateProfileEmailProps = {
  firstName: string;
  reason: CandidateProfileReason;
  profileUrl: string;
  /** e.g. "January 22, 2027" */
  linkExpiresOn: string;
  /** The profile is withdrawn (and stays so until its owner shares it again). */
  withdrawn?: boolean;
};

const SUBJECTS: Record<CandidateProfileReason, string> = {
  received: "We received your interest in a BMET apprenticeship",
  "form-again": "Your BMET apprenticeship profile: the interest form was sent again",
  requested: "Your private link to your BMET apprenticeship profile",
  withdrawn: "Your BMET apprenticeship profile is withdrawn",
};

export const candidateProfileSubject = ({ reason }: CandidateProfileEmailProps) => SUBJECTS[reason];

function Opening({ reason, withdrawn }: { reason: CandidateProfileReason; withdrawn?: boolean }) {
  switch (reason) {
    case "received":
      return (
        <Text style={paragraph}>
          Thank you for your interest in becoming a biomedical equipment technician (BMET) apprentice. AAMI has your
          profile.
        </Text>
      );
    case "form-again":
      return (
        <Text style={paragraph}>
          The apprenticeship interest form was just sent again with this email address. You already have a profile, so
          nothing in it was changed. To change your answers, use the private link below. If it was not you, you need not
          do anything: only someone who can read this email can open your profile.
          {withdrawn
            ? " Your profile stays withdrawn: employers do not see it unless you share it again through the link."
            : null}
        </Text>
      );
    case "requested":
      return <Text style={paragraph}>Here is the private link to your profile that you asked for.</Text>;
    case "withdrawn":
      return (
        <Text style={paragraph}>
          You withdrew your profile: employer partners can no longer see it. You can share it again, or delete it with
          everything you told us, through the link below.
        </Text>
      );
  }
}

export default function CandidateProfileEmail({
  firstName,
  reason,
  profileUrl,
  linkExpiresOn,
  withdrawn,
}: CandidateProfileEmailProps) {
  return (
    <EmailLayout preview={SUBJECTS[reason]}>
      <Text style={paragraph}>Hello {firstName},</Text>
      <Opening reason={reason} withdrawn={withdrawn} />
      {withdrawn ? null : (
        <>
          <Text style={paragraph}>What happens next:</Text>
          <Text style={paragraph}>
            1. Hospitals and health systems that AAMI has approved as employer partners in the regions you chose can see
            your profile and contact details.
            <br />
            2. An employer who is interested emails you, through the portal or directly. Reply to them if you are
            interested too; employers hire their apprentices themselves.
            <br />
            3. Your voluntary self-identification answers, if you gave any, are never shown to employers.
          </Text>
        </>
      )}
      <Text style={paragraph}>
        Use your private link to see your profile, change your answers, withdraw it or delete it. No account or password
        is needed; keep this email to yourself, as anyone with the link can open your profile. The link works until{" "}
        {linkExpiresOn}; after that it offers you a new one.
      </Text>
      <Button href={profileUrl} style={buttonStyle}>
        See or change my profile
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={profileUrl}>{profileUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
