import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as downloadEvidence } from "@/app/api/training/evidence/[signOffId]/route";
import { requireUser } from "@/lib/authz";
import { requireTrainingAccess } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { formatLongDate } from "@/lib/dates";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { sha256Hex } from "@/lib/storage/hash";
import { loadTrainingRecord } from "@/lib/training/hours/data";
import { requestTrainingSignOff, signOffTrainingSkill, undoTrainingSignOff } from "@/lib/training/skills/actions";
import { loadSkillPage, openSignOffRequests, skillStatuses } from "@/lib/training/skills/data";
import { addDays, isoDay } from "@/lib/training/weeks";
import { addMember, createUser } from "../support/factories";
import { formData } from "../support/form";
import { drawImage, upload } from "../support/images";
import { asUser } from "../support/sign-in";
import { inTraining, NOT_FOUND, outcome, outsidersOf, pdfBytes, redirectTo, weeksAgo } from "../support/training";

// Training to completion, skill sign-offs (issue 17): the mentor signs off a skill of the published schedule (the
// day it was shown, a note, a PDF or a photo as evidence), may undo it within 7 days, and the apprentice asks for
// sign-offs. Real actions against Postgres, signed in through Auth.js; the evidence route is called as Next would.
// Every apprentice here started four weeks ago (tests/support/training.ts).

const APP_ORIGIN = "http://localhost:3000"; // APP_URL in tests/support/integration-setup.ts
const FIX_FIELDS = "Please correct the highlighted fields.";
const ONLY_THE_MENTOR = "Only the apprentice's mentor can sign off their skills or undo a sign-off.";
const ALREADY_SIGNED = "This skill is already signed off. Reload the page to see by whom.";

const skillPage = (apprenticeId: string, code: string, done: "signed" | "undone" | "requested") =>
  redirectTo(`/training/${apprenticeId}/skills/${code}?done=${done}`);

let staff: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
});

/** What the sign-off form posts when no file is chosen: an empty file without a name. */
const NO_FILE = () => new File([], "", { type: "application/octet-stream" });

/** The sign-off form as the skill's page posts it: skill 1.01, shown last week, unless said otherwise. */
function signOffForm(apprenticeId: string, fields: Record<string, string> = {}, evidence: File = NO_FILE()) {
  const form = formData({
    apprenticeId,
    skillCode: "1.01",
    demonstratedOn: isoDay(weeksAgo(1)),
    note: "",
    ...fields,
  });
  form.set("evidence", evidence);
  return form;
}
/** Signs off as this user and expects it done; returns the standing sign-off. */
async function signedOff(userId: string, apprenticeId: string, fields: Record<string, string> = {}, evidence?: File) {
  const code = fields.skillCode ?? "1.01";
  await expect(asUser(userId, () => signOffTrainingSkill(signOffForm(apprenticeId, fields, evidence)))).rejects.toEqual(
    skillPage(apprenticeId, code, "signed"),
  );
  return db.skillSignOff.findFirstOrThrow({ where: { apprenticeId, skillCode: code, undoneAt: null } });
}
const undo = (apprenticeId: string, signOffId: string, reason = "Signed off the wrong skill.") =>
  undoTrainingSignOff(formData({ apprenticeId, signOffId, reason }));
const request = (apprenticeId: string, skillCode = "1.01", note = "") =>
  requestTrainingSignOff(formData({ apprenticeId, skillCode, note }));

/** The evidence route as a browser posts it from the skill's page (same origin unless said otherwise). */
const postEvidence = (signOffId: string, origin: string | null = APP_ORIGIN) =>
  downloadEvidence(
    new Request(`${APP_ORIGIN}/api/training/evidence/${signOffId}`, {
      method: "POST",
      headers: origin === null ? {} : { origin },
    }),
    { params: Promise.resolve({ signOffId }) },
  );

/** What a refused write must leave as it was. */
async function writesOf(apprenticeId: string) {
  const { organizationId } = await db.apprentice.findUniqueOrThrow({ where: { id: apprenticeId } });
  return {
    signOffs: await db.skillSignOff.findMany({ where: { apprenticeId }, orderBy: { id: "asc" } }),
    requests: await db.skillSignOffRequest.findMany({ where: { apprenticeId }, orderBy: { id: "asc" } }),
    files: await db.storedFile.count({ where: { organizationId } }),
    events: await db.auditEvent.count({ where: { organizationId, kind: { startsWith: "training." } } }),
    mail: await db.mailMessage.count({ where: { organizationId } }),
  };
}
const audits = (kind: string, subjectId: string) =>
  db.auditEvent.findMany({ where: { kind, subjectId }, orderBy: { createdAt: "asc" } });
const mailTo = (to: string, template: string) => db.mailMessage.findMany({ where: { to, template } });

describe("signing off a skill", () => {
  it("records the day, the note and a PDF as evidence, resolves the apprentice's request, audits and emails", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    await expect(asUser(t.apprenticeUser, () => request(id, "1.01", "Done on Tuesday"))).rejects.toEqual(
      skillPage(id, "1.01", "requested"),
    );
    const pdf = await pdfBytes();
    const demonstratedOn = isoDay(weeksAgo(1));
    const signOff = await signedOff(
      t.mentorUser,
      id,
      { demonstratedOn, note: "Walked the department's safety rounds." },
      upload(pdf, "checklist.pdf", "application/pdf"),
    );

    expect(signOff).toMatchObject({
      organizationId: t.org.id,
      skillCode: "1.01",
      skillSetKey: "SAFETY",
      demonstratedOn: new Date(`${demonstratedOn}T00:00:00.000Z`),
      note: "Walked the department's safety rounds.",
      signedById: t.mentorUser,
      undoneAt: null,
    });
    // A PDF is kept exactly as uploaded.
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: signOff.evidenceFileId! } });
    expect(file).toMatchObject({ organizationId: t.org.id, contentType: "application/pdf", sha256: sha256Hex(pdf) });
    expect(Buffer.from(file.data!).equals(Buffer.from(pdf))).toBe(true);

    expect(await audits("training.skill_signed_off", signOff.id)).toEqual([
      expect.objectContaining({
        organizationId: t.org.id,
        actorId: t.mentorUser,
        payload: { apprenticeId: id, skillCode: "1.01", demonstratedOn, evidenceSha256: sha256Hex(pdf) },
      }),
    ]);
    expect(await mailTo(t.apprentice.email!, "training-skill-signed-off")).toEqual([
      expect.objectContaining({ organizationId: t.org.id, subject: expect.stringContaining("1.01") }),
    ]);
    // The request is answered: none open, and the skill stands signed off.
    expect(await db.skillSignOffRequest.findMany({ where: { apprenticeId: id } })).toEqual([
      expect.objectContaining({ skillCode: "1.01", resolvedAt: expect.any(Date) }),
    ]);
    const statuses = await skillStatuses(id);
    expect([...statuses.signedOff.keys()]).toEqual(["1.01"]);
    expect(statuses.requested.size).toBe(0);
  });

  it("keeps a photo only as a fresh PNG, without what the uploaded file carried", async () => {
    const t = await inTraining();
    const photo = await drawImage("png", 64, 48, "hidden-exif-note");
    const signOff = await signedOff(t.mentorUser, t.apprentice.id, {}, upload(photo, "photo.png", "image/png"));
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: signOff.evidenceFileId! } });
    const stored = Buffer.from(file.data!);
    expect(file.contentType).toBe("image/png");
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ format: "png", width: 64, height: 48 });
    expect(metadata.exif).toBeUndefined();
    expect(stored.equals(Buffer.from(photo))).toBe(false);
    expect(stored.includes("hidden-exif-note")).toBe(false);
    expect((await audits("training.skill_signed_off", signOff.id))[0]!.payload).toMatchObject({
      evidenceSha256: sha256Hex(stored),
    });

    // A JPEG photo is drawn again as a PNG too.
    const jpeg = await drawImage("jpeg", 30, 20);
    const second = await signedOff(t.mentorUser, t.apprentice.id, { skillCode: "1.02" }, upload(jpeg, "p.jpg"));
    const again = await db.storedFile.findUniqueOrThrow({ where: { id: second.evidenceFileId! } });
    expect(again.contentType).toBe("image/png");
    expect(await sharp(Buffer.from(again.data!)).metadata()).toMatchObject({ format: "png", width: 30, height: 20 });
  });

  it("signs off without evidence or note", async () => {
    const t = await inTraining();
    expect(await signedOff(t.mentorUser, t.apprentice.id)).toMatchObject({ evidenceFileId: null, note: null });
  });

  it("refuses each impossible sign-off next to its field, and writes nothing", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const before = await writesOf(id);
    const refusals: Array<[string, ReturnType<typeof signOffForm>, Record<string, string[]>]> = [
      [
        "a day to come",
        signOffForm(id, { demonstratedOn: isoDay(addDays(new Date(), 1)) }),
        { demonstratedOn: ["That day has not come yet."] },
      ],
      [
        "a day before the start date",
        signOffForm(id, { demonstratedOn: isoDay(addDays(t.apprentice.startDate, -1)) }),
        {
          demonstratedOn: [
            `That is before ${t.apprentice.firstName}'s start date, ${formatLongDate(t.apprentice.startDate)}.`,
          ],
        },
      ],
      [
        "text named .pdf",
        signOffForm(id, {}, upload("just some notes, not a PDF", "evidence.pdf", "application/pdf")),
        { evidence: ["Attach a PDF or a photo (PNG, JPEG or WebP)."] },
      ],
      [
        "a PDF that does not open",
        signOffForm(id, {}, upload("%PDF-1.7 and then nothing", "evidence.pdf", "application/pdf")),
        { evidence: ["That PDF could not be opened. Attach another copy."] },
      ],
      [
        "a PNG header on something else",
        signOffForm(id, {}, upload(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), "x.png")),
        { evidence: ["That photo could not be read. Take it again, or attach a PDF."] },
      ],
      [
        "a day that does not exist",
        signOffForm(id, { demonstratedOn: "2026-02-30" }),
        { demonstratedOn: ["Enter the day as a date, like 2027-03-15."] },
      ],
      [
        "a day written another way",
        signOffForm(id, { demonstratedOn: "11/30/2026" }),
        { demonstratedOn: ["Enter the day as a date, like 2027-03-15."] },
      ],
      [
        "no day",
        signOffForm(id, { demonstratedOn: "" }),
        { demonstratedOn: ["Enter the day the apprentice showed the skill."] },
      ],
    ];
    for (const [what, form, fieldErrors] of refusals) {
      const result = await asUser(t.mentorUser, () => signOffTrainingSkill(form));
      expect(result, what).toMatchObject({ ok: false, fieldErrors });
      if (!("evidence" in fieldErrors)) expect(result, what).toMatchObject({ message: FIX_FIELDS });
    }
    // A skill the published schedule does not have.
    expect(await asUser(t.mentorUser, () => signOffTrainingSkill(signOffForm(id, { skillCode: "9.99" })))).toEqual({
      ok: false,
      message: "The program's schedule has no such skill. Reload the page.",
      fieldErrors: {},
      values: expect.anything(),
    });
    expect(await writesOf(id)).toEqual(before);
  });

  it("stands once: a second sign-off is refused, one after the other or at the same moment", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const first = await signedOff(t.mentorUser, id);
    const before = await writesOf(id);
    expect(await asUser(t.mentorUser, () => signOffTrainingSkill(signOffForm(id)))).toMatchObject({
      ok: false,
      message: ALREADY_SIGNED,
    });
    expect(await writesOf(id)).toEqual(before);
    expect(first.id).toBe(before.signOffs[0]!.id);

    // Two tabs at once, each with its evidence: one stands, the other is refused and leaves no file behind.
    const [a, b] = [await pdfBytes(), await pdfBytes()];
    const outcomes = await Promise.all(
      [a, b].map((bytes) =>
        asUser(t.mentorUser, () =>
          outcome(signOffTrainingSkill(signOffForm(id, { skillCode: "1.02" }, upload(bytes, "c.pdf")))),
        ),
      ),
    );
    expect(outcomes).toEqual(
      expect.arrayContaining([
        `/training/${id}/skills/1.02?done=signed`,
        { ok: false, message: ALREADY_SIGNED, fieldErrors: {}, values: expect.anything() },
      ]),
    );
    const standing = await db.skillSignOff.findMany({ where: { apprenticeId: id, skillCode: "1.02" } });
    expect(standing).toHaveLength(1);
    expect(await db.storedFile.count({ where: { organizationId: t.org.id } })).toBe(before.files + 1);
    expect(await audits("training.skill_signed_off", standing[0]!.id)).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { kind: "training.skill_signed_off", organizationId: t.org.id } })).toBe(
      2,
    );
    expect(await mailTo(t.apprentice.email!, "training-skill-signed-off")).toHaveLength(2);
  });

  it("is done and undone only by the mentor", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const member = await addMember(db, t.org.id, "MEMBER");
    const admin = await addMember(db, t.org.id, "ADMIN");
    const signOff = await signedOff(t.mentorUser, id, { skillCode: "1.02" });
    const before = await writesOf(id);
    const forbidden = { ok: false, message: ONLY_THE_MENTOR, fieldErrors: {} };
    for (const [who, userId] of Object.entries({
      "the apprentice": t.apprenticeUser,
      "the owner": t.owner.id,
      "an admin": admin.user.id,
      "a member": member.user.id,
    })) {
      await asUser(userId, async () => {
        expect(await signOffTrainingSkill(signOffForm(id)), who).toMatchObject(forbidden);
        expect(await undo(id, signOff.id), who).toMatchObject(forbidden);
      });
    }
    expect(await writesOf(id)).toEqual(before);
  });
});

describe("asking for a sign-off", () => {
  it("is the apprentice's, emails the mentor, and is refused twice or for a skill signed off", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    await expect(asUser(t.apprenticeUser, () => request(id, "1.03", "Ready when you are."))).rejects.toEqual(
      skillPage(id, "1.03", "requested"),
    );
    const open = await db.skillSignOffRequest.findFirstOrThrow({ where: { apprenticeId: id } });
    expect(open).toMatchObject({
      organizationId: t.org.id,
      skillCode: "1.03",
      skillSetKey: "SAFETY",
      note: "Ready when you are.",
      requestedById: t.apprenticeUser,
      resolvedAt: null,
    });
    expect(await audits("training.sign_off_requested", open.id)).toEqual([
      expect.objectContaining({ actorId: t.apprenticeUser, payload: { apprenticeId: id, skillCode: "1.03" } }),
    ]);
    expect(await mailTo(t.mentor.email, "training-sign-off-requested")).toEqual([
      expect.objectContaining({ organizationId: t.org.id, text: expect.stringContaining("Ready when you are.") }),
    ]);
    expect((await skillStatuses(id)).requested).toEqual(new Set(["1.03"]));

    let before = await writesOf(id);
    expect(await asUser(t.apprenticeUser, () => request(id, "1.03"))).toMatchObject({
      ok: false,
      message: "You already asked for this sign-off; your mentor has it.",
    });
    expect(await writesOf(id)).toEqual(before);

    await signedOff(t.mentorUser, id, { skillCode: "1.04" });
    before = await writesOf(id);
    expect(await asUser(t.apprenticeUser, () => request(id, "1.04"))).toMatchObject({
      ok: false,
      message: "This skill is already signed off.",
    });
    expect(await asUser(t.apprenticeUser, () => request(id, "9.99"))).toMatchObject({
      ok: false,
      message: "The program's schedule has no such skill. Reload the page.",
    });
    // The mentor and the organization do not ask on the apprentice's behalf.
    for (const userId of [t.mentorUser, t.owner.id]) {
      expect(await asUser(userId, () => request(id, "1.05"))).toMatchObject({
        ok: false,
        message: "Only the apprentice asks for a sign-off of their skills.",
      });
    }
    expect(await writesOf(id)).toEqual(before);
  });

  it("reaches only the apprentice's own mentor's list of open requests", async () => {
    const t = await inTraining();
    const sameOrg = await inTraining({ org: { org: t.org, owner: t.owner } });
    const otherOrg = await inTraining();
    for (const x of [t, sameOrg, otherOrg]) {
      await expect(asUser(x.apprenticeUser, () => request(x.apprentice.id, "1.05"))).rejects.toEqual(
        skillPage(x.apprentice.id, "1.05", "requested"),
      );
    }
    await expect(asUser(t.apprenticeUser, () => request(t.apprentice.id, "1.06"))).rejects.toEqual(
      skillPage(t.apprentice.id, "1.06", "requested"),
    );
    const listOf = async (userId: string) =>
      (await openSignOffRequests(await asUser(userId, () => requireUser()))).map((r) => [
        r.apprentice.id,
        r.skillCode,
        r.skill?.code,
      ]);
    expect(await listOf(t.mentorUser)).toEqual([
      [t.apprentice.id, "1.05", "1.05"],
      [t.apprentice.id, "1.06", "1.06"],
    ]);
    expect(await listOf(sameOrg.mentorUser)).toEqual([[sameOrg.apprentice.id, "1.05", "1.05"]]);
    expect(await listOf(otherOrg.mentorUser)).toEqual([[otherOrg.apprentice.id, "1.05", "1.05"]]);
    for (const userId of [t.owner.id, t.apprenticeUser, staff.id]) expect(await listOf(userId)).toEqual([]);

    // Signing the skill off answers the request.
    await signedOff(t.mentorUser, t.apprentice.id, { skillCode: "1.05" });
    expect(await listOf(t.mentorUser)).toEqual([[t.apprentice.id, "1.06", "1.06"]]);
  });
});

describe("undoing a sign-off", () => {
  it("works within 7 days, keeps the undo on the record, and lets the skill be signed off again", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const first = await signedOff(t.mentorUser, id, { note: "First look." });
    await expect(asUser(t.mentorUser, () => undo(id, first.id, "It was 1.02 I watched."))).rejects.toEqual(
      skillPage(id, "1.01", "undone"),
    );
    expect(await db.skillSignOff.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      note: "First look.",
      signedById: t.mentorUser,
      undoneAt: expect.any(Date),
      undoneById: t.mentorUser,
      undoReason: "It was 1.02 I watched.",
    });
    expect(await audits("training.skill_sign_off_undone", first.id)).toEqual([
      expect.objectContaining({
        actorId: t.mentorUser,
        payload: { apprenticeId: id, skillCode: "1.01", reason: "It was 1.02 I watched." },
      }),
    ]);
    expect((await skillStatuses(id)).signedOff.size).toBe(0);
    const access = await asUser(t.apprenticeUser, () => requireTrainingAccess(id));
    expect(await loadSkillPage(access, "1.01")).toMatchObject({
      standing: null,
      history: [expect.objectContaining({ id: first.id, undoableUntil: null, undoneBy: expect.any(String) })],
    });

    // Undone twice: refused by the action, and by the database.
    expect(await asUser(t.mentorUser, () => undo(id, first.id))).toMatchObject({
      ok: false,
      message: "This sign-off was already undone. Reload the page.",
    });
    await expect(
      db.skillSignOff.update({ where: { id: first.id }, data: { undoneAt: new Date(), undoReason: "Again." } }),
    ).rejects.toThrow(/cannot change/);

    // Signed off again: a new row beside the undone one.
    const second = await signedOff(t.mentorUser, id, { note: "Watched it properly." });
    expect(second.id).not.toBe(first.id);
    expect(await db.skillSignOff.count({ where: { apprenticeId: id } })).toBe(2);
    expect([...(await skillStatuses(id)).signedOff.keys()]).toEqual(["1.01"]);
    expect(await loadSkillPage(access, "1.01")).toMatchObject({
      standing: expect.objectContaining({ id: second.id, undoableUntil: expect.any(Date) }),
      history: [expect.objectContaining({ id: second.id }), expect.objectContaining({ id: first.id })],
    });
  });

  it("is refused after 7 days, and the database itself allows no other change to a sign-off", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    // Sign-offs made 8 and 6 days ago, inserted as they stand (the trigger lets no update move createdAt).
    const madeDaysAgo = (days: number, skillCode: string) =>
      db.skillSignOff.create({
        data: {
          organizationId: t.org.id,
          apprenticeId: id,
          skillCode,
          skillSetKey: "SAFETY",
          demonstratedOn: weeksAgo(2),
          signedById: t.mentorUser,
          createdAt: new Date(Date.now() - days * 86_400_000),
        },
      });
    const old = await madeDaysAgo(8, "1.01");
    const recent = await madeDaysAgo(6, "1.02");
    const before = await writesOf(id);
    expect(await asUser(t.mentorUser, () => undo(id, old.id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("can be undone for 7 days after it is made"),
    });
    expect(await writesOf(id)).toEqual(before);
    await expect(
      db.skillSignOff.update({ where: { id: old.id }, data: { undoneAt: new Date(), undoReason: "Late." } }),
    ).rejects.toThrow(/cannot change/);
    // Nothing but an undo: not the note, not the day, and not with a change slipped in beside the undo.
    for (const data of [
      { note: "Edited afterwards." },
      { demonstratedOn: weeksAgo(1) },
      { undoneAt: new Date(), undoReason: "Fine.", note: "Edited too." },
    ]) {
      await expect(db.skillSignOff.update({ where: { id: recent.id }, data }), JSON.stringify(data)).rejects.toThrow(
        /cannot change/,
      );
    }
    // Nor is a sign-off deleted, undone or not.
    for (const signOff of [old, recent]) {
      await expect(db.skillSignOff.delete({ where: { id: signOff.id } })).rejects.toThrow(/never deleted/);
    }
    expect(await writesOf(id)).toEqual(before);
    // On day 6 the undo still stands.
    await expect(asUser(t.mentorUser, () => undo(id, recent.id))).rejects.toEqual(skillPage(id, "1.02", "undone"));
  });
});

describe("who reaches sign-offs and their evidence", () => {
  it("answers 'not found' to everyone but the apprentice, their mentor and their organization", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const { sameOrg, users: outsiders } = await outsidersOf(t, { staff: true });
    await expect(asUser(t.apprenticeUser, () => request(id, "1.02"))).rejects.toEqual(
      skillPage(id, "1.02", "requested"),
    );
    const pdf = await pdfBytes();
    const signOff = await signedOff(t.mentorUser, id, {}, upload(pdf, "checklist.pdf"));
    const before = await writesOf(id);

    for (const [who, userId] of Object.entries(outsiders)) {
      await asUser(userId, async () => {
        expect(await signOffTrainingSkill(signOffForm(id, { skillCode: "1.02" })), who).toMatchObject(NOT_FOUND);
        expect(await undo(id, signOff.id), who).toMatchObject(NOT_FOUND);
        expect(await request(id, "1.03"), who).toMatchObject(NOT_FOUND);
        const response = await postEvidence(signOff.id);
        expect(response.status, who).toBe(404);
        expect(await response.text(), who).toBe("Not found.");
      });
    }
    // Another mentor undoing this sign-off through their own mentee's record reaches nothing either.
    expect(await asUser(sameOrg.mentorUser, () => undo(sameOrg.apprentice.id, signOff.id))).toMatchObject(NOT_FOUND);
    expect(await asUser(t.apprenticeUser, () => postEvidence("not-an-id"))).toMatchObject({ status: 404 });
    expect(await writesOf(id)).toEqual(before);
  });

  it("serves the evidence by POST from the portal's own pages, and records each download", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const member = await addMember(db, t.org.id, "MEMBER");
    const pdf = await pdfBytes();
    const signOff = await signedOff(t.mentorUser, id, {}, upload(pdf, "checklist.pdf"));
    const without = await signedOff(t.mentorUser, id, { skillCode: "1.02" });

    for (const userId of [t.apprenticeUser, t.mentorUser, t.owner.id, member.user.id]) {
      const response = await asUser(userId, () => postEvidence(signOff.id));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="evidence-1.01.pdf"');
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    }
    expect((await audits("training.evidence_downloaded", signOff.id)).map((e) => [e.actorId, e.payload])).toEqual(
      [t.apprenticeUser, t.mentorUser, t.owner.id, member.user.id].map((actorId) => [
        actorId,
        { apprenticeId: id, skillCode: "1.01", sha256: sha256Hex(pdf) },
      ]),
    );

    // Another site's page, or no Origin at all: refused before anything is read or recorded.
    const events = await db.auditEvent.count({ where: { organizationId: t.org.id } });
    for (const origin of ["https://attacker.example", "http://localhost:3001", null]) {
      const response = await asUser(t.apprenticeUser, () => postEvidence(signOff.id, origin));
      expect(response.status, String(origin)).toBe(403);
    }
    // A sign-off without evidence has nothing to download.
    expect((await asUser(t.apprenticeUser, () => postEvidence(without.id))).status).toBe(404);
    expect(await db.auditEvent.count({ where: { organizationId: t.org.id } })).toBe(events);

    // A photo comes back as the PNG that was stored.
    const photo = await signedOff(t.mentorUser, id, { skillCode: "1.03" }, upload(await drawImage("webp", 20, 10)));
    const response = await asUser(t.apprenticeUser, () => postEvidence(photo.id));
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="evidence-1.03.png"');
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ format: "png" });
  });
});

describe("progress on the training record", () => {
  it("counts the skills signed off per skill set, and an undone one not", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const standards = await getCurrentStandards();
    const electronics = standards.skillSets.find((s) => s.key === "ELECTRONICS")!.skills[0]!.code;
    await signedOff(t.mentorUser, id, { skillCode: "1.01" });
    const undone = await signedOff(t.mentorUser, id, { skillCode: "1.02" });
    await signedOff(t.mentorUser, id, { skillCode: "1.03" });
    await signedOff(t.mentorUser, id, { skillCode: electronics });
    await expect(asUser(t.mentorUser, () => undo(id, undone.id))).rejects.toEqual(skillPage(id, "1.02", "undone"));
    // Another apprentice's sign-offs count only for them.
    const other = await inTraining({ org: { org: t.org, owner: t.owner } });
    await signedOff(other.mentorUser, other.apprentice.id, { skillCode: "1.04" });

    const record = await asUser(t.owner.id, async () => loadTrainingRecord(await requireTrainingAccess(id), 1));
    const byKey = Object.fromEntries(record.progress.map((p) => [p.key, p]));
    const safety = standards.skillSets.find((s) => s.key === "SAFETY")!;
    expect(byKey.SAFETY).toMatchObject({ skillsTotal: safety.skills.length, skillsSignedOff: 2 });
    expect(byKey.ELECTRONICS).toMatchObject({ skillsSignedOff: 1 });
    expect(record.progress.filter((p) => !["SAFETY", "ELECTRONICS"].includes(p.key))).toEqual(
      standards.skillSets
        .filter((s) => !["SAFETY", "ELECTRONICS"].includes(s.key))
        .map(() => expect.objectContaining({ skillsSignedOff: 0 })),
    );
    expect(record.total).toMatchObject({
      skillsTotal: standards.skillSets.reduce((n, s) => n + s.skills.length, 0),
      skillsSignedOff: 3,
    });
  });
});
