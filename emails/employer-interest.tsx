import { Fragment } from "react";
import { Button, Link, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type EmployerInterestEmailProps = {
  candidateFirstName: string;
  organizationName: string;
  senderName: string;
  senderEmail: string;
  /** Typed by the employer: rendered as text (React escapes it), its line breaks kept in both parts. */
  message: string;
  profileUrl: string;
};

export const employerInterestSubject = ({ organizationName }: EmployerInterestEmailProps) =>
  `${organizationName} is interested in you for a BMET apprenticeship`;

const quoted = {
  ...paragraph,
  borderLeft: "4px solid #cbd5e1",
  paddingLeft: "12px",
  color: "#1e293b",
} as const;

export default function EmployerInterestEmail({
  candidateFirstName,
  organizationName,
  senderName,
  senderEmail,
  message,
  profileUrl,
}: EmployerInterestEmailProps) {
  return (
    <EmailLayout preview={`${organizationName} read your profile and would like to talk`}>
      <Text style={paragraph}>Hello {candidateFirstName},</Text>
      <Text style={paragraph}>
        {senderName} at {organizationName}, an employer partner approved by {PROGRAM.sponsorShort} for the{" "}
        {PROGRAM.name}, read the profile you shared and sent you this message:
      </Text>
      <Text style={quoted}>
        {message.split(/\r?\n/).map((line, i) => (
          <Fragment key={i}>
            {i > 0 ? <br /> : null}
            {line}
          </Fragment>
        ))}
      </Text>
      <Text style={paragraph}>
        What happens next: {organizationName} may contact you by email or phone. To answer, write to {senderName}{" "}
        directly at <Link href={`mailto:${senderEmail}`}>{senderEmail}</Link>. This email was sent by the portal, so
        replying to it does not reach them.
      </Text>
      <Text style={paragraph}>
        Your profile stays yours: you can update it, or withdraw it so employers no longer see it, at any time.
      </Text>
      <Button href={profileUrl} style={buttonStyle}>
        Update or withdraw your profile
      </Button>
    </EmailLayout>
  );
}
