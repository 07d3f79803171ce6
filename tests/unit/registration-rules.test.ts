import type { ApprenticeStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";
import {
  approvalBlocker,
  type ApprovalFacts,
  availableRegistrationActions,
  registrationActionRefusal,
  REGISTRATION_TRANSITIONS,
} from "@/lib/apprentices/registration/rules";
import { STANDARDS_V1 } from "@/tests/support/standards";

const STATUSES: ApprenticeStatus[] = [
  "DRAFT",
  "PENDING_SIGNATURES",
  "PENDING_REGISTRATION",
  "APPROVED",
  "REGISTERED",
  "WITHDRAWN",
];
const day = (v: string) => new Date(`${v}T00:00:00Z`);

describe("what staff may do with a registration", () => {
  it("approves, sends back and adjusts credit only while it waits for AAMI; records the RAPIDS ID only once approved", () => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, availableRegistrationActions(s)]))).toEqual({
      DRAFT: [],
      PENDING_SIGNATURES: [],
      PENDING_REGISTRATION: ["APPROVE", "SEND_BACK", "ADJUST_CREDIT"],
      APPROVED: ["RECORD_RAPIDS_ID"],
      REGISTERED: [],
      WITHDRAWN: [],
    });
    expect(REGISTRATION_TRANSITIONS).toMatchObject({
      APPROVE: { to: "APPROVED" },
      SEND_BACK: { to: "DRAFT" },
      RECORD_RAPIDS_ID: { to: "REGISTERED" },
      ADJUST_CREDIT: { to: "PENDING_REGISTRATION" },
    });
  });

  it("says in words why an action is refused", () => {
    expect(registrationActionRefusal("APPROVE", "REGISTERED")).toBe(
      "You cannot approve a registration whose status is “Registered with DOL”.",
    );
    expect(registrationActionRefusal("RECORD_RAPIDS_ID", "PENDING_REGISTRATION")).toBe(
      "You cannot record the RAPIDS apprentice ID of a registration whose status is “With AAMI for review”.",
    );
    expect(registrationActionRefusal("APPROVE", "PENDING_REGISTRATION")).toBeNull();
  });
});

describe("when a registration can be approved", () => {
  const acceptedAt = new Date("2027-01-15T16:30:00Z");
  const facts = (changes: Partial<ApprovalFacts> = {}): ApprovalFacts => ({
    organization: { agencyAcceptedAt: acceptedAt, journeyworkerCount: 2 },
    apprentice: { startDate: day("2027-02-01"), creditedOjtHours: 0 },
    agreementFullySigned: true,
    otherApprovedApprentices: 0,
    standards: STANDARDS_V1,
    ...changes,
  });

  it("approves what meets every rule, up to the ratio exactly and the credit cap exactly", () => {
    expect(approvalBlocker(facts())).toBeNull();
    expect(approvalBlocker(facts({ otherApprovedApprentices: 1 }))).toBeNull();
    const atCap = { startDate: day("2027-02-01"), creditedOjtHours: STANDARDS_V1.maxCreditHours };
    expect(approvalBlocker(facts({ apprentice: atCap }))).toBeNull();
  });

  it("needs the Registration Agency's acceptance of the employer, and a start on or after that day", () => {
    expect(approvalBlocker(facts({ organization: { agencyAcceptedAt: null, journeyworkerCount: 2 } }))).toMatchObject({
      code: "NOT_ACCEPTED_BY_AGENCY",
      message: expect.stringContaining("Record the agency's acceptance on the employer's approved submission first"),
    });
    // Accepted during the day: a start that same day is fine, the day before is not.
    expect(approvalBlocker(facts({ apprentice: { startDate: day("2027-01-15"), creditedOjtHours: 0 } }))).toBeNull();
    expect(approvalBlocker(facts({ apprentice: { startDate: day("2027-01-14"), creditedOjtHours: 0 } }))).toEqual({
      code: "STARTS_BEFORE_ACCEPTANCE",
      message:
        "The apprentice starts on 2027-01-14, before the Registration Agency accepted the employer on 2027-01-15. Send the registration back so the employer changes the start date to 2027-01-15 or later.",
    });
  });

  it("needs an agreement everyone signed", () => {
    expect(approvalBlocker(facts({ agreementFullySigned: false }))).toMatchObject({
      code: "AGREEMENT_NOT_SIGNED",
      message: expect.stringContaining("cannot be approved, added to the packet or sent to RAPIDS"),
    });
  });

  it("refuses one apprentice over the ratio at the worksite, giving the numbers", () => {
    expect(approvalBlocker(facts({ otherApprovedApprentices: 2 }))).toEqual({
      code: "OVER_RATIO",
      message:
        "Approving would make 3 approved or registered apprentices at the employer's worksite, over the program's ratio of 1 apprentice per 1 journeyworker at each worksite: 2 journeyworkers allow 2. The employer must add journeyworkers (step 5) before another apprentice can be approved.",
    });
    expect(
      approvalBlocker(facts({ organization: { agencyAcceptedAt: acceptedAt, journeyworkerCount: null } })),
    ).toMatchObject({ code: "OVER_RATIO", message: expect.stringContaining("0 journeyworkers allow 0") });
  });

  it("refuses credit over the published cap, giving the numbers", () => {
    const over = STANDARDS_V1.maxCreditHours + 1;
    expect(approvalBlocker(facts({ apprentice: { startDate: day("2027-02-01"), creditedOjtHours: over } }))).toEqual({
      code: "CREDIT_OVER_CAP",
      message: `The apprentice is credited ${over.toLocaleString("en-US")} hours for previous experience, over the program's cap of ${STANDARDS_V1.maxCreditHours.toLocaleString("en-US")} hours. Adjust the credit to ${STANDARDS_V1.maxCreditHours.toLocaleString("en-US")} hours or less, then approve.`,
    });
  });
});
