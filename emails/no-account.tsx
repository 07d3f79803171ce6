import { Link, Text } from "@react-email/components";
import { EmailLayout, paragraph } from "./components/email-layout";

export type NoAccountEmailProps = { employerStartUrl: string; interestFormUrl: string };

export const noAccountSubject = () => "About your sign-in request to the BMET Apprenticeship Portal";

/** Sent instead of a sign-in link to an address with no account, so the sign-in page never reveals who has one. */
export default function NoAccountEmail({ employerStartUrl, interestFormUrl }: NoAccountEmailProps) {
  return (
    <EmailLayout preview="We could not find an account for this address">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Someone asked to sign in to the BMET Apprenticeship Portal with this email address, but no account uses it.
      </Text>
      <Text style={paragraph}>
        If your organization wants to host apprentices, start here:{" "}
        <Link href={employerStartUrl}>{employerStartUrl}</Link>. If your organization already takes part, ask its portal
        owner to invite this address.
      </Text>
      <Text style={paragraph}>
        If you want to become an apprentice, no account is needed: fill in the interest form at{" "}
        <Link href={interestFormUrl}>{interestFormUrl}</Link>.
      </Text>
      <Text style={paragraph}>If you did not ask to sign in, you can ignore this email.</Text>
    </EmailLayout>
  );
}
