import { Button, Text } from "@react-email/components";
import { EmailLayout, buttonStyle, paragraph } from "./components/email-layout";

export type AgreementAcceptedEmailProps = {
  organizationName: string;
  acceptedOn: string;
  /** The Registration Agency for the employer's state, which accepted the agreement. */
  registrationAgency: string;
  apprenticesUrl: string;
};

export const agreementAcceptedSubject = ({ organizationName }: AgreementAcceptedEmailProps) =>
  `${organizationName} is accepted into AAMI's BMET Registered Apprenticeship`;

export default function AgreementAcceptedEmail({
  organizationName,
  acceptedOn,
  registrationAgency,
  apprenticesUrl,
}: AgreementAcceptedEmailProps) {
  return (
    <EmailLayout preview="Accepted: AAMI can now approve your apprentices">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        {registrationAgency}, the Registration Agency for your state, accepted {organizationName}&apos;s employer
        acceptance agreement into AAMI&apos;s national BMET Registered Apprenticeship program on {acceptedOn}. You train
        apprentices under AAMI&apos;s registered program; there is no separate program number of your own.
      </Text>
      <Text style={paragraph}>
        What happens next: AAMI can now approve the apprentices you enroll at step 8 for registration in RAPIDS, with a
        start date on or after {acceptedOn}. Enroll each apprentice in the portal, and everyone signs their
        apprenticeship agreement there.
      </Text>
      <Button href={apprenticesUrl} style={buttonStyle}>
        Enroll apprentices
      </Button>
    </EmailLayout>
  );
}
