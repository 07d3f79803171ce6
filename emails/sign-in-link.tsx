import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type SignInLinkEmailProps = { url: string; expiresInHours: number };

export const signInLinkSubject = () => "Your sign-in link for the BMET Apprenticeship Portal";

export default function SignInLinkEmail({ url, expiresInHours }: SignInLinkEmailProps) {
  return (
    <EmailLayout preview="Use this link to sign in to the BMET Apprenticeship Portal">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        Use the button below to sign in. The link works once and expires in {expiresInHours} hours.
      </Text>
      <Button href={url} style={buttonStyle}>
        Sign in
      </Button>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={url}>{url}</Link>
      </Text>
      <Text style={paragraph}>
        If you did not ask to sign in, you can ignore this email; nobody can sign in without the link.
      </Text>
    </EmailLayout>
  );
}
