import type { Prisma, StaffRole, SubmissionStatus } from "@prisma/client";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";

// The submission lifecycle, as data: which decision may move a submission from which status to which, and who
// may take it. Pure, so every allowed and refused transition is unit-tested; lib/review/decide.ts applies a
// decision inside one transaction, guarded by the submission's rowVersion.
//
//   (employer submits version n) → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED → (employer submits version n+1)
//                                               IN_REVIEW → APPROVED (AAMI countersigns) → ACCEPTED (by the
//                                                           Registration Agency, recorded by staff)
//                                               IN_REVIEW → REJECTED → (employer may submit a new version)

export type StaffDecision = "CLAIM" | "REQUEST_CHANGES" | "APPROVE" | "REJECT" | "RECORD_ACCEPTANCE";

export const TRANSITIONS: Record<StaffDecision, { from: readonly SubmissionStatus[]; to: SubmissionStatus }> = {
  // Claiming an IN_REVIEW submission takes it over from its reviewer (someone away, say).
  CLAIM: { from: ["SUBMITTED", "IN_REVIEW"], to: "IN_REVIEW" },
  REQUEST_CHANGES: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED" },
  APPROVE: { from: ["IN_REVIEW"], to: "APPROVED" },
  REJECT: { from: ["IN_REVIEW"], to: "REJECTED" },
  RECORD_ACCEPTANCE: { from: ["APPROVED"], to: "ACCEPTED" },
};

/** The employer may submit (a new version) first, after AAMI asks for changes, and after a rejection. */
export const SUBMITTABLE_AFTER: ReadonlyArray<SubmissionStatus | null> = [null, "CHANGES_REQUESTED", "REJECTED"];

/** Statuses in which AAMI has accepted the organization as an employer partner. */
export const APPROVED_STATUSES: readonly SubmissionStatus[] = ["APPROVED", "ACCEPTED"];

/** The submission that makes its organization an employer partner now: the latest version, accepted by AAMI. */
export const PARTNER_SUBMISSION = {
  isLatest: true,
  status: { in: [...APPROVED_STATUSES] },
} satisfies Prisma.SubmissionWhereInput;

/** Latest versions that wait on AAMI: the queue's default view. */
export const NEEDS_STAFF_ACTION: readonly SubmissionStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED"];

export const DECISION_VERB: Record<StaffDecision, string> = {
  CLAIM: "claimed",
  REQUEST_CHANGES: "asked for changes to",
  APPROVE: "approved",
  REJECT: "did not approve",
  RECORD_ACCEPTANCE: "recorded the Registration Agency's acceptance of",
};

const ACTION_NAME: Record<StaffDecision, string> = {
  CLAIM: "claim",
  REQUEST_CHANGES: "ask for changes to",
  APPROVE: "approve",
  REJECT: "reject",
  RECORD_ACCEPTANCE: "record the Registration Agency's acceptance of",
};

export type SubmissionState = { status: SubmissionStatus; assignedReviewerId: string | null };
export type Reviewer = { id: string; staffRole: StaffRole };
export type TransitionCheck = { ok: true; to: SubmissionStatus } | { ok: false; reason: string };

/** Whether `reviewer` may take `decision` on a submission in `state`, and where it leads. */
export function checkTransition(decision: StaffDecision, state: SubmissionState, reviewer: Reviewer): TransitionCheck {
  const rule = TRANSITIONS[decision];
  if (!rule.from.includes(state.status)) {
    return {
      ok: false,
      reason: `You cannot ${ACTION_NAME[decision]} a submission whose status is “${SUBMISSION_MESSAGES.label[state.status]}”.`,
    };
  }
  if (decision === "CLAIM" && state.assignedReviewerId === reviewer.id) {
    return { ok: false, reason: "You are already reviewing this submission." };
  }
  // A decision belongs to the reviewer who claimed the submission; an administrator may step in.
  const decidesReview = decision === "REQUEST_CHANGES" || decision === "APPROVE" || decision === "REJECT";
  if (decidesReview && state.assignedReviewerId !== reviewer.id && reviewer.staffRole !== "STAFF_ADMIN") {
    return { ok: false, reason: "Another reviewer is reviewing this submission. Take it over first to decide." };
  }
  // Approving is countersigning the employer acceptance agreement for AAMI, which only administrators may sign.
  if (decision === "APPROVE" && reviewer.staffRole !== "STAFF_ADMIN") {
    return {
      ok: false,
      reason: "Approval countersigns the agreement for AAMI: a staff administrator approves and countersigns.",
    };
  }
  return { ok: true, to: rule.to };
}

/** The decisions a reviewer can take now: what the review page offers. */
export function availableDecisions(state: SubmissionState, reviewer: Reviewer): StaffDecision[] {
  return (Object.keys(TRANSITIONS) as StaffDecision[]).filter((d) => checkTransition(d, state, reviewer).ok);
}
