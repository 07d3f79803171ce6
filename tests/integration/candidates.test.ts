import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitInterest } from "@/lib/candidates/interest/actions";
import { requestScope } from "../support/request-scope";

const TO_THANKS = expect.objectContaining({ digest: expect.stringContaining(";/apprentices/interest/thanks;") });

/** The form as a phone's browser posts it: repeated names for ticked checkboxes. */
function interestForm(overrides: Record<string, string | string[]> = {}) {
  const values: Record<string, string | string[]> = {
    firstName: "Jordan",
    lastName: "Rivera",
    email: `jordan.${randomUUID().slice(0, 8)}@example.test`,
    phone: "608-555-0123",
    city: "Madison",
    state: "WI",
    postalCode: "53703",
    willingToRelocate: "yes",
    statesOfInterest: ["WI", "IL"],
    regionsOfInterest: ["MIDWEST"],
    educationLevel: "MILITARY_TRAINING",
    situation: "VETERAN",
    experienceTags: ["military-biomedical", "electronics"],
    experienceNotes: "68A biomedical equipment specialist, 6 years.",
    heardAbout: "Military transition program",
    consentToShare: "yes",
    website: "",
    "selfId.veteranStatus": "VETERAN",
    "selfId.races": ["BLACK", "WHITE"],
    ...overrides,
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  return { form, email: String(values.email).toLowerCase() };
}

const fromIp = (ip: string) => requestScope.setHeaders({ "x-forwarded-for": ip });
const candidateWith = (email: string) =>
  db.candidate.findUnique({ where: { email }, include: { demographics: true, events: true } });

describe("the apprentice interest form", () => {
  it("stores the profile by region, the voluntary answers apart, and shows the confirmation", async () => {
    fromIp("198.51.100.1");
    const { form, email } = interestForm();
    await expect(submitInterest(form)).rejects.toEqual(TO_THANKS);
    const candidate = await candidateWith(email);
    expect(candidate).toMatchObject({
      firstName: "Jordan",
      region: "MIDWEST",
      willingToRelocate: true,
      statesOfInterest: ["WI", "IL"],
      situation: "VETERAN",
      experienceTags: ["military-biomedical", "electronics"],
      consentToShare: true,
      withdrawnAt: null,
    });
    expect(candidate!.consentAt).toBeInstanceOf(Date);
    expect(candidate!.demographics).toMatchObject({ veteranStatus: "VETERAN", races: ["BLACK", "WHITE"], sex: null });
    expect(candidate!.events.map((e) => e.kind)).toEqual(["submitted"]);
  });

  it("changes nothing when the address already has a profile (any case), and queues a link for its owner", async () => {
    fromIp("198.51.100.2");
    const first = interestForm({ "selfId.sex": "FEMALE" });
    await expect(submitInterest(first.form)).rejects.toEqual(TO_THANKS);
    const again = interestForm({
      email: first.email.toUpperCase(),
      city: "Milwaukee",
      state: "IL",
      postalCode: "60601",
      "selfId.veteranStatus": "",
      "selfId.races": [],
    });
    // The same confirmation page: the sender learns nothing about whether the address had a profile.
    await expect(submitInterest(again.form)).rejects.toEqual(TO_THANKS);
    expect(await db.candidate.count({ where: { email: first.email } })).toBe(1);
    const candidate = await candidateWith(first.email);
    expect(candidate).toMatchObject({ city: "Madison", state: "WI" });
    expect(candidate!.demographics).toMatchObject({
      sex: "FEMALE",
      veteranStatus: "VETERAN",
      races: ["BLACK", "WHITE"],
    });
    expect(candidate!.events.map((e) => e.kind)).toEqual(["submitted"]);
    expect(await db.profileLinkRequest.findMany({ where: { email: first.email }, select: { reason: true } })).toEqual([
      { reason: "FORM_AGAIN" },
    ]);
  });

  it("creates one profile when the same new address is sent twice at the same moment", async () => {
    fromIp("198.51.100.3");
    const { form, email } = interestForm();
    const results = await Promise.allSettled([submitInterest(form), submitInterest(form)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]); // both go to the confirmation
    expect(await db.candidate.count({ where: { email } })).toBe(1);
  });

  it("answers bad input next to each field, keeps what was typed, and stores nothing", async () => {
    fromIp("198.51.100.4");
    const { form, email } = interestForm({
      firstName: "",
      state: "ZZ",
      postalCode: "5370",
      situation: "ASTRONAUT",
      experienceNotes: "x".repeat(2001),
      consentToShare: "",
      statesOfInterest: ["WI", "XX"],
      heardAbout: "a friend\u0000",
    });
    const result = await submitInterest(form);
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        firstName: ["Enter your first name."],
        state: ["Choose a state."],
        postalCode: [expect.stringContaining("5-digit ZIP")],
        situation: ["Choose what best describes you now."],
        experienceNotes: [expect.stringContaining("under 2000 characters")],
        consentToShare: [expect.stringContaining("Tick the box")],
        "statesOfInterest.1": ["Choose states from the list."],
        heardAbout: [expect.stringContaining("invisible control characters")],
      },
      values: expect.objectContaining({ lastName: "Rivera", city: "Madison" }),
    });
    expect(await db.candidate.count({ where: { email } })).toBe(0);
  });

  it("shows a bot that fills the hidden field the confirmation, and stores nothing", async () => {
    fromIp("198.51.100.5");
    const { form, email } = interestForm({ website: "http://spam.example" });
    await expect(submitInterest(form)).rejects.toEqual(TO_THANKS);
    expect(await db.candidate.count({ where: { email } })).toBe(0);
  });

  it("limits sends per address and per IP in Postgres, keeping what was typed when it refuses", async () => {
    fromIp("198.51.100.6");
    const email = `limit.${randomUUID().slice(0, 8)}@example.test`;
    for (let i = 0; i < 5; i++) {
      await expect(submitInterest(interestForm({ email, city: `City ${i}` }).form)).rejects.toEqual(TO_THANKS);
    }
    const refused = await submitInterest(interestForm({ email, city: "City 5" }).form);
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringContaining("wait an hour"),
      values: expect.objectContaining({ city: "City 5" }),
    });
    // The first send made the profile; the four after it changed nothing.
    expect((await candidateWith(email))!.city).toBe("City 0");
    expect(await db.rateLimit.findUnique({ where: { key: `interest:to:${email}` } })).toMatchObject({ count: 6 });

    // Another address from the same connection: the per-IP limit (20 an hour) is counted in the same table.
    fromIp("198.51.100.7");
    for (let i = 0; i < 20; i++) {
      await expect(submitInterest(interestForm().form)).rejects.toEqual(TO_THANKS);
    }
    const blocked = interestForm();
    expect(await submitInterest(blocked.form)).toMatchObject({ ok: false, message: expect.stringContaining("wait") });
    expect(await db.candidate.count({ where: { email: blocked.email } })).toBe(0);
  });
});
