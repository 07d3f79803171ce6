import { Button, Link, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { buttonStyle, EmailLayout, paragraph } from "./components/email-layout";

export type TrainingCredentialDecidedEmailProps = {
  apprenticeName: string;
  credential: string;
  earnedOn: string;
  /** Returned: AAMI's reason; verified: null. */
  returnReason: string | null;
  credentialsUrl: string;
};

export const trainingCredentialDecidedSubject = ({
  apprenticeName,
  credential,
  returnReason,
}: TrainingCredentialDecidedEmailProps) =>
  returnReason === null
    ? `${credential} verified for ${apprenticeName}`
    : `${credential} sent back for ${apprenticeName}: please enter it again`;

export default function TrainingCredentialDecidedEmail({
  apprenticeName,
  credential,
  earnedOn,
  returnReason,
  credentialsUrl,
}: TrainingCredentialDecidedEmailProps) {
  return (
    <EmailLayout preview={returnReason === null ? `${credential} verified` : `${credential} needs another look`}>
      <Text style={paragraph}>Hello,</Text>
      {returnReason === null ? (
        <Text style={paragraph}>
          {PROGRAM.sponsorShort} verified {apprenticeName}&apos;s {credential}, earned on {earnedOn}. It now shows as
          earned on the training record. Nothing more is needed for it.
        </Text>
      ) : (
        <>
          <Text style={paragraph}>
            {PROGRAM.sponsorShort} could not verify {apprenticeName}&apos;s {credential} (earned on {earnedOn}) and sent
            it back, for this reason:
          </Text>
          <Text style={{ ...paragraph, borderLeft: "3px solid #cbd5e1", paddingLeft: "12px" }}>{returnReason}</Text>
          <Text style={paragraph}>
            What to do next: enter the credential again on the credentials page, with the day it was earned and evidence
            that answers the reason above. {PROGRAM.sponsorShort} then looks at it again.
          </Text>
        </>
      )}
      <Button href={credentialsUrl} style={buttonStyle}>
        Open the credentials
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser:{" "}
        <Link href={credentialsUrl}>{credentialsUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
