import type { ApprenticeStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";
import {
  approvalBlocker,
  availableRegistrationActions,
  registrationActionRefusal,
  REGISTRATION_TRANSITIONS,
} from "@/lib/apprentices/registration-rules";

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
  it("needs the Registration Agency's acceptance of the employer, and a start on or after that day", () => {
    expect(approvalBlocker({ agencyAcceptedAt: null }, { startDate: day("2027-02-01") })).toMatchObject({
      code: "NOT_ACCEPTED_BY_AGENCY",
      message: expect.stringContaining("Record the agency's acceptance on the employer's approved submission first"),
    });
    // Accepted during the day: a start that same day is fine, the day before is not.
    const agencyAcceptedAt = new Date("2027-01-15T16:30:00Z");
    expect(approvalBlocker({ agencyAcceptedAt }, { startDate: day("2027-01-15") })).toBeNull();
    expect(approvalBlocker({ agencyAcceptedAt }, { startDate: day("2027-03-01") })).toBeNull();
    expect(approvalBlocker({ agencyAcceptedAt }, { startDate: day("2027-01-14") })).toEqual({
      code: "STARTS_BEFORE_ACCEPTANCE",
      message:
        "The apprentice starts on 2027-01-14, before the Registration Agency accepted the employer on 2027-01-15. Send the registration back so the employer changes the start date to 2027-01-15 or later.",
    });
  });
});
