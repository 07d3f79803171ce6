import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteMentor, saveJourneyworkers, saveMentor } from "@/lib/onboarding/mentors/actions";
import EditMentorPage from "@/app/(employer)/onboarding/mentor/[mentorId]/page";
import MentorStepPage from "@/app/(employer)/onboarding/mentor/page";
import { createOrganization } from "../support/factories";
import { signInAs } from "../support/sign-in";
import { html } from "../support/render";

const TO_PAGE = expect.objectContaining({ digest: expect.stringContaining(";/onboarding/mentor;") });
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });
const mentor = (overrides: Record<string, string | string[]> = {}) => {
  const values: Record<string, string | string[]> = {
    name: "Chris Ortega",
    title: "Senior BMET",
    email: `chris.${Math.random().toString(36).slice(2, 8)}@hospital.example`,
    phone: "",
    credentials: ["CBET", "CRES"],
    otherCredentials: "CompTIA A+",
    yearsExperience: "12",
    ...overrides,
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  return { form, email: values.email as string };
};
const stepOf = (organizationId: string) =>
  db.onboardingStep.findUnique({ where: { organizationId_step: { organizationId, step: "MENTOR" } } });

describe("step 5: mentors", () => {
  it("appoints a mentor who is emailed, and completes the step once the ratio is met", async () => {
    const { org, owner } = await createOrganization(db);
    await db.organization.update({ where: { id: org.id }, data: { apprenticesWanted: 2 } });
    await signInAs(owner.id);
    const m = mentor();
    await expect(saveMentor(m.form)).rejects.toEqual(TO_PAGE);
    const saved = await db.mentor.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(saved).toMatchObject({
      name: "Chris Ortega",
      credentials: ["CBET", "CRES", "CompTIA A+"],
      yearsExperience: 12,
      phone: null,
    });
    expect(saved.notifiedAt).not.toBeNull();
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: m.email, template: "mentor-appointed" } });
    expect(mail.subject).toContain(org.legalName);

    // Two apprentices hoped for, one journeyworker: the ratio (1:1) is not met.
    await expect(saveJourneyworkers({ journeyworkerCount: "1" })).rejects.toEqual(TO_PAGE);
    expect(await stepOf(org.id)).toMatchObject({ status: "IN_PROGRESS" });
    expect(html(await MentorStepPage())).toContain("Not enough journeyworkers for the apprentices planned");
    await expect(saveJourneyworkers({ journeyworkerCount: "2" })).rejects.toEqual(TO_PAGE);
    expect(await stepOf(org.id)).toMatchObject({ status: "COMPLETE", completedById: owner.id });
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: { startsWith: "mentor." } } })).toBe(3);
  });

  it("emails the new address when a mentor's email changes, and nobody otherwise", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const m = mentor();
    await saveMentor(m.form).catch(() => undefined);
    const saved = await db.mentor.findFirstOrThrow({ where: { organizationId: org.id } });
    await saveMentor(mentor({ mentorId: saved.id, email: m.email, yearsExperience: "13" }).form).catch(() => undefined);
    expect(await db.mailMessage.count({ where: { template: "mentor-appointed", to: m.email } })).toBe(1);
    const changed = mentor({ mentorId: saved.id });
    await saveMentor(changed.form).catch(() => undefined);
    expect(await db.mailMessage.count({ where: { template: "mentor-appointed", to: changed.email } })).toBe(1);
    await expect(deleteMentor({ mentorId: saved.id })).rejects.toEqual(TO_PAGE);
    expect(await db.mentor.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("rejects bad input next to each field and saves nothing", async () => {
    const { org, owner } = await createOrganization(db);
    await signInAs(owner.id);
    const result = await saveMentor(
      mentor({ name: "", email: "chris@", phone: "nope", credentials: ["WIZARD"], yearsExperience: "-1" }).form,
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Enter the mentor's name."],
        email: ["Enter a valid email address, like name@hospital.org."],
        phone: ["Enter a phone number with area code, like 608-555-0100."],
        credentials: ["Choose credentials from the list."],
        yearsExperience: ["The years of experience must be at least 0."],
      },
    });
    expect(await saveJourneyworkers({ journeyworkerCount: "lots" })).toMatchObject({
      ok: false,
      fieldErrors: { journeyworkerCount: ["Enter the number of journeyworkers as a whole number."] },
    });
    expect(await db.mentor.count({ where: { organizationId: org.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { template: "mentor-appointed", organizationId: org.id } })).toBe(0);
  });

  it("answers 'not found' for another organization's mentor, by page and by action", async () => {
    const a = await createOrganization(db);
    const b = await createOrganization(db);
    const theirs = await db.mentor.create({
      data: {
        organizationId: b.org.id,
        name: "Theirs",
        title: "BMET",
        email: "t@b.example",
        credentials: [],
        yearsExperience: 5,
      },
    });
    await signInAs(a.owner.id);
    await expect(EditMentorPage({ params: Promise.resolve({ mentorId: theirs.id }) })).rejects.toEqual(NOT_FOUND);
    expect(await saveMentor(mentor({ mentorId: theirs.id, name: "Mine now" }).form)).toMatchObject({
      ok: false,
      message: expect.stringContaining("could not find"),
    });
    expect(await deleteMentor({ mentorId: theirs.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("could not find"),
    });
    expect(await db.mentor.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs" });
  });

  it("is final once AAMI approved, and says so", async () => {
    const { org, owner } = await createOrganization(db);
    await db.submission.create({
      data: { organizationId: org.id, version: 1, status: "APPROVED", snapshot: {}, submittedById: owner.id },
    });
    await signInAs(owner.id);
    const final = SUBMISSION_MESSAGES.employerReadOnlyStep.APPROVED;
    expect(await saveMentor(mentor().form)).toMatchObject({ ok: false, message: final });
    expect(await saveJourneyworkers({ journeyworkerCount: "3" })).toMatchObject({ ok: false, message: final });
    expect(await db.mentor.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
