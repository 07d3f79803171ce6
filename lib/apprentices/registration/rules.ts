import type { ApprenticeStatus } from "@prisma/client";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { ratioLabel, type ProgramStandards } from "@/lib/program/standards/model";

// What AAMI staff may do with an apprentice's registration, as data: which action moves an apprentice from which
// status to which, and the conditions an approval needs. Pure, so every allowed and refused case is unit-tested;
// lib/apprentices/registration/decide.ts applies an action inside one transaction, guarded by the apprentice's rowVersion.
//
//   PENDING_REGISTRATION → APPROVED (added to the organization's registration packet) → REGISTERED (RAPIDS apprentice ID)
//   PENDING_REGISTRATION → DRAFT (sent back: the employer fixes the enrollment, everyone signs again)
//   PENDING_REGISTRATION: fast-track credit adjusted (no status change)

export type RegistrationAction = "APPROVE" | "SEND_BACK" | "RECORD_RAPIDS_ID" | "ADJUST_CREDIT";

export const REGISTRATION_TRANSITIONS: Record<RegistrationAction, { from: ApprenticeStatus; to: ApprenticeStatus }> = {
  APPROVE: { from: "PENDING_REGISTRATION", to: "APPROVED" },
  SEND_BACK: { from: "PENDING_REGISTRATION", to: "DRAFT" },
  RECORD_RAPIDS_ID: { from: "APPROVED", to: "REGISTERED" },
  ADJUST_CREDIT: { from: "PENDING_REGISTRATION", to: "PENDING_REGISTRATION" },
};

const ACTION_NAME: Record<RegistrationAction, string> = {
  APPROVE: "approve",
  SEND_BACK: "send back",
  RECORD_RAPIDS_ID: "record the RAPIDS apprentice ID of",
  ADJUST_CREDIT: "adjust the credit of",
};

/** How an action reads in "Riley Reviewer approved this registration at …". */
export const REGISTRATION_VERB: Record<RegistrationAction, string> = {
  APPROVE: "approved",
  SEND_BACK: "sent back",
  RECORD_RAPIDS_ID: "recorded the RAPIDS apprentice ID of",
  ADJUST_CREDIT: "adjusted the credit of",
};

/** The reason an action cannot be taken on an apprentice in `status`, or null when it can. */
export function registrationActionRefusal(action: RegistrationAction, status: ApprenticeStatus): string | null {
  if (REGISTRATION_TRANSITIONS[action].from === status) return null;
  return `You cannot ${ACTION_NAME[action]} a registration whose status is “${APPRENTICE_MESSAGES.label[status]}”.`;
}

/** The actions staff can take now: what the apprentice's staff page offers. */
export function availableRegistrationActions(status: ApprenticeStatus): RegistrationAction[] {
  return (Object.keys(REGISTRATION_TRANSITIONS) as RegistrationAction[]).filter(
    (action) => registrationActionRefusal(action, status) === null,
  );
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export type ApprovalBlocker = {
  code:
    "NOT_ACCEPTED_BY_AGENCY" | "STARTS_BEFORE_ACCEPTANCE" | "AGREEMENT_NOT_SIGNED" | "OVER_RATIO" | "CREDIT_OVER_CAP";
  /** What is wrong, with the numbers, and what to do, for the refusal and the apprentice's page. */
  message: string;
};

/** The same, in a few words for a list. */
export const APPROVAL_BLOCKER_SHORT: Record<ApprovalBlocker["code"], string> = {
  NOT_ACCEPTED_BY_AGENCY: "Not yet: the Registration Agency has not accepted the employer",
  STARTS_BEFORE_ACCEPTANCE: "No: starts before the agency accepted the employer",
  AGREEMENT_NOT_SIGNED: "Not yet: the apprenticeship agreement is not signed by everyone",
  OVER_RATIO: "No: over the apprentice-to-journeyworker ratio",
  CREDIT_OVER_CAP: "No: credit over the program's cap",
};

/** What an approval is checked against, all read in the approval's transaction. */
export type ApprovalFacts = {
  organization: { agencyAcceptedAt: Date | null; journeyworkerCount: number | null };
  apprentice: { startDate: Date; creditedOjtHours: number };
  /** The apprentice's current agreement carries every signature it needs, and its signed PDF is stored. */
  agreementFullySigned: boolean;
  /** The organization's other apprentices AAMI approved or RAPIDS registered (this one not counted). */
  otherApprovedApprentices: number;
  standards: Pick<ProgramStandards, "ratio" | "maxCreditHours">;
};

/**
 * Why AAMI cannot approve the registration, in words that give the numbers and say what to do, or null when it can
 * (29 CFR 29.5 and 29.7, issue 14 point 7): the Registration Agency has accepted the employer and the apprentice
 * starts no earlier; everyone has signed the apprenticeship agreement; with this apprentice, the employer's approved
 * and registered apprentices stay within the standards' ratio to its journeyworkers at the worksite; and the credit
 * for previous experience is within the published cap.
 */
export function approvalBlocker(facts: ApprovalFacts): ApprovalBlocker | null {
  const { organization, apprentice, standards } = facts;
  if (!organization.agencyAcceptedAt) {
    return {
      code: "NOT_ACCEPTED_BY_AGENCY",
      message:
        "The Registration Agency has not accepted the employer's acceptance agreement yet, so its apprentices cannot be approved. Record the agency's acceptance on the employer's approved submission first, then approve.",
    };
  }
  const acceptedOn = isoDay(organization.agencyAcceptedAt);
  if (isoDay(apprentice.startDate) < acceptedOn) {
    return {
      code: "STARTS_BEFORE_ACCEPTANCE",
      message: `The apprentice starts on ${isoDay(apprentice.startDate)}, before the Registration Agency accepted the employer on ${acceptedOn}. Send the registration back so the employer changes the start date to ${acceptedOn} or later.`,
    };
  }
  if (!facts.agreementFullySigned) {
    return {
      code: "AGREEMENT_NOT_SIGNED",
      message:
        "The apprenticeship agreement is not signed by everyone who must sign it (the employer, the apprentice, and a parent or guardian for an apprentice under 18), so it cannot be approved, added to the packet or sent to RAPIDS. Send the registration back so it is signed again.",
    };
  }
  const journeyworkers = organization.journeyworkerCount ?? 0;
  const ratio = ratioCheck(standards.ratio, facts.otherApprovedApprentices + 1, journeyworkers);
  if (!ratio.met) {
    return {
      code: "OVER_RATIO",
      message: `Approving would make ${ratio.planned} approved or registered apprentices at the employer's worksite, over the program's ratio of ${ratioLabel(standards.ratio)}: ${journeyworkers} journeyworker${journeyworkers === 1 ? "" : "s"} allow${journeyworkers === 1 ? "s" : ""} ${ratio.allowed}. The employer must add journeyworkers (step 5) before another apprentice can be approved.`,
    };
  }
  if (apprentice.creditedOjtHours > standards.maxCreditHours) {
    return {
      code: "CREDIT_OVER_CAP",
      message: `The apprentice is credited ${apprentice.creditedOjtHours.toLocaleString("en-US")} hours for previous experience, over the program's cap of ${standards.maxCreditHours.toLocaleString("en-US")} hours. Adjust the credit to ${standards.maxCreditHours.toLocaleString("en-US")} hours or less, then approve.`,
    };
  }
  return null;
}
