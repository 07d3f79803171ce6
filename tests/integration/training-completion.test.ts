import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  requestApprenticeCompletion,
  returnApprenticeCompletion,
  verifyApprenticeCompletion,
} from "@/lib/training/completion/actions";
import { CERTIFICATE_CODE_PATTERN } from "@/lib/training/completion/code";
import { loadCompletion } from "@/lib/training/completion/data";
import { addMonths, dayOf, isoDay } from "@/lib/training/weeks";
import { addMember, createUser } from "../support/factories";
import { asUser } from "../support/sign-in";
import { inTraining, NOT_FOUND, outcome, outsidersOf, redirectTo } from "../support/training";
import { meetCompletionChecklist } from "../support/training-records";

// Completion (issue 17, point 7): the employer asks AAMI to verify once the checklist is met; AAMI staff verify it
// (AAMI's certificate issued, the training completed, emailed) or send it back with what is missing. Real actions
// against Postgres, signed in through Auth.js.

const today = isoDay(new Date());
const twoYearsAgo = () => dayOf(addMonths(new Date(), -25));
const asked = (apprenticeId: string) =>
  redirectTo(`/training/${apprenticeId}/status?done=completion#completion-heading`);
const decided = (apprenticeId: string, done: string) =>
  redirectTo(`/staff/apprentices/${apprenticeId}?done=${done}#completion-heading`);
const request = (userId: string, apprenticeId: string, completedOn = today) =>
  asUser(userId, () => requestApprenticeCompletion({ apprenticeId, completedOn }));
const latest = (apprenticeId: string) =>
  db.completion.findFirstOrThrow({ where: { apprenticeId }, orderBy: { createdAt: "desc" } });
const verify = async (userId: string, apprenticeId: string) => {
  const c = await latest(apprenticeId);
  return asUser(userId, () => verifyApprenticeCompletion({ completionId: c.id, rowVersion: String(c.rowVersion) }));
};

async function completedTraining() {
  const t = await inTraining({ startDate: twoYearsAgo() });
  await meetCompletionChecklist(db, {
    apprenticeId: t.apprentice.id,
    organizationId: t.org.id,
    startDate: t.apprentice.startDate,
    apprenticeUserId: t.apprenticeUser,
    mentorUserId: t.mentorUser,
    ownerId: t.owner.id,
  });
  return t;
}

describe("asking AAMI to verify a completion", () => {
  it("is refused, with what is missing, until the checklist is met", async () => {
    const t = await inTraining({ startDate: twoYearsAgo() });
    expect((await loadCompletion({ apprenticeId: t.apprentice.id })).checklist.map((i) => i.met)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(await outcome(request(t.owner.id, t.apprentice.id))).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^The checklist is not complete yet: the required on-the-job hours are approved \(/,
      ),
    });
    expect(await db.completion.count({ where: { apprenticeId: t.apprentice.id } })).toBe(0);
  });

  it("is taken once the checklist is met, once at a time, and refuses a day in the future next to the field", async () => {
    const t = await completedTraining();
    const id = t.apprentice.id;
    expect((await loadCompletion({ apprenticeId: id })).checklist.every((i) => i.met)).toBe(true);
    expect(await outcome(request(t.owner.id, id, isoDay(addMonths(new Date(), 1))))).toMatchObject({
      ok: false,
      fieldErrors: { completedOn: ["Ask once the apprentice has completed: today or earlier."] },
    });
    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    // Two owners at the same moment: one request.
    const admin = await addMember(db, t.org.id, "ADMIN");
    const results = await Promise.all([outcome(request(t.owner.id, id)), outcome(request(admin.user.id, id))]);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(results.find((r) => typeof r !== "string")).toMatchObject({
      ok: false,
      message: "A completion request for this apprentice is already with AAMI. Reload the page to see it.",
    });
    expect(await db.completion.count({ where: { apprenticeId: id } })).toBe(1);
    expect(
      await db.mailMessage.findFirst({
        where: { to: staff.email.toLowerCase(), template: "staff-completion-requested" },
      }),
    ).toMatchObject({ subject: `Completion to verify: ${t.apprentice.firstName} ${t.apprentice.lastName}` });
  });
});

describe("AAMI staff deciding a completion", () => {
  it("verifies it: AAMI's certificate issued, the training completed on the day asked, everyone emailed", async () => {
    const t = await completedTraining();
    const id = t.apprentice.id;
    await expect(request(t.owner.id, id)).rejects.toEqual(asked(id));
    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    await expect(verify(staff.id, id)).rejects.toEqual(decided(id, "completion-verified"));
    const completion = await latest(id);
    expect(completion).toMatchObject({
      status: "VERIFIED",
      decidedById: staff.id,
      certificateOjlHours: expect.any(Number),
      certificateInstructionHours: 288,
    });
    expect(completion.certificateCode).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(completion.certificateOjlHours).toBeGreaterThanOrEqual(4000);
    expect((await db.apprentice.findUniqueOrThrow({ where: { id } })).trainingStatus).toBe("COMPLETED");
    expect(await db.trainingStatusChange.findFirst({ where: { apprenticeId: id } })).toMatchObject({
      fromStatus: "ACTIVE",
      toStatus: "COMPLETED",
      effectiveOn: dayOf(new Date()),
      changedById: staff.id,
    });
    expect(
      await db.auditEvent.count({ where: { kind: "training.completion_verified", organizationId: t.org.id } }),
    ).toBe(1);
    const owner = await db.user.findUniqueOrThrow({ where: { id: t.owner.id } });
    expect(
      await db.mailMessage.findFirst({ where: { to: owner.email.toLowerCase(), template: "training-status-changed" } }),
    ).toMatchObject({ subject: `${t.apprentice.firstName} ${t.apprentice.lastName}'s apprenticeship: completed` });
    // Decided: a second decision is refused, and the record stays as verified (a trigger).
    expect(await outcome(verify(staff.id, id))).toMatchObject({ ok: false });
    await expect(db.completion.update({ where: { id: completion.id }, data: { returnReason: "x" } })).rejects.toThrow(
      /was decided and cannot change/,
    );
  });

  it("lets one of two staff members decide at the same moment", async () => {
    const t = await completedTraining();
    const id = t.apprentice.id;
    await expect(request(t.owner.id, id)).rejects.toEqual(asked(id));
    const [a, b] = [
      await createUser(db, { staffRole: "STAFF_ADMIN" }),
      await createUser(db, { staffRole: "STAFF_REVIEWER" }),
    ];
    const c = await latest(id);
    const results = await Promise.all([
      outcome(asUser(a.id, () => verifyApprenticeCompletion({ completionId: c.id, rowVersion: String(c.rowVersion) }))),
      outcome(
        asUser(b.id, () =>
          returnApprenticeCompletion({ completionId: c.id, rowVersion: String(c.rowVersion), reason: "Missing CBET" }),
        ),
      ),
    ]);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(results.find((r) => typeof r !== "string")).toMatchObject({
      ok: false,
      message: expect.stringContaining("reload the page"),
    });
    expect(await db.trainingStatusChange.count({ where: { apprenticeId: id } })).toBe(
      (await latest(id)).status === "VERIFIED" ? 1 : 0,
    );
  });

  it("sends it back with what is missing; the employer asks again; a checklist broken meanwhile is refused", async () => {
    const t = await completedTraining();
    const id = t.apprentice.id;
    await expect(request(t.owner.id, id)).rejects.toEqual(asked(id));
    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    const c = await latest(id);
    await expect(
      asUser(staff.id, () =>
        returnApprenticeCompletion({
          completionId: c.id,
          rowVersion: String(c.rowVersion),
          reason: "Upload the CBET letter",
        }),
      ),
    ).rejects.toEqual(decided(id, "completion-returned"));
    expect(await latest(id)).toMatchObject({ status: "RETURNED", returnReason: "Upload the CBET letter" });
    expect((await db.apprentice.findUniqueOrThrow({ where: { id } })).trainingStatus).toBe("ACTIVE");

    await expect(request(t.owner.id, id)).rejects.toEqual(asked(id));
    // A sign-off undone after the request: the checklist no longer holds, and staff are told.
    const signOff = await db.skillSignOff.findFirstOrThrow({ where: { apprenticeId: id } });
    await db.skillSignOff.update({
      where: { id: signOff.id },
      data: { undoneAt: new Date(), undoneById: t.mentorUser, undoReason: "Shown again next month" },
    });
    expect(await outcome(verify(staff.id, id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("The checklist is no longer complete: every skill is signed off"),
    });
    expect((await latest(id)).status).toBe("REQUESTED");
  });
});

describe("who asks and who decides", () => {
  it("is an owner or admin to ask, and AAMI staff to decide; everyone else is refused or answered 'not found'", async () => {
    const t = await completedTraining();
    const id = t.apprentice.id;
    const member = await addMember(db, t.org.id, "MEMBER");
    const { users: outsiders } = await outsidersOf(t, { staff: true });
    for (const userId of [t.apprenticeUser, t.mentorUser, member.user.id]) {
      expect(await outcome(request(userId, id))).toEqual({
        ok: false,
        message: "Only an organization owner or admin can ask AAMI to verify a completion.",
        fieldErrors: {},
      });
    }
    for (const [who, userId] of Object.entries(outsiders)) {
      expect(await outcome(request(userId, id)), who).toMatchObject(NOT_FOUND);
    }
    expect(await db.completion.count({ where: { apprenticeId: id } })).toBe(0);
    await expect(request(t.owner.id, id)).rejects.toEqual(asked(id));
    for (const userId of [t.owner.id, t.apprenticeUser, t.mentorUser, outsiders["another organization's owner"]!]) {
      expect(await outcome(verify(userId, id))).toMatchObject(NOT_FOUND);
    }
    expect((await latest(id)).status).toBe("REQUESTED");
  });
});
