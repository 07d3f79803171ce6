import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordApprenticeRaise } from "@/lib/training/raises/actions";
import { raisesFor } from "@/lib/training/raises/data";
import { addDays, isoDay } from "@/lib/training/weeks";
import { addMember, createOrganization, createUser } from "../support/factories";
import { asUser } from "../support/sign-in";
import { inTraining, NOT_FOUND, outcome, redirectTo, weeksAgo } from "../support/training";
import { wageSchedule } from "../support/training-records";

// Raises on time (issue 17, point 5): when each raise of the wage schedule falls due (by months, approved hours or
// skills signed off, with fast-track credit), and an owner or admin recording the raise they gave, never below the
// schedule. Real actions against Postgres, signed in through Auth.js.

const today = new Date();
const done = (apprenticeId: string) => redirectTo(`/training/${apprenticeId}?done=raise#raises-heading`);
const record = (userId: string, apprenticeId: string, fields: { step: string; wage: string; effectiveOn?: string }) =>
  asUser(userId, () => recordApprenticeRaise({ apprenticeId, effectiveOn: isoDay(today), ...fields }));

/** What a refused raise must leave as it was. */
const writesOf = async (organizationId: string) => ({
  raises: await db.wageRaise.count({ where: { organizationId } }),
  events: await db.auditEvent.count({ where: { organizationId, kind: "training.raise_recorded" } }),
});

let staff: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
});

describe("raises by months", () => {
  it("fall due the months after the start date, and an owner records one at or above the schedule", async () => {
    // Started ten weeks ago: the first raise (after 2 months) is due, the second (4 months) is not.
    const t = await inTraining({ startDate: weeksAgo(10) });
    await wageSchedule(db, t.org.id, "MONTHS", 2, 24);
    const id = t.apprentice.id;
    const owed = (await raisesFor({ apprenticeId: id }))!;
    expect(owed.raises.map((r) => [r.step, r.standing, r.period.cents])).toEqual([
      [1, "due", 2470],
      [2, "upcoming", 2660],
    ]);

    const before = await writesOf(t.org.id);
    expect(await outcome(record(t.owner.id, id, { step: "1", wage: "24.00" }))).toMatchObject({
      fieldErrors: { wage: ["The schedule sets this raise at $24.70 an hour: the wage cannot be lower."] },
    });
    expect(await outcome(record(t.owner.id, id, { step: "2", wage: "27.00" }))).toMatchObject({
      fieldErrors: { step: [expect.stringContaining("record it from two weeks before")] },
    });
    expect(
      await outcome(record(t.owner.id, id, { step: "1", wage: "25.00", effectiveOn: isoDay(weeksAgo(11)) })),
    ).toMatchObject({ fieldErrors: { effectiveOn: ["That is before the apprentice's start date."] } });
    expect(
      await outcome(record(t.owner.id, id, { step: "1", wage: "25.00", effectiveOn: isoDay(addDays(today, 40)) })),
    ).toMatchObject({ fieldErrors: { effectiveOn: ["Record a raise at most 31 days before it takes effect."] } });
    expect(await outcome(record(t.owner.id, id, { step: "9", wage: "25.00" }))).toMatchObject({
      fieldErrors: { step: ["Choose one of the raises on the wage schedule."] },
    });
    expect(await outcome(record(t.owner.id, id, { step: "1", wage: "twenty" }))).toMatchObject({
      fieldErrors: { wage: [expect.stringContaining("in dollars")] },
    });
    expect(await writesOf(t.org.id)).toEqual(before);

    await expect(record(t.owner.id, id, { step: "1", wage: "25.00" })).rejects.toEqual(done(id));
    expect(await db.wageRaise.findMany({ where: { apprenticeId: id } })).toEqual([
      expect.objectContaining({
        step: 1,
        wageCents: 2500,
        recordedById: t.owner.id,
        effectiveOn: new Date(isoDay(today)),
      }),
    ]);
    expect(
      await db.auditEvent.findFirstOrThrow({ where: { organizationId: t.org.id, kind: "training.raise_recorded" } }),
    ).toMatchObject({
      actorId: t.owner.id,
      payload: expect.objectContaining({ step: 1, wageCents: 2500, scheduleCents: 2470 }),
    });
    expect((await raisesFor({ apprenticeId: id }))!.raises[0]).toMatchObject({
      standing: "recorded",
      recorded: { wageCents: 2500 },
    });
    // Given once: a second recording of the step is refused, and the record never changes.
    expect(await outcome(record(t.owner.id, id, { step: "1", wage: "26.00" }))).toEqual({
      ok: false,
      message: "This raise is already recorded. Reload the page.",
      fieldErrors: {},
    });
    const given = await db.wageRaise.findFirstOrThrow({ where: { apprenticeId: id } });
    await expect(db.wageRaise.update({ where: { id: given.id }, data: { wageCents: 9900 } })).rejects.toThrow(
      /cannot change or be deleted/,
    );
    await expect(db.wageRaise.delete({ where: { id: given.id } })).rejects.toThrow(/cannot change or be deleted/);
  });

  it("count one raise when two owners record it at the same moment", async () => {
    const t = await inTraining({ startDate: weeksAgo(10) });
    await wageSchedule(db, t.org.id, "MONTHS", 2, 24);
    const admin = await addMember(db, t.org.id, "ADMIN");
    const results = await Promise.all(
      [t.owner.id, admin.user.id].map((userId) =>
        outcome(record(userId, t.apprentice.id, { step: "1", wage: "25.00" })),
      ),
    );
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(await db.wageRaise.count({ where: { apprenticeId: t.apprentice.id } })).toBe(1);
    expect(await writesOf(t.org.id)).toEqual({ raises: 1, events: 1 });
  });
});

describe("raises by approved hours and by skills signed off", () => {
  it("fall due in the week the approved hours reach the threshold, counting an approved correction instead of what it corrects", async () => {
    const t = await inTraining();
    await wageSchedule(db, t.org.id, "HOURS", 30, 4000);
    const id = t.apprentice.id;
    const entry = (weekStart: Date, minutes: number, extra: object = {}) =>
      db.ojtEntry.create({
        data: {
          organizationId: t.org.id,
          apprenticeId: id,
          weekStart,
          skillSetKey: "SAFETY",
          dayMinutes: [minutes, 0, 0, 0, 0, 0, 0],
          totalMinutes: minutes,
          loggedById: t.apprenticeUser,
          status: "APPROVED",
          ...extra,
        },
      });
    const first = await entry(weeksAgo(3), 16 * 60);
    await entry(weeksAgo(2), 10 * 60);
    const owed = async () => (await raisesFor({ apprenticeId: id }))!.raises[0]!;
    expect(await owed()).toMatchObject({ dueOn: null, standing: "not-reached" });
    // 16 corrected to 20 (approved): 30 hours reached in the second week.
    await entry(weeksAgo(3), 20 * 60, { correctsId: first.id });
    expect(await owed()).toMatchObject({ dueOn: addDays(weeksAgo(2), 6), standing: "due" });
  });

  it("fall due on the day the skill that reaches the threshold was shown; an undone sign-off does not count", async () => {
    const t = await inTraining();
    await wageSchedule(db, t.org.id, "COMPETENCIES", 2, 10);
    const id = t.apprentice.id;
    const signOff = (skillCode: string, demonstratedOn: Date, undoneAt: Date | null = null) =>
      db.skillSignOff.create({
        data: {
          organizationId: t.org.id,
          apprenticeId: id,
          skillCode,
          skillSetKey: "SAFETY",
          demonstratedOn,
          signedById: t.mentorUser,
          undoneAt,
          undoneById: undoneAt ? t.mentorUser : null,
        },
      });
    await signOff("1.01", weeksAgo(3));
    await signOff("1.02", weeksAgo(2), new Date());
    const owed = async () => (await raisesFor({ apprenticeId: id }))!.raises[0]!;
    expect(await owed()).toMatchObject({ standing: "not-reached" });
    await signOff("1.03", weeksAgo(1));
    expect(await owed()).toMatchObject({ dueOn: weeksAgo(1), standing: "due" });
  });
});

describe("who records a raise", () => {
  it("is an owner or admin of the apprentice's organization; anyone else is refused or answered 'not found'", async () => {
    const t = await inTraining({ startDate: weeksAgo(10) });
    await wageSchedule(db, t.org.id, "MONTHS", 2, 24);
    const member = await addMember(db, t.org.id, "MEMBER");
    const other = await createOrganization(db);
    const before = await writesOf(t.org.id);
    for (const userId of [t.apprenticeUser, t.mentorUser, member.user.id]) {
      expect(await outcome(record(userId, t.apprentice.id, { step: "1", wage: "25.00" }))).toEqual({
        ok: false,
        message: "Only an organization owner or admin can record raises.",
        fieldErrors: {},
      });
    }
    for (const userId of [other.owner.id, staff.id]) {
      expect(await outcome(record(userId, t.apprentice.id, { step: "1", wage: "25.00" }))).toMatchObject(NOT_FOUND);
    }
    expect(await writesOf(t.org.id)).toEqual(before);
  });
});
