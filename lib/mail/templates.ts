import "server-only";
import type { ComponentType } from "react";
import { createElement } from "react";
import { render } from "@react-email/render";
import SignInLinkEmail, { signInLinkSubject } from "@/emails/sign-in-link";
import NoAccountEmail, { noAccountSubject } from "@/emails/no-account";
import MemberInvitationEmail, { memberInvitationSubject } from "@/emails/member-invitation";
import EmployerWelcomeEmail, { employerWelcomeSubject } from "@/emails/employer-welcome";
import StaffNewEmployerEmail, { staffNewEmployerSubject } from "@/emails/staff-new-employer";
import OrganizationRequestConfirmEmail, {
  organizationRequestConfirmSubject,
} from "@/emails/organization-request-confirm";
import OrganizationClaimReceivedEmail, { organizationClaimReceivedSubject } from "@/emails/organization-claim-received";
import StaffOrganizationClaimEmail, { staffOrganizationClaimSubject } from "@/emails/staff-organization-claim";
import OrganizationClaimOwnersEmail, { organizationClaimOwnersSubject } from "@/emails/organization-claim-owners";
import OrganizationClaimDecidedEmail, { organizationClaimDecidedSubject } from "@/emails/organization-claim-decided";
import MentorAppointedEmail, { mentorAppointedSubject } from "@/emails/mentor-appointed";
import AgreementSignedEmail, { agreementSignedSubject } from "@/emails/agreement-signed";
import SubmissionReceivedEmail, { submissionReceivedSubject } from "@/emails/submission-received";
import StaffSubmissionReceivedEmail, { staffSubmissionReceivedSubject } from "@/emails/staff-submission-received";
import SubmissionInReviewEmail, { submissionInReviewSubject } from "@/emails/submission-in-review";
import ChangesRequestedEmail, { changesRequestedSubject } from "@/emails/changes-requested";
import SubmissionApprovedEmail, { submissionApprovedSubject } from "@/emails/submission-approved";
import SubmissionRejectedEmail, { submissionRejectedSubject } from "@/emails/submission-rejected";
import AgreementAcceptedEmail, { agreementAcceptedSubject } from "@/emails/agreement-accepted";
import ProgramDocumentPublishedEmail, { programDocumentPublishedSubject } from "@/emails/program-document-published";
import CandidateProfileEmail, { candidateProfileSubject } from "@/emails/candidate-profile";
import EmployerInterestEmail, { employerInterestSubject } from "@/emails/employer-interest";
import ApprenticeAgreementSignEmail, { apprenticeAgreementSignSubject } from "@/emails/apprentice-agreement-sign";
import ApprenticeAgreementSignedEmail, { apprenticeAgreementSignedSubject } from "@/emails/apprentice-agreement-signed";
import ApprenticeRegistrationApprovedEmail, {
  apprenticeRegistrationApprovedSubject,
} from "@/emails/apprentice-registration-approved";
import ApprenticeRegistrationReturnedEmail, {
  apprenticeRegistrationReturnedSubject,
} from "@/emails/apprentice-registration-returned";
import ApprenticeRegisteredEmail, { apprenticeRegisteredSubject } from "@/emails/apprentice-registered";
import TrainingMentorAssignedEmail, { trainingMentorAssignedSubject } from "@/emails/training-mentor-assigned";
import TrainingRecordOpenEmail, { trainingRecordOpenSubject } from "@/emails/training-record-open";
import TrainingHoursReturnedEmail, { trainingHoursReturnedSubject } from "@/emails/training-hours-returned";
import TrainingSkillSignedOffEmail, { trainingSkillSignedOffSubject } from "@/emails/training-skill-signed-off";
import TrainingSignOffRequestedEmail, { trainingSignOffRequestedSubject } from "@/emails/training-sign-off-requested";
import TrainingMentorDigestEmail, { trainingMentorDigestSubject } from "@/emails/training-mentor-digest";
import TrainingLogNudgeEmail, { trainingLogNudgeSubject } from "@/emails/training-log-nudge";
import TrainingRaisesDueEmail, { trainingRaisesDueSubject } from "@/emails/training-raises-due";
import TrainingStatusChangedEmail, { trainingStatusChangedSubject } from "@/emails/training-status-changed";
import TrainingTransferEmail, { trainingTransferSubject } from "@/emails/training-transfer";
import StaffCompletionRequestedEmail, { staffCompletionRequestedSubject } from "@/emails/staff-completion-requested";
import TrainingCompletionReturnedEmail, {
  trainingCompletionReturnedSubject,
} from "@/emails/training-completion-returned";
import TrainingCredentialDecidedEmail, { trainingCredentialDecidedSubject } from "@/emails/training-credential-decided";
import TrainingDolCertificateEmail, { trainingDolCertificateSubject } from "@/emails/training-dol-certificate";

type Template<P> = { Component: ComponentType<P>; subject: (props: P) => string };
const template = <P>(Component: ComponentType<P>, subject: (props: P) => string): Template<P> => ({
  Component,
  subject,
});

/** Every message the portal sends. Adding one: a file in emails/ and a line here. */
export const templates = {
  "sign-in-link": template(SignInLinkEmail, signInLinkSubject),
  "no-account": template(NoAccountEmail, noAccountSubject),
  "member-invitation": template(MemberInvitationEmail, memberInvitationSubject),
  "employer-welcome": template(EmployerWelcomeEmail, employerWelcomeSubject),
  "staff-new-employer": template(StaffNewEmployerEmail, staffNewEmployerSubject),
  "organization-request-confirm": template(OrganizationRequestConfirmEmail, organizationRequestConfirmSubject),
  "organization-claim-received": template(OrganizationClaimReceivedEmail, organizationClaimReceivedSubject),
  "staff-organization-claim": template(StaffOrganizationClaimEmail, staffOrganizationClaimSubject),
  "organization-claim-owners": template(OrganizationClaimOwnersEmail, organizationClaimOwnersSubject),
  "organization-claim-decided": template(OrganizationClaimDecidedEmail, organizationClaimDecidedSubject),
  "mentor-appointed": template(MentorAppointedEmail, mentorAppointedSubject),
  "agreement-signed": template(AgreementSignedEmail, agreementSignedSubject),
  "submission-received": template(SubmissionReceivedEmail, submissionReceivedSubject),
  "staff-submission-received": template(StaffSubmissionReceivedEmail, staffSubmissionReceivedSubject),
  "submission-in-review": template(SubmissionInReviewEmail, submissionInReviewSubject),
  "changes-requested": template(ChangesRequestedEmail, changesRequestedSubject),
  "submission-approved": template(SubmissionApprovedEmail, submissionApprovedSubject),
  "submission-rejected": template(SubmissionRejectedEmail, submissionRejectedSubject),
  "agreement-accepted": template(AgreementAcceptedEmail, agreementAcceptedSubject),
  "program-document-published": template(ProgramDocumentPublishedEmail, programDocumentPublishedSubject),
  "candidate-profile": template(CandidateProfileEmail, candidateProfileSubject),
  "employer-interest": template(EmployerInterestEmail, employerInterestSubject),
  "apprentice-agreement-sign": template(ApprenticeAgreementSignEmail, apprenticeAgreementSignSubject),
  "apprentice-agreement-signed": template(ApprenticeAgreementSignedEmail, apprenticeAgreementSignedSubject),
  "apprentice-registration-approved": template(
    ApprenticeRegistrationApprovedEmail,
    apprenticeRegistrationApprovedSubject,
  ),
  "apprentice-registration-returned": template(
    ApprenticeRegistrationReturnedEmail,
    apprenticeRegistrationReturnedSubject,
  ),
  "apprentice-registered": template(ApprenticeRegisteredEmail, apprenticeRegisteredSubject),
  "training-mentor-assigned": template(TrainingMentorAssignedEmail, trainingMentorAssignedSubject),
  "training-record-open": template(TrainingRecordOpenEmail, trainingRecordOpenSubject),
  "training-hours-returned": template(TrainingHoursReturnedEmail, trainingHoursReturnedSubject),
  "training-skill-signed-off": template(TrainingSkillSignedOffEmail, trainingSkillSignedOffSubject),
  "training-sign-off-requested": template(TrainingSignOffRequestedEmail, trainingSignOffRequestedSubject),
  "training-mentor-digest": template(TrainingMentorDigestEmail, trainingMentorDigestSubject),
  "training-log-nudge": template(TrainingLogNudgeEmail, trainingLogNudgeSubject),
  "training-raises-due": template(TrainingRaisesDueEmail, trainingRaisesDueSubject),
  "training-status-changed": template(TrainingStatusChangedEmail, trainingStatusChangedSubject),
  "training-transfer": template(TrainingTransferEmail, trainingTransferSubject),
  "staff-completion-requested": template(StaffCompletionRequestedEmail, staffCompletionRequestedSubject),
  "training-completion-returned": template(TrainingCompletionReturnedEmail, trainingCompletionReturnedSubject),
  "training-credential-decided": template(TrainingCredentialDecidedEmail, trainingCredentialDecidedSubject),
  "training-dol-certificate": template(TrainingDolCertificateEmail, trainingDolCertificateSubject),
};

export type TemplateName = keyof typeof templates;
export type TemplateProps<N extends TemplateName> = (typeof templates)[N] extends Template<infer P> ? P : never;

export async function renderEmail<N extends TemplateName>(name: N, props: TemplateProps<N>) {
  const { Component, subject } = templates[name] as unknown as Template<TemplateProps<N>>;
  const element = createElement(Component as ComponentType<object>, props as object);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: subject(props), html, text };
}
