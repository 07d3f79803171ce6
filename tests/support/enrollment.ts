import { expect } from "vitest";
import { saveEnrollment } from "@/lib/apprentices/enrollment/actions";
import { MADISON_COLLEGE_ID } from "./factories";
import { asUser } from "./sign-in";

// Integration tests: the enrollment form as a browser posts it, and enrolling through the real action.

/** YYYY-MM-DD, `days` from today. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** What the enrollment form posts for a valid new hire, with `changes` applied (arrays become repeated fields). */
export function enrollment(changes: Record<string, string | string[]> = {}): FormData {
  const values: Record<string, string | string[]> = {
    employmentStatus: "NEW_EMPLOYEE",
    firstName: "Avery",
    lastName: "Lindqvist",
    dateOfBirth: "2001-04-09",
    startDate: inDays(30),
    ssn: "",
    email: "avery@example.org",
    streetAddress: "40 Lake St",
    city: "Madison",
    state: "WI",
    postalCode: "53703",
    rtiProviderId: MADISON_COLLEGE_ID,
    creditPreviousTrainingHours: "0",
    priorWage: "17.25",
    priorWageUnit: "H",
    studentStatus: "NA",
    ...changes,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return form;
}

export const redirectedTo = (path: RegExp) => expect.objectContaining({ digest: expect.stringMatching(path) });
export const SAVED = redirectedTo(/;\/onboarding\/apprentices\/c[a-z0-9]+\?saved=1;/);

/** Saves as `userId` and returns the new apprentice's id from the redirect. */
export async function enroll(userId: string, changes: Record<string, string | string[]> = {}) {
  const error = await asUser(userId, () => saveEnrollment(enrollment(changes))).catch((e: unknown) => e);
  expect(error).toEqual(SAVED);
  return /apprentices\/(c[a-z0-9]+)\?saved/.exec((error as { digest: string }).digest)![1]!;
}
