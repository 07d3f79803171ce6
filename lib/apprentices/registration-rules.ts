import type { ApprenticeStatus } from "@prisma/client";
import { APPRENTICE_STATUS_LABEL } from "@/lib/apprentices/status";

// What AAMI staff may do with an apprentice's registration, as data: which action moves an apprentice from which
// status to which, and the conditions an approval needs. Pure, so every allowed and refused case is unit-tested;
// lib/apprentices/registration.ts applies an action inside one transaction, guarded by the apprentice's rowVersion.
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
  return `You cannot ${ACTION_NAME[action]} a registration whose status is “${APPRENTICE_STATUS_LABEL[status]}”.`;
}

/** The actions staff can take now: what the apprentice's staff page offers. */
export function availableRegistrationActions(status: ApprenticeStatus): RegistrationAction[] {
  return (Object.keys(REGISTRATION_TRANSITIONS) as RegistrationAction[]).filter(
    (action) => registrationActionRefusal(action, status) === null,
  );
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export type ApprovalBlocker = {
  code: "NOT_ACCEPTED_BY_AGENCY" | "STARTS_BEFORE_ACCEPTANCE";
  /** What is wrong and what to do, for the refusal and the apprentice's page. */
  message: string;
};

/** The same, in a few words for a list. */
export const APPROVAL_BLOCKER_SHORT: Record<ApprovalBlocker["code"], string> = {
  NOT_ACCEPTED_BY_AGENCY: "Not yet: the Registration Agency has not accepted the employer",
  STARTS_BEFORE_ACCEPTANCE: "No: starts before the agency accepted the employer",
};

/**
 * Why AAMI cannot approve the registration yet, in words that say what to do, or null when it can: the
 * Registration Agency must have accepted the employer's acceptance agreement into AAMI's program, and the apprentice
 * cannot start before that day.
 */
export function approvalBlocker(
  organization: { agencyAcceptedAt: Date | null },
  apprentice: { startDate: Date },
): ApprovalBlocker | null {
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
  return null;
}
