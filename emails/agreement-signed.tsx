import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type AgreementSignedEmailProps = {
  signerName: string;
  organizationName: string;
  method: "ELECTRONIC" | "WET_UPLOAD";
  signedAtUtc: string;
  signedSha256: string;
  agreementUrl: string;
  submitUrl: string;
};

export const agreementSignedSubject = ({ organizationName }: AgreementSignedEmailProps) =>
  `The Employer Agreement for ${organizationName} is signed`;

export default function AgreementSignedEmail({
  signerName,
  organizationName,
  method,
  signedAtUtc,
  signedSha256,
  agreementUrl,
  submitUrl,
}: AgreementSignedEmailProps) {
  return (
    <EmailLayout preview="Next: submit it to AAMI">
      <Text style={paragraph}>Hello {signerName},</Text>
      <Text style={paragraph}>
        {method === "ELECTRONIC"
          ? `You signed the BMET Employer Agreement for ${organizationName} electronically on ${signedAtUtc}.`
          : `You uploaded the hand-signed BMET Employer Agreement for ${organizationName} on ${signedAtUtc}.`}{" "}
        The signed copy is kept in the portal (SHA-256 {signedSha256}).
      </Text>
      <Button href={agreementUrl} style={buttonStyle}>
        Download the signed agreement
      </Button>
      <Text style={paragraph}>
        What happens next: when steps 1 to 6 are complete, submit everything to AAMI (step 7). If anyone changes the
        positions, funding plan, mentors or wage schedule before then, this signature is voided and the agreement must
        be signed again.
      </Text>
      <Button href={submitUrl} style={buttonStyle}>
        Go to step 7: submit to AAMI
      </Button>
    </EmailLayout>
  );
}
