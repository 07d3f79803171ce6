import type { StepKey, StepStatus, SubmissionStatus } from "@prisma/client";
import { ratioCheck } from "@/lib/onboarding/ratio";
import type { Ratio } from "@/lib/program/standards/model";
import { SUBMISSION_MESSAGES, submissionState } from "@/lib/status-messages";

// What the organization has done, and the status of each checklist step that follows from it. Pure, so the
// rules are unit-tested; lib/onboarding/facts.ts loads the facts and stores the result after every change.

export type OnboardingFacts = {
  /** Acknowledged the current published version of every program document. */
  standardsCurrent: boolean;
  /** Acknowledged some version (possibly outdated) of the documents. */
  standardsAcknowledged: boolean;
  positionCount: number;
  hiringAttested: boolean;
  hasFundingPlan: boolean;
  mentorCount: number;
  journeyworkerCount: number | null;
  /** The current standards' apprentice-to-journeyworker ratio. */
  ratio: Ratio;
  /** Openings across the positions (or, before any position, the apprentices hoped for at step 1). */
  plannedApprentices: number;
  hasWageSchedule: boolean;
  /** A signed agreement that still matches the data it contains. */
  hasValidSignedAgreement: boolean;
  latestSubmission: SubmissionStatus | null;
  /** Steps with reviewer comments not yet resolved. */
  stepsWithOpenComments: StepKey[];
  /**
   * Step 8: apprentices enrolled (not withdrawn), those AAMI has approved for registration, and those still waiting
   * on someone (not signed by the employer or the apprentice, or with AAMI for review).
   */
  apprenticesEnrolled: number;
  apprenticesApproved: number;
  apprenticesWaiting: number;
};

const UNDER_REVIEW_OR_DONE: SubmissionStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED", "ACCEPTED"];
export const EDITABLE_STEPS: StepKey[] = ["STANDARDS", "POSITION", "FUNDING", "MENTOR", "AGREEMENT"];

export function deriveStepStatuses(f: OnboardingFacts): Record<StepKey, StepStatus> {
  const withAami = f.latestSubmission !== null && UNDER_REVIEW_OR_DONE.includes(f.latestSubmission);
  const progress = (complete: boolean, started: boolean): StepStatus =>
    complete ? "COMPLETE" : started ? "IN_PROGRESS" : "NOT_STARTED";
  const statuses: Record<StepKey, StepStatus> = {
    INTENT: "COMPLETE",
    // What AAMI has (or is reviewing) was acknowledged against the versions current then: a version published
    // since does not reopen step 2 until the organization must submit again.
    STANDARDS: progress(f.standardsCurrent || (withAami && f.standardsAcknowledged), f.standardsAcknowledged),
    POSITION: progress(f.positionCount > 0 && f.hiringAttested, f.positionCount > 0 || f.hiringAttested),
    FUNDING: progress(f.hasFundingPlan, false),
    MENTOR: progress(
      f.mentorCount > 0 &&
        f.journeyworkerCount !== null &&
        ratioCheck(f.ratio, f.plannedApprentices, f.journeyworkerCount).met,
      f.mentorCount > 0 || f.journeyworkerCount !== null,
    ),
    AGREEMENT: progress(f.hasValidSignedAgreement, f.hasWageSchedule),
    SUBMIT:
      f.latestSubmission === "CHANGES_REQUESTED"
        ? "CHANGES_REQUESTED"
        : progress(f.latestSubmission !== null && UNDER_REVIEW_OR_DONE.includes(f.latestSubmission), false),
    // Step 8 is done once AAMI has approved an apprentice's registration and no other apprentice still waits to be
    // signed or reviewed: a new enrollment reopens it, so "Complete" never hides someone who waits.
    APPRENTICES: progress(f.apprenticesApproved > 0 && f.apprenticesWaiting === 0, f.apprenticesEnrolled > 0),
  };
  if (f.latestSubmission === "CHANGES_REQUESTED") {
    for (const step of f.stepsWithOpenComments) statuses[step] = "CHANGES_REQUESTED";
  }
  return statuses;
}

/**
 * Whether each step's data is complete, ignoring review: steps AAMI reopened count as done once their data is
 * complete again. What signing and submitting check.
 */
export const dataCompleteness = (f: OnboardingFacts) =>
  deriveStepStatuses({ ...f, latestSubmission: null, stepsWithOpenComments: [] });

/**
 * Whether the organization may change a step's data now. While AAMI reviews (and after approval) the submitted
 * data is read-only; when AAMI asks for changes, exactly the steps it commented on reopen, plus whatever a
 * resubmission needs redone.
 */
export function canEditStep(
  step: StepKey,
  f: Pick<
    OnboardingFacts,
    "latestSubmission" | "stepsWithOpenComments" | "hasValidSignedAgreement" | "standardsCurrent"
  >,
): boolean {
  if (!EDITABLE_STEPS.includes(step)) return false;
  // Nothing is with AAMI before the first submission, in a draft, or after a rejection.
  if (f.latestSubmission === null || f.latestSubmission === "DRAFT" || f.latestSubmission === "REJECTED") return true;
  if (f.latestSubmission === "CHANGES_REQUESTED") {
    // A fix to a reopened step voids the signature; step 6 then reopens too, so the agreement can be signed again.
    // AAMI may publish a new version of the documents meanwhile: resubmitting needs it acknowledged, so step 2
    // reopens too.
    return (
      f.stepsWithOpenComments.includes(step) ||
      (step === "AGREEMENT" && !f.hasValidSignedAgreement) ||
      (step === "STANDARDS" && !f.standardsCurrent)
    );
  }
  return false;
}

/** Why a step the organization cannot change now is read-only, as its page and a refused change both say. */
export const readOnlyNotice = (f: Pick<OnboardingFacts, "latestSubmission">): string =>
  SUBMISSION_MESSAGES.employerReadOnlyStep[submissionState(f.latestSubmission)] ??
  // Not reached: with nothing at AAMI every editable step is open; steps 1, 7 and 8 have pages of their own.
  "This step cannot be changed here.";
