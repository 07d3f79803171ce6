import { describe, expect, it } from "vitest";
import { canEditStep, deriveStepStatuses, type OnboardingFacts } from "@/lib/onboarding/progress";

const nothing: OnboardingFacts = {
  standardsCurrent: false,
  standardsAcknowledged: false,
  positionCount: 0,
  hiringAttested: false,
  hasFundingPlan: false,
  mentorCount: 0,
  journeyworkerCount: null,
  ratio: { apprentices: 1, journeyworkers: 1, level: "WORKSITE" },
  plannedApprentices: 1,
  hasWageSchedule: false,
  hasValidSignedAgreement: false,
  latestSubmission: null,
  stepsWithOpenComments: [],
  apprenticesEnrolled: 0,
  apprenticesApproved: 0,
  apprenticesWaiting: 0,
};
const everything: OnboardingFacts = {
  ...nothing,
  standardsCurrent: true,
  standardsAcknowledged: true,
  positionCount: 1,
  hiringAttested: true,
  hasFundingPlan: true,
  mentorCount: 1,
  journeyworkerCount: 3,
  hasWageSchedule: true,
  hasValidSignedAgreement: true,
};

describe("deriveStepStatuses", () => {
  it("keeps step 2 complete while AAMI has the submission, even after a newer standards version is published", () => {
    const outdated = { ...everything, standardsCurrent: false };
    for (const latestSubmission of ["SUBMITTED", "IN_REVIEW", "APPROVED", "ACCEPTED"] as const) {
      expect(deriveStepStatuses({ ...outdated, latestSubmission }).STANDARDS).toBe("COMPLETE");
    }
    // Once the organization must submit again, the new version has to be acknowledged.
    for (const latestSubmission of [null, "CHANGES_REQUESTED", "REJECTED"] as const) {
      expect(deriveStepStatuses({ ...outdated, latestSubmission }).STANDARDS).toBe("IN_PROGRESS");
    }
  });

  it("keeps step 8 in progress while any apprentice still waits to be signed or reviewed", () => {
    const accepted = { ...everything, latestSubmission: "ACCEPTED" as const };
    const step8 = (apprenticesEnrolled: number, apprenticesApproved: number, apprenticesWaiting: number) =>
      deriveStepStatuses({ ...accepted, apprenticesEnrolled, apprenticesApproved, apprenticesWaiting }).APPRENTICES;
    expect(step8(0, 0, 0)).toBe("NOT_STARTED");
    expect(step8(1, 0, 1)).toBe("IN_PROGRESS");
    // One approved, one with AAMI for review (the demo's Northstar): not complete.
    expect(step8(2, 1, 1)).toBe("IN_PROGRESS");
    expect(step8(2, 2, 0)).toBe("COMPLETE");
  });

  it("starts with only step 1 complete", () => {
    expect(deriveStepStatuses(nothing)).toEqual({
      INTENT: "COMPLETE",
      STANDARDS: "NOT_STARTED",
      POSITION: "NOT_STARTED",
      FUNDING: "NOT_STARTED",
      MENTOR: "NOT_STARTED",
      AGREEMENT: "NOT_STARTED",
      SUBMIT: "NOT_STARTED",
      APPRENTICES: "NOT_STARTED",
    });
  });

  it("marks half-done steps in progress", () => {
    const s = deriveStepStatuses({
      ...nothing,
      standardsAcknowledged: true,
      positionCount: 2,
      mentorCount: 1,
      hasWageSchedule: true,
    });
    expect(s).toMatchObject({
      STANDARDS: "IN_PROGRESS",
      POSITION: "IN_PROGRESS",
      MENTOR: "IN_PROGRESS",
      AGREEMENT: "IN_PROGRESS",
    });
  });

  it("needs both the data and the attestation or count to complete a step", () => {
    expect(deriveStepStatuses({ ...nothing, positionCount: 1, hiringAttested: true }).POSITION).toBe("COMPLETE");
    expect(
      deriveStepStatuses({ ...nothing, mentorCount: 1, journeyworkerCount: 2, plannedApprentices: 2 }).MENTOR,
    ).toBe("COMPLETE");
    // Too few journeyworkers for the apprentices planned: the ratio is not met, so the step is not done.
    expect(
      deriveStepStatuses({ ...nothing, mentorCount: 1, journeyworkerCount: 1, plannedApprentices: 2 }).MENTOR,
    ).toBe("IN_PROGRESS");
    expect(deriveStepStatuses({ ...nothing, hasWageSchedule: true }).AGREEMENT).toBe("IN_PROGRESS");
  });

  it("completes step 7 once submitted, and reopens exactly the commented steps when AAMI asks for changes", () => {
    expect(deriveStepStatuses({ ...everything, latestSubmission: "IN_REVIEW" }).SUBMIT).toBe("COMPLETE");
    const changes = deriveStepStatuses({
      ...everything,
      latestSubmission: "CHANGES_REQUESTED",
      stepsWithOpenComments: ["FUNDING", "MENTOR"],
    });
    expect(changes).toMatchObject({
      SUBMIT: "CHANGES_REQUESTED",
      FUNDING: "CHANGES_REQUESTED",
      MENTOR: "CHANGES_REQUESTED",
      POSITION: "COMPLETE",
    });
  });
});

describe("canEditStep", () => {
  it("lets the organization edit steps 2–6 before submitting, never steps 1, 7 or 8", () => {
    for (const step of ["STANDARDS", "POSITION", "FUNDING", "MENTOR", "AGREEMENT"] as const)
      expect(canEditStep(step, nothing)).toBe(true);
    for (const step of ["INTENT", "SUBMIT", "APPRENTICES"] as const) expect(canEditStep(step, nothing)).toBe(false);
  });

  it("makes everything read-only while AAMI reviews and after approval", () => {
    for (const status of ["SUBMITTED", "IN_REVIEW", "APPROVED", "ACCEPTED"] as const) {
      expect(canEditStep("FUNDING", { ...everything, latestSubmission: status, stepsWithOpenComments: [] })).toBe(
        false,
      );
      // Even when AAMI published new standards since: what AAMI reviews stays what was sent.
      expect(canEditStep("STANDARDS", { ...everything, latestSubmission: status, standardsCurrent: false })).toBe(
        false,
      );
    }
  });

  it("reopens only the steps AAMI commented on, and step 6 once a fix there voided the signature", () => {
    const f: OnboardingFacts = {
      ...everything,
      latestSubmission: "CHANGES_REQUESTED",
      stepsWithOpenComments: ["FUNDING"],
    };
    expect(canEditStep("FUNDING", f)).toBe(true);
    expect(canEditStep("MENTOR", f)).toBe(false);
    expect(canEditStep("AGREEMENT", f)).toBe(false);
    expect(canEditStep("AGREEMENT", { ...f, hasValidSignedAgreement: false })).toBe(true);
    expect(canEditStep("MENTOR", { ...f, hasValidSignedAgreement: false })).toBe(false);
  });

  it("reopens step 2 after a change request when AAMI has published documents newer than those acknowledged", () => {
    const f: OnboardingFacts = { ...everything, latestSubmission: "CHANGES_REQUESTED", stepsWithOpenComments: [] };
    expect(canEditStep("STANDARDS", f)).toBe(false);
    expect(canEditStep("STANDARDS", { ...f, standardsCurrent: false })).toBe(true);
    // Only step 2: the rest of the checklist stays as AAMI left it.
    expect(canEditStep("POSITION", { ...f, standardsCurrent: false })).toBe(false);
  });
});
