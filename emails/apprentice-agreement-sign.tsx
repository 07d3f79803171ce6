import { Button, Link, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type ApprenticeAgreementSignEmailProps = {
  apprenticeName: string;
  organizationName: string;
  signUrl: string;
  /** e.g. "January 22, 2027" */
  expiresOn: string;
  /** The apprentice is under 18 on the start date: a parent or guardian signs with them. */
  guardianRequired: boolean;
};

export const apprenticeAgreementSignSubject = ({ organizationName }: ApprenticeAgreementSignEmailProps) =>
  `Please sign your BMET apprenticeship agreement with ${organizationName}`;

export default function ApprenticeAgreementSignEmail({
  apprenticeName,
  organizationName,
  signUrl,
  expiresOn,
  guardianRequired,
}: ApprenticeAgreementSignEmailProps) {
  return (
    <EmailLayout preview="Review and sign your apprenticeship agreement">
      <Text style={paragraph}>Hello {apprenticeName},</Text>
      <Text style={paragraph}>
        {organizationName} has enrolled you in the {PROGRAM.name}. Before you can be registered, please review your
        apprenticeship agreement (your start date, the credit for skills you already have, your related instruction and
        your wage schedule) and sign it.
      </Text>
      {guardianRequired ? (
        <Text style={paragraph}>
          Because you are under {PROGRAM.adultAge}, a parent or guardian must sign with you. Open the link together: you
          both sign on the same page.
        </Text>
      ) : null}
      <Button href={signUrl} style={buttonStyle}>
        Review and sign the agreement
      </Button>
      <Text style={paragraph}>
        The link works until {expiresOn}. No account or password is needed; keep this email to yourself, as anyone with
        the link can open your agreement. If the button does not work, copy this address into your browser:{" "}
        <Link href={signUrl}>{signUrl}</Link>
      </Text>
      <Text style={paragraph}>
        What happens next: once you have signed, {PROGRAM.sponsorShort} reviews your agreement and registers you with
        the U.S. Department of Labor as a registered apprentice.
      </Text>
      <Text style={paragraph}>
        If you did not expect this email, you can ignore it, or contact {organizationName} if something in the agreement
        is wrong.
      </Text>
    </EmailLayout>
  );
}
