import { describe, expect, it } from "vitest";
import { ApprenticeStatus, StepStatus, SubmissionStatus } from "@prisma/client";
import { canEditStep, EDITABLE_STEPS, type OnboardingFacts } from "@/lib/onboarding/progress";
import { SUBMITTABLE_AFTER } from "@/lib/review/transitions";
import {
  APPRENTICE_MESSAGES,
  APPRENTICES_WAITING,
  apprenticeCountsLine,
  STEP_MESSAGES,
  SUBMISSION_MESSAGES,
  type SubmissionState,
} from "@/lib/status-messages";

// The state × page table of status messages: every state of every machine has a message on every page that shows
// it, and the messages tell the truth in the states that once read wrong.

const SUBMISSION_STATES: SubmissionState[] = ["NOT_SUBMITTED", ...Object.values(SubmissionStatus)];
const APPRENTICE_STATES = Object.values(ApprenticeStatus);
const filled = (text: string) => expect(text.trim().length, text).toBeGreaterThan(10);
const asked = /if AAMI asks for changes|is with AAMI|AAMI reviews your submission/i;

describe("submission messages", () => {
  it("cover every state, including before the first submission, on every page", () => {
    expect(SUBMISSION_STATES).toHaveLength(8);
    for (const state of SUBMISSION_STATES) {
      expect(SUBMISSION_MESSAGES.label[state]).toMatch(/^[A-Z]/);
      filled(SUBMISSION_MESSAGES.staffNext[state]);
      const submitPage = SUBMISSION_MESSAGES.employerSubmitPage[state];
      filled(submitPage.title(3));
      const next = submitPage.next({ version: 3, reviewTargetDays: 5 });
      expect(next.length).toBeGreaterThan(0);
      next.forEach(filled);
    }
  });

  it("give a read-only step page a notice in every state where some step cannot be changed", () => {
    // The facts that close the most steps in each state: AAMI commented on funding only, the agreement signed.
    const facts = (latestSubmission: SubmissionStatus | null): OnboardingFacts =>
      ({
        latestSubmission,
        stepsWithOpenComments: ["FUNDING"],
        hasValidSignedAgreement: true,
        standardsCurrent: true,
      }) as OnboardingFacts;
    for (const state of SUBMISSION_STATES) {
      const status = state === "NOT_SUBMITTED" ? null : state;
      const closed = EDITABLE_STEPS.filter((step) => !canEditStep(step, facts(status)));
      const notice = SUBMISSION_MESSAGES.employerReadOnlyStep[state];
      if (closed.length > 0) filled(notice!);
      // Where every step is open no notice is shown, so none may be written (it would be a dead message).
      else expect(notice, state).toBeNull();
    }
  });

  it("never tell an approved or accepted organization that AAMI is reviewing or may ask for changes", () => {
    for (const state of ["APPROVED", "ACCEPTED"] as const) {
      expect(SUBMISSION_MESSAGES.employerReadOnlyStep[state]).not.toMatch(asked);
      expect(SUBMISSION_MESSAGES.employerReadOnlyStep[state]).toMatch(/final/);
      const page = SUBMISSION_MESSAGES.employerSubmitPage[state];
      expect([page.title(1), ...page.next({ version: 1, reviewTargetDays: 5 })].join(" ")).not.toMatch(asked);
    }
    expect(SUBMISSION_MESSAGES.employerReadOnlyStep.ACCEPTED).toMatch(/Registration Agency accepted/);
    expect(SUBMISSION_MESSAGES.employerSubmitPage.ACCEPTED.title(1)).toMatch(/accepted by the Registration Agency/);
    // While AAMI does review, it says so.
    for (const state of ["SUBMITTED", "IN_REVIEW"] as const) {
      expect(SUBMISSION_MESSAGES.employerReadOnlyStep[state]).toMatch(/If AAMI asks for changes/);
    }
  });

  it("tell an organization that may submit what to do, and one that may not what happens next", () => {
    for (const state of SUBMISSION_STATES) {
      const status = state === "NOT_SUBMITTED" ? null : state;
      const next = SUBMISSION_MESSAGES.employerSubmitPage[state].next({ version: 2, reviewTargetDays: 5 }).join(" ");
      if (SUBMITTABLE_AFTER.includes(status)) expect(next, state).toMatch(/submit/i);
    }
    expect(SUBMISSION_MESSAGES.employerSubmitPage.CHANGES_REQUESTED.next({ version: 2, reviewTargetDays: 5 })).toEqual([
      "Make the changes in the steps AAMI commented on, then submit again here: it becomes version 3.",
    ]);
    expect(SUBMISSION_MESSAGES.employerSubmitPage.SUBMITTED.next({ version: 1, reviewTargetDays: 4 })[0]).toContain(
      "within 4 business days",
    );
  });

  it("keep names capitalized in labels, which pages show as they are", () => {
    expect(SUBMISSION_MESSAGES.label.ACCEPTED).toBe("Accepted by the Registration Agency");
    expect(APPRENTICE_MESSAGES.label.REGISTERED).toBe("Registered with DOL");
  });
});

describe("checklist step messages", () => {
  it("label every step status, and a locked step", () => {
    for (const state of [...Object.values(StepStatus), "LOCKED" as const]) {
      expect(STEP_MESSAGES.label[state]).toMatch(/^[A-Z]/);
    }
  });
});

describe("apprentice messages", () => {
  it("cover every apprentice status on every page that can show it", () => {
    expect(APPRENTICE_STATES).toHaveLength(6);
    for (const status of APPRENTICE_STATES) {
      expect(APPRENTICE_MESSAGES.label[status]).toMatch(/^[A-Z]/);
      filled(APPRENTICE_MESSAGES.employerNext[status]);
      filled(APPRENTICE_MESSAGES.staffNext[status]);
      filled(APPRENTICE_MESSAGES.employerAgreementMissing[status]);
      filled(APPRENTICE_MESSAGES.staffAgreementMissing[status]);
      expect(APPRENTICE_MESSAGES.checklistCount[status](2)).toMatch(/^2 /);
    }
    filled(APPRENTICE_MESSAGES.apprentice.PENDING_SIGNATURES);
    filled(APPRENTICE_MESSAGES.apprentice.PENDING_REGISTRATION);
    expect(APPRENTICE_MESSAGES.staffDolList).toEqual({
      APPROVED: "Approved: upload to RAPIDS",
      REGISTERED: "Registered",
    });
  });

  it("explain an empty agreement panel by who acts next", () => {
    expect(APPRENTICE_MESSAGES.employerAgreementMissing.DRAFT).toMatch(/owner or admin of your organization signs/);
    expect(APPRENTICE_MESSAGES.employerAgreementMissing.PENDING_REGISTRATION).toMatch(/AAMI cannot approve/);
    expect(APPRENTICE_MESSAGES.staffAgreementMissing.PENDING_REGISTRATION).toMatch(/Send it back to the employer/);
  });

  it("count step 8's apprentices by where they stand, so a waiting one always shows", () => {
    expect(apprenticeCountsLine({})).toBeNull();
    expect(apprenticeCountsLine({ APPROVED: 1, PENDING_REGISTRATION: 1 })).toBe(
      "Apprentices: 1 with AAMI for review · 1 approved by AAMI, going to DOL.",
    );
    expect(apprenticeCountsLine({ PENDING_SIGNATURES: 2, REGISTERED: 3 })).toBe(
      "Apprentices: 2 waiting for apprentices' signatures · 3 registered with DOL.",
    );
    expect(APPRENTICES_WAITING).toEqual(["DRAFT", "PENDING_SIGNATURES", "PENDING_REGISTRATION"]);
  });
});
