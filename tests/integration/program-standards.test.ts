import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enrollmentLimits } from "@/lib/apprentices/enrollment/data";
import { agreementFingerprint, loadAgreementContent } from "@/lib/onboarding/agreement/content";
import { loadOnboardingFacts } from "@/lib/onboarding/facts";
import {
  confirmStandardsImport,
  createStandardsDraft,
  importStandardsSchedule,
  publishStandards,
  saveStandardsDraft,
} from "@/lib/program/standards/actions";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { readStoredFile } from "@/lib/storage";
import StaffStandardsPage from "@/app/(staff)/staff/standards/page";
import { publishBothDocuments } from "../support/documents";
import { createOrganization, createUser } from "../support/factories";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { asUser, signInAs } from "../support/sign-in";
import { readyToSubmit } from "../support/submission";

// /staff/standards on Postgres: a staff administrator drafts version 2 from version 1 (the migration's), imports a
// schedule through its preview, and publishes it; the readers (credit, agreements) follow the published version.

const TO_PAGE = expect.objectContaining({ digest: expect.stringContaining(";/staff/standards") });
const NOT_FOUND = expect.objectContaining({ digest: expect.stringContaining("404") });
const EXAMPLE = readFileSync("public/standards/work-process-schedule-example.csv", "utf8");
/** The example schedule with one skill set renamed, so the import is visible in what is published. */
const REGISTERED_SCHEDULE = EXAMPLE.replace(
  "ELECTRONICS,Electronics fundamentals and test equipment,500",
  "ELECTRONICS,Electronics and test equipment (registered),500",
);

const page = (params: Record<string, string> = {}) => StaffStandardsPage({ searchParams: Promise.resolve(params) });
const draftRow = () => db.standardsVersion.findFirstOrThrow({ where: { status: "DRAFT" } });
const ref = async () => {
  const d = await draftRow();
  return { standardsId: d.id, rowVersion: String(d.rowVersion) };
};
const file = (text: string, name = "schedule.csv") => new File([text], name, { type: "text/csv" });
async function importFile(f: File) {
  const form = formData(await ref());
  form.set("file", f);
  return importStandardsSchedule(form);
}
const draftFields = (changes: Record<string, string> = {}) => ({
  registrationNumber: "TEST-0001",
  registeredOn: "2021-06-15",
  termOjlHours: "4000",
  termMonths: "24",
  probationMonths: "6",
  ratioApprentices: "1",
  ratioJourneyworkers: "1",
  riHoursPerYear: "144",
  maxCreditHours: "3000",
  ...changes,
});
const publishForm = async () => formData({ ...(await ref()), confirm: "yes" });

let admin: { id: string };
let otherAdmin: { id: string };
let reviewer: { id: string };
beforeAll(async () => {
  await publishBothDocuments(db);
  admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  otherAdmin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
});

describe("every database has current standards from its migrations", () => {
  it("is version 1, published: Orientation and Safety with its fifteen skills, nine SAMPLE sets, 4,000 hours", async () => {
    const v1 = await getCurrentStandards();
    expect(v1).toMatchObject({ version: 1, status: "PUBLISHED", termOjlHours: 4000, termMonths: 24 });
    expect(v1).toMatchObject({
      probationMonths: 6,
      riHoursPerYear: 144,
      maxCreditHours: 3800,
      registrationNumber: null,
    });
    expect(v1.skillSets[0]).toMatchObject({
      key: "SAFETY",
      title: "Orientation and Safety",
      hours: 200,
      isSample: false,
    });
    expect(v1.skillSets[0]!.skills.map((s) => s.title)).toContain("Reverse-isolation (negative pressure) gowning");
    expect(v1.skillSets.filter((s) => s.isSample)).toHaveLength(9);
    expect(v1.skillSets.reduce((sum, s) => sum + s.hours, 0)).toBe(4000);
  });
});

describe("/staff/standards: who may use it", () => {
  it("shows reviewers the current version, SAMPLE marks included, without the forms", async () => {
    await signInAs(reviewer.id);
    const shown = html(await page());
    for (const expected of [
      "Current standards: version 1",
      "Orientation and Safety",
      "SAMPLE",
      "To be entered by AAMI",
    ]) {
      expect(shown).toContain(expected);
    }
    expect(shown).not.toContain("Start version 2");
  });

  it("is not found for employers, and every action is refused to employers and reviewers, changing nothing", async () => {
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    await expect(page()).rejects.toEqual(NOT_FOUND);
    // A draft exists for the edit actions to aim at, made by an administrator.
    await asUser(admin.id, () => createStandardsDraft(formData({ basedOn: "1" }))).catch(() => undefined);
    const draft = await draftRow();
    const before = { versions: await db.standardsVersion.count(), audit: await db.auditEvent.count() };
    for (const [userId, message] of [
      [reviewer.id, "This needs an AAMI staff administrator."],
      [owner.id, expect.stringContaining("could not find")],
    ] as const) {
      await signInAs(userId);
      const refused = { ok: false, message };
      expect(await createStandardsDraft(formData({ basedOn: "1" }))).toMatchObject(refused);
      expect(await saveStandardsDraft(formData({ ...(await ref()), ...draftFields() }))).toMatchObject(refused);
      expect(await importFile(file(EXAMPLE))).toMatchObject(refused);
      expect(await confirmStandardsImport(formData({ ...(await ref()), decision: "replace" }))).toMatchObject(refused);
      expect(await publishStandards(await publishForm())).toMatchObject(refused);
    }
    expect(await db.standardsVersion.count()).toBe(before.versions);
    expect(await db.auditEvent.count()).toBe(before.audit);
    expect(await db.standardsVersion.findUniqueOrThrow({ where: { id: draft.id } })).toEqual(draft);
  });
});

describe("a staff administrator drafts, imports and publishes version 2", () => {
  it("has one draft at a time, copied from the current version", async () => {
    await signInAs(admin.id);
    const draft = await draftRow();
    expect(draft).toMatchObject({ version: 2, termOjlHours: 4000, createdById: admin.id });
    expect(await db.standardsSkillSet.count({ where: { standardsVersionId: draft.id, isSample: true } })).toBe(9);
    expect(await createStandardsDraft(formData({ basedOn: "1" }))).toMatchObject({
      ok: false,
      message: "Version 2 is already being drafted: edit it below.",
    });
  });

  it("saves the draft's numbers, refusing a probation longer than the rule allows next to the field", async () => {
    await signInAs(admin.id);
    expect(
      await saveStandardsDraft(formData({ ...(await ref()), ...draftFields({ probationMonths: "7" }) })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { probationMonths: [expect.stringContaining("at most 6 months")] },
    });
    const stale = { standardsId: (await draftRow()).id, rowVersion: "99" };
    expect(await saveStandardsDraft(formData({ ...stale, ...draftFields() }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("changed since you opened the page"),
    });
    await expect(saveStandardsDraft(formData({ ...(await ref()), ...draftFields() }))).rejects.toEqual(TO_PAGE);
    expect(await draftRow()).toMatchObject({ registrationNumber: "TEST-0001", maxCreditHours: 3000, rowVersion: 1 });
  });

  it("refuses a schedule with errors, each naming its line, and keeps the draft's schedule", async () => {
    await signInAs(admin.id);
    const broken = EXAMPLE.replace("SAFETY,,,1.02,", "SAFETY,,,1.01,").replace(
      "REPAIR,Troubleshooting and corrective maintenance,600",
      "REPAIR,Troubleshooting and corrective maintenance,500",
    );
    const result = await importFile(file(broken));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Line 3: The skill 1.01 appears twice: also on line 2."] },
    });
    expect(await draftRow()).toMatchObject({ pendingImport: null });
    const hoursOff = await importFile(
      file(
        EXAMPLE.replace(
          "REPAIR,Troubleshooting and corrective maintenance,600",
          "REPAIR,Troubleshooting and corrective maintenance,500",
        ),
      ),
    );
    expect(hoursOff).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringMatching(/^The file: The skill sets' hours add up to 3,900 hours/)] },
    });
    expect(await importFile(file(EXAMPLE, "schedule.xlsx"))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Choose a .csv or .json file."] },
    });
  });

  it("shows a valid schedule as a preview, and replaces the draft's only when confirmed", async () => {
    await signInAs(admin.id);
    await expect(importFile(file(REGISTERED_SCHEDULE, "aami-schedule.csv"))).rejects.toEqual(TO_PAGE);
    const draft = await draftRow();
    expect(draft.pendingImport).toMatchObject({ filename: "aami-schedule.csv" });
    const shown = html(await page());
    expect(shown).toContain("Preview: aami-schedule.csv");
    expect(shown).toContain("Electronics and test equipment (registered)");
    // Nothing replaced yet.
    expect(await db.standardsSkillSet.count({ where: { standardsVersionId: draft.id, isSample: true } })).toBe(9);
    expect(
      await confirmStandardsImport(formData({ standardsId: draft.id, rowVersion: "0", decision: "replace" })),
    ).toMatchObject({ ok: false, message: expect.stringContaining("changed since you opened the page") });
    await expect(confirmStandardsImport(formData({ ...(await ref()), decision: "replace" }))).rejects.toEqual(TO_PAGE);
    const sets = await db.standardsSkillSet.findMany({
      where: { standardsVersionId: draft.id },
      orderBy: { ordinal: "asc" },
    });
    expect(sets.map((s) => [s.key, s.isSample])).toEqual(sets.map((s) => [s.key, false]));
    expect(sets[3]!.title).toBe("Electronics and test equipment (registered)");
    expect(await draftRow()).toMatchObject({ pendingImport: null });
    expect(await db.auditEvent.findFirst({ where: { kind: "standards.schedule_imported" } })).toMatchObject({
      actorId: admin.id,
      payload: expect.objectContaining({ version: 2, filename: "aami-schedule.csv", skillSets: 10, hours: 4000 }),
    });
  });

  it("publishes once when two administrators publish at the same moment; the other is told", async () => {
    const form = await publishForm();
    const results = await Promise.all(
      [admin.id, otherAdmin.id].map((id) =>
        asUser(id, () => publishStandards(form)).then(
          (value) => ({ value }),
          (thrown: unknown) => ({ thrown }),
        ),
      ),
    );
    expect(results.filter((r) => "thrown" in r)).toEqual([{ thrown: TO_PAGE }]);
    expect(results.filter((r) => "value" in r)).toEqual([
      { value: expect.objectContaining({ ok: false, message: expect.stringContaining("already published") }) },
    ]);
    expect(await db.auditEvent.count({ where: { kind: "standards.published" } })).toBe(1);
    const current = await getCurrentStandards();
    expect(current).toMatchObject({ version: 2, registrationNumber: "TEST-0001", maxCreditHours: 3000 });
  });

  it("never changes a published version: the actions refuse, and so does the database", async () => {
    await signInAs(admin.id);
    const v2 = await db.standardsVersion.findFirstOrThrow({ where: { version: 2 } });
    expect(
      await saveStandardsDraft(formData({ standardsId: v2.id, rowVersion: String(v2.rowVersion), ...draftFields() })),
    ).toMatchObject({
      ok: false,
      message: "This version is published and can no longer change. Start a new draft.",
    });
    await expect(db.standardsVersion.update({ where: { id: v2.id }, data: { termMonths: 30 } })).rejects.toThrow(
      /published/,
    );
    await expect(db.standardsSkill.deleteMany({ where: { standardsVersionId: v2.id } })).rejects.toThrow(/published/);
    await expect(db.standardsVersion.delete({ where: { id: v2.id } })).rejects.toThrow(/published/);
  });
});

describe("readers follow the published version", () => {
  it("credit limits, agreements signed now, and agreements signed before stay signed", async () => {
    const { org } = await readyToSubmit();
    const v2 = await getCurrentStandards();
    expect((await enrollmentLimits(org.id)).standards).toMatchObject({ maxCreditHours: 3000, termOjlHours: 4000 });
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(agreement.standardsVersionId).toBe(v2.id);
    const text = pdfText((await readStoredFile(db, agreement.signedFileId)).bytes);
    expect(text).toContain("Standards Version 2");
    expect(text).toContain("incorporated as amended");
    expect(text).toContain("Program registration TEST-0001, registered 2021-06-15");
    await expect(
      db.employerAgreement.update({
        where: { id: agreement.id },
        data: { standardsVersionId: "standardsversion000001" },
      }),
    ).rejects.toThrow(/cannot move to another version/);

    // Version 3: publishing it needs the registration; the agreement signed under version 2 stays signed.
    await signInAs(admin.id);
    await expect(createStandardsDraft(formData({ basedOn: "2" }))).rejects.toEqual(TO_PAGE);
    await expect(
      saveStandardsDraft(
        formData({ ...(await ref()), ...draftFields({ registrationNumber: "", riHoursPerYear: "160" }) }),
      ),
    ).rejects.toEqual(TO_PAGE);
    expect(await publishStandards(await publishForm())).toMatchObject({
      ok: false,
      message: expect.stringContaining("Enter AAMI's program registration number."),
    });
    await expect(
      saveStandardsDraft(formData({ ...(await ref()), ...draftFields({ riHoursPerYear: "160" }) })),
    ).rejects.toEqual(TO_PAGE);
    await expect(publishStandards(await publishForm())).rejects.toEqual(TO_PAGE);
    expect((await getCurrentStandards()).version).toBe(3);
    expect(await db.employerAgreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({
      status: "SIGNED",
    });
    expect(agreementFingerprint(await loadAgreementContent(org.id))).toBe(agreement.contentFingerprint);
    expect((await loadOnboardingFacts(db, org.id)).hasValidSignedAgreement).toBe(true);
  });
});
