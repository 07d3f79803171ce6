import { describe, expect, it } from "vitest";
import type { SubmissionStatus } from "@prisma/client";
import {
  availableDecisions,
  checkTransition,
  TRANSITIONS,
  type Reviewer,
  type StaffDecision,
} from "@/lib/review/transitions";

const ALL_STATUSES: SubmissionStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "REJECTED",
  "ACCEPTED",
];
const ALL_DECISIONS = Object.keys(TRANSITIONS) as StaffDecision[];
const alex: Reviewer = { id: "alex", staffRole: "STAFF_REVIEWER" };
const blake: Reviewer = { id: "blake", staffRole: "STAFF_REVIEWER" };
const admin: Reviewer = { id: "admin", staffRole: "STAFF_ADMIN" };

// Every (decision, status) pair the lifecycle allows, with where it leads. Anything not listed is refused.
const ALLOWED: Array<[StaffDecision, SubmissionStatus, SubmissionStatus]> = [
  ["CLAIM", "SUBMITTED", "IN_REVIEW"],
  ["CLAIM", "IN_REVIEW", "IN_REVIEW"],
  ["REQUEST_CHANGES", "IN_REVIEW", "CHANGES_REQUESTED"],
  ["APPROVE", "IN_REVIEW", "APPROVED"],
  ["REJECT", "IN_REVIEW", "REJECTED"],
  ["RECORD_ACCEPTANCE", "APPROVED", "ACCEPTED"],
];

describe("the submission state machine", () => {
  for (const decision of ALL_DECISIONS) {
    for (const status of ALL_STATUSES) {
      const allowed = ALLOWED.find(([d, from]) => d === decision && from === status);
      // The assigned reviewer is someone else for a claim (taking over), the acting reviewer otherwise; approval is
      // an administrator's (it countersigns).
      const state = { status, assignedReviewerId: decision === "CLAIM" ? "someone-else" : alex.id };
      const actor = decision === "APPROVE" ? admin : alex;
      if (allowed) {
        it(`allows ${decision} from ${status} to ${allowed[2]}`, () => {
          expect(checkTransition(decision, state, actor)).toEqual({ ok: true, to: allowed[2] });
        });
      } else {
        it(`refuses ${decision} from ${status}`, () => {
          const result = checkTransition(decision, state, actor);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason).toMatch(/^You cannot .+ a submission whose status is “[A-Z]/);
        });
      }
    }
  }

  it("refuses claiming a submission you are already reviewing", () => {
    expect(checkTransition("CLAIM", { status: "IN_REVIEW", assignedReviewerId: alex.id }, alex)).toEqual({
      ok: false,
      reason: "You are already reviewing this submission.",
    });
  });

  it("leaves decisions to the assigned reviewer, or an administrator stepping in", () => {
    const alexReviewing = { status: "IN_REVIEW" as const, assignedReviewerId: alex.id };
    for (const decision of ["REQUEST_CHANGES", "APPROVE", "REJECT"] as const) {
      expect(checkTransition(decision, alexReviewing, blake)).toEqual({
        ok: false,
        reason: "Another reviewer is reviewing this submission. Take it over first to decide.",
      });
      expect(checkTransition(decision, alexReviewing, admin).ok).toBe(true);
    }
    // The agency's acceptance is a fact staff record, not a review judgement: any staff member may record it.
    expect(checkTransition("RECORD_ACCEPTANCE", { status: "APPROVED", assignedReviewerId: alex.id }, blake).ok).toBe(
      true,
    );
  });

  it("leaves approval, AAMI's countersignature, to administrators, even the assigned reviewer's own review", () => {
    expect(checkTransition("APPROVE", { status: "IN_REVIEW", assignedReviewerId: alex.id }, alex)).toEqual({
      ok: false,
      reason: "Approval countersigns the agreement for AAMI: a staff administrator approves and countersigns.",
    });
    expect(checkTransition("APPROVE", { status: "IN_REVIEW", assignedReviewerId: admin.id }, admin)).toEqual({
      ok: true,
      to: "APPROVED",
    });
  });

  it("offers each reviewer exactly the decisions they can take", () => {
    expect(availableDecisions({ status: "SUBMITTED", assignedReviewerId: null }, alex)).toEqual(["CLAIM"]);
    expect(availableDecisions({ status: "IN_REVIEW", assignedReviewerId: alex.id }, alex)).toEqual([
      "REQUEST_CHANGES",
      "REJECT",
    ]);
    expect(availableDecisions({ status: "IN_REVIEW", assignedReviewerId: alex.id }, admin)).toEqual([
      "CLAIM",
      "REQUEST_CHANGES",
      "APPROVE",
      "REJECT",
    ]);
    expect(availableDecisions({ status: "IN_REVIEW", assignedReviewerId: alex.id }, blake)).toEqual(["CLAIM"]);
    expect(availableDecisions({ status: "APPROVED", assignedReviewerId: alex.id }, blake)).toEqual([
      "RECORD_ACCEPTANCE",
    ]);
    expect(availableDecisions({ status: "ACCEPTED", assignedReviewerId: alex.id }, alex)).toEqual([]);
    expect(availableDecisions({ status: "CHANGES_REQUESTED", assignedReviewerId: alex.id }, alex)).toEqual([]);
  });
});
