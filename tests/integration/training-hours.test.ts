import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { homePath, requireUser } from "@/lib/authz";
import { requireTrainingAccess } from "@/lib/authz/training";
import { formatLongDate } from "@/lib/dates";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { copyLastWeekHours, approveWeekHours, logWeekHours, returnWeekHours } from "@/lib/training/hours/actions";
import { loadTrainingRecord } from "@/lib/training/hours/data";
import { logHours } from "@/lib/training/hours/log";
import { LogHoursSchema } from "@/lib/training/hours/schemas";
import { assignApprenticeMentor } from "@/lib/training/mentors/actions";
import { addDays, isoDay, weekLabel } from "@/lib/training/weeks";
import { addMember, createOrganization, createUser } from "../support/factories";
import { asUser, signInAs } from "../support/sign-in";
import {
  approvedApprentice,
  inTraining,
  newMentor,
  NOT_FOUND,
  outcome,
  outsidersOf,
  redirectTo,
  thisWeek,
  weeksAgo,
} from "../support/training";

// Training to completion, the hours log (issue 17): assigning mentors, logging weeks of on-the-job hours, the
// mentor's approvals, corrections of approved weeks, the totals, and who may see or touch a training record. Real
// actions against Postgres, signed in through Auth.js, in the setting of ../support/training.ts. The actions use
// today's date, so every week here is counted back from the current one.

const saved = (apprenticeId: string, week: Date) =>
  redirectTo(`/training/${apprenticeId}/log?week=${isoDay(week)}&done=saved`);
const reviewed = (approved: number, unchanged: number) =>
  redirectTo(`/training/review?approved=${approved}&unchanged=${unchanged}`);
const FIX_FIELDS = "Please correct the highlighted fields.";

let staff: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
});

type Days = Partial<Record<`day${0 | 1 | 2 | 3 | 4 | 5 | 6}`, string>>;
/** The week form as the page posts it: SAFETY unless said otherwise. */
const week = (apprenticeId: string, weekStart: Date, days: Days, extra: Record<string, string> = {}) => ({
  apprenticeId,
  weekStart: isoDay(weekStart),
  skillSetKey: "SAFETY",
  ...days,
  ...extra,
});
/** Logs a week as this user and expects it saved; returns the entry. */
async function logged(
  userId: string,
  apprenticeId: string,
  weekStart: Date,
  days: Days,
  extra: Record<string, string> = {},
) {
  await expect(asUser(userId, () => logWeekHours(week(apprenticeId, weekStart, days, extra)))).rejects.toEqual(
    saved(apprenticeId, weekStart),
  );
  const skillSetKey = extra.skillSetKey ?? "SAFETY";
  return db.ojtEntry.findFirstOrThrow({
    where: { apprenticeId, weekStart, skillSetKey },
    orderBy: { createdAt: "desc" },
  });
}
const entry = (id: string) => db.ojtEntry.findUniqueOrThrow({ where: { id } });
const ticked = (e: { id: string; rowVersion: number }) => `${e.id}:${e.rowVersion}`;
/** The mentor approves these entries, as their review page posts them. */
async function approve(mentorUser: string, ...entries: Array<{ id: string; rowVersion: number }>) {
  await expect(asUser(mentorUser, () => approveWeekHours({ entries: entries.map(ticked) }))).rejects.toEqual(
    reviewed(entries.length, 0),
  );
}
/** What a refused write must leave as it was. */
async function writesOf(apprenticeId: string) {
  const entries = await db.ojtEntry.findMany({ where: { apprenticeId }, orderBy: { id: "asc" } });
  const { organizationId } = await db.apprentice.findUniqueOrThrow({ where: { id: apprenticeId } });
  const events = await db.auditEvent.count({ where: { organizationId, kind: { startsWith: "training." } } });
  const mail = await db.mailMessage.count({ where: { organizationId } });
  return { entries, events, mail };
}
const audits = (kind: string, subjectId: string) =>
  db.auditEvent.findMany({ where: { kind, subjectId }, orderBy: { createdAt: "asc" } });

describe("assigning a mentor", () => {
  it("links the mentor and the apprentice to sign-ins of their own, emails both and records it", async () => {
    const { org, owner } = await createOrganization(db);
    const mentor = await newMentor(org.id);
    const a = await approvedApprentice(org.id);
    await signInAs(owner.id);
    await expect(assignApprenticeMentor({ apprenticeId: a.id, mentorId: mentor.id })).rejects.toEqual(
      redirectTo(`/training/${a.id}?done=mentor`),
    );

    const mentorUser = await db.user.findUniqueOrThrow({ where: { email: mentor.email } });
    const apprenticeUser = await db.user.findUniqueOrThrow({ where: { email: a.email! } });
    expect(await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } })).toMatchObject({ userId: mentorUser.id });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      mentorId: mentor.id,
      userId: apprenticeUser.id,
    });
    expect(await db.mailMessage.findMany({ where: { organizationId: org.id }, orderBy: { template: "asc" } })).toEqual([
      expect.objectContaining({ template: "training-mentor-assigned", to: mentor.email }),
      expect.objectContaining({ template: "training-record-open", to: a.email }),
    ]);
    expect(await audits("training.mentor_assigned", a.id)).toEqual([
      expect.objectContaining({
        organizationId: org.id,
        actorId: owner.id,
        payload: { mentorId: mentor.id, mentorName: mentor.name, previousMentorName: null, apprenticeCanSignIn: true },
      }),
    ]);
  });

  it("is open to admins, and refused to plain members", async () => {
    const { org } = await createOrganization(db);
    const admin = await addMember(db, org.id, "ADMIN");
    const member = await addMember(db, org.id, "MEMBER");
    const [first, second] = [await newMentor(org.id), await newMentor(org.id)];
    const a = await approvedApprentice(org.id);

    await signInAs(member.user.id);
    expect(await assignApprenticeMentor({ apprenticeId: a.id, mentorId: first.id })).toEqual({
      ok: false,
      message: "Only an organization owner or admin can assign mentors.",
      fieldErrors: {},
    });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      mentorId: null,
      userId: null,
    });
    expect(await db.mailMessage.count({ where: { organizationId: org.id } })).toBe(0);

    await signInAs(admin.user.id);
    await expect(assignApprenticeMentor({ apprenticeId: a.id, mentorId: first.id })).rejects.toEqual(
      redirectTo(`/training/${a.id}?done=mentor`),
    );
    // A change of mentor: the apprentice already signs in, so only the new mentor is emailed.
    await expect(assignApprenticeMentor({ apprenticeId: a.id, mentorId: second.id })).rejects.toEqual(
      redirectTo(`/training/${a.id}?done=mentor`),
    );
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ mentorId: second.id });
    expect(await db.mailMessage.count({ where: { organizationId: org.id, template: "training-record-open" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { organizationId: org.id, to: second.email } })).toBe(1);
    expect((await audits("training.mentor_assigned", a.id)).map((e) => e.payload)).toEqual([
      expect.objectContaining({ mentorId: first.id, previousMentorName: null }),
      expect.objectContaining({ mentorId: second.id, previousMentorName: first.name }),
    ]);
  });

  it("refuses another organization's mentor, next to the mentor field", async () => {
    const { org, owner } = await createOrganization(db);
    const other = await createOrganization(db);
    const theirs = await newMentor(other.org.id);
    const a = await approvedApprentice(org.id);
    await signInAs(owner.id);
    expect(await assignApprenticeMentor({ apprenticeId: a.id, mentorId: theirs.id })).toEqual({
      ok: false,
      message: FIX_FIELDS,
      fieldErrors: { mentorId: ["Choose one of your organization's mentors."] },
    });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      mentorId: null,
      userId: null,
    });
    expect(await db.mentor.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ userId: null });
    expect(await db.mailMessage.count({ where: { organizationId: { in: [org.id, other.org.id] } } })).toBe(0);
  });

  it("refuses a mentor whose address is an AAMI staff account, which cannot also sign in to training", async () => {
    const { org, owner } = await createOrganization(db);
    const mentor = await newMentor(org.id);
    await db.mentor.update({ where: { id: mentor.id }, data: { email: staff.email.toUpperCase() } });
    const a = await approvedApprentice(org.id);
    const result = await asUser(owner.id, () => assignApprenticeMentor({ apprenticeId: a.id, mentorId: mentor.id }));
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("belongs to an AAMI staff account"),
      fieldErrors: { mentorId: [expect.stringContaining("belongs to an AAMI staff account")] },
    });
    expect(await db.mentor.findUniqueOrThrow({ where: { id: mentor.id } })).toMatchObject({ userId: null });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      mentorId: null,
      userId: null,
    });
    expect(await db.user.count({ where: { email: a.email! } })).toBe(0);
  });

  it("gives no mentor more apprentices in training than the program's ratio allows", async () => {
    const { org, owner } = await createOrganization(db);
    const mentor = await newMentor(org.id);
    // Each mentor is one journeyworker; the standards the migration published say how many apprentices that allows.
    const { ratio } = await getCurrentStandards();
    const { allowed } = ratioCheck(ratio, 0, 1);
    expect(allowed).toBeGreaterThan(0);
    await signInAs(owner.id);
    for (let i = 0; i < allowed; i++) {
      const a = await approvedApprentice(org.id, { status: i % 2 ? "REGISTERED" : "APPROVED" });
      await expect(assignApprenticeMentor({ apprenticeId: a.id, mentorId: mentor.id })).rejects.toEqual(
        redirectTo(`/training/${a.id}?done=mentor`),
      );
    }
    const oneTooMany = await approvedApprentice(org.id);
    const result = await assignApprenticeMentor({ apprenticeId: oneTooMany.id, mentorId: mentor.id });
    expect(result).toMatchObject({
      ok: false,
      message: FIX_FIELDS,
      fieldErrors: { mentorId: [expect.stringContaining(`already mentors ${allowed} apprentice`)] },
    });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: oneTooMany.id } })).toMatchObject({
      mentorId: null,
      userId: null,
    });
    expect(await db.mailMessage.count({ where: { to: oneTooMany.email! } })).toBe(0);
    expect(await db.apprentice.count({ where: { mentorId: mentor.id } })).toBe(allowed);
  });

  it("lets two owners assigning one mentor at the same moment not both pass the ratio", async () => {
    const { org, owner } = await createOrganization(db);
    const admin = await addMember(db, org.id, "ADMIN");
    const mentor = await newMentor(org.id);
    const { allowed } = ratioCheck((await getCurrentStandards()).ratio, 0, 1);
    for (let i = 1; i < allowed; i++) {
      const a = await approvedApprentice(org.id);
      await asUser(owner.id, () => outcome(assignApprenticeMentor({ apprenticeId: a.id, mentorId: mentor.id })));
    }
    // One place left for the mentor, and two apprentices assigned to it at once.
    const [a, b] = [await approvedApprentice(org.id), await approvedApprentice(org.id)];
    const results = await Promise.all([
      outcome(asUser(owner.id, () => assignApprenticeMentor({ apprenticeId: a.id, mentorId: mentor.id }))),
      outcome(asUser(admin.user.id, () => assignApprenticeMentor({ apprenticeId: b.id, mentorId: mentor.id }))),
    ]);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(results.find((r) => typeof r !== "string")).toMatchObject({
      ok: false,
      fieldErrors: { mentorId: [expect.stringContaining(`already mentors ${allowed} apprentice`)] },
    });
    expect(await db.apprentice.count({ where: { mentorId: mentor.id } })).toBe(allowed);
  });
});

describe("logging a week", () => {
  it("is done by the apprentice, or by an owner on their behalf, and recorded as such", async () => {
    const t = await inTraining();
    const mine = await logged(
      t.apprenticeUser,
      t.apprentice.id,
      weeksAgo(1),
      { day0: "8", day1: "7.5", day4: "0.25" },
      {
        note: "Infusion pump PMs",
      },
    );
    expect(mine).toMatchObject({
      organizationId: t.org.id,
      dayMinutes: [480, 450, 0, 0, 15, 0, 0],
      totalMinutes: 945,
      status: "SUBMITTED",
      note: "Infusion pump PMs",
      loggedById: t.apprenticeUser,
      correctsId: null,
      rowVersion: 0,
    });
    const forThem = await logged(t.owner.id, t.apprentice.id, weeksAgo(2), { day2: "10" });
    expect(forThem).toMatchObject({ loggedById: t.owner.id, totalMinutes: 600, status: "SUBMITTED" });

    expect((await audits("training.hours_logged", mine.id)).map((e) => [e.actorId, e.payload])).toEqual([
      [
        t.apprenticeUser,
        {
          apprenticeId: t.apprentice.id,
          weekStart: isoDay(weeksAgo(1)),
          skillSetKey: "SAFETY",
          totalMinutes: 945,
          edited: false,
          correctsId: null,
          onBehalf: false,
        },
      ],
    ]);
    expect(await audits("training.hours_logged", forThem.id)).toEqual([
      expect.objectContaining({ actorId: t.owner.id, payload: expect.objectContaining({ onBehalf: true }) }),
    ]);
  });

  it("is refused to plain members of the organization and to the mentor", async () => {
    const t = await inTraining();
    const member = await addMember(db, t.org.id, "MEMBER");
    const before = await writesOf(t.apprentice.id);
    for (const userId of [member.user.id, t.mentorUser]) {
      expect(await asUser(userId, () => logWeekHours(week(t.apprentice.id, weeksAgo(1), { day0: "8" })))).toEqual({
        ok: false,
        message: "Hours are logged by the apprentice, or by an owner or admin of their organization on their behalf.",
        fieldErrors: {},
      });
      expect(
        await asUser(userId, () =>
          copyLastWeekHours({ apprenticeId: t.apprentice.id, weekStart: isoDay(weeksAgo(1)) }),
        ),
      ).toMatchObject({ ok: false, message: expect.stringContaining("Hours are logged by the apprentice") });
    }
    expect(await writesOf(t.apprentice.id)).toEqual(before);
  });

  it("refuses each impossible week next to its field, and writes nothing", async () => {
    // Started on a Wednesday four weeks ago.
    const t = await inTraining({ startDate: addDays(weeksAgo(4), 2) });
    const id = t.apprentice.id;
    const start = formatLongDate(addDays(weeksAgo(4), 2));
    await logged(t.apprenticeUser, id, weeksAgo(1), {
      day0: "16",
      day1: "12",
      day2: "12",
      day3: "12",
      day4: "12",
      day5: "12",
    });
    const before = await writesOf(id);

    const refusals: Array<[input: ReturnType<typeof week>, fieldErrors: Record<string, string[]>]> = [
      [
        week(id, weeksAgo(2), { day0: "-2" }),
        { day0: ["Hours cannot be negative: enter Monday's hours, or leave it blank."] },
      ],
      // 16 hours of SAFETY on that Monday already: 10 more in another skill set make 26.
      [
        week(id, weeksAgo(1), { day0: "10" }, { skillSetKey: "PROFESSIONAL" }),
        {
          day0: ["Monday would have 26 hours with the other skill sets of this week; a day has 24."],
          hours: ["This week would have 86 hours with its other skill sets; a week can have at most 84."],
        },
      ],
      // 76 hours logged: 9 more on the Sunday make 85.
      [
        week(id, weeksAgo(1), { day6: "9" }, { skillSetKey: "PROFESSIONAL" }),
        { hours: ["This week would have 85 hours with its other skill sets; a week can have at most 84."] },
      ],
      [
        week(id, addDays(thisWeek, 7), { day0: "8" }),
        { weekStart: ["That week has not started yet. Log hours once they are worked."] },
      ],
      [week(id, weeksAgo(5), { day0: "8" }), { weekStart: [`That week ends before Sam's start date, ${start}.`] }],
      [
        week(id, weeksAgo(4), { day0: "8", day2: "8" }),
        { day0: [`Monday is before the start date, ${start}: leave it blank.`] },
      ],
      [
        week(id, weeksAgo(1), { day2: "1" }),
        {
          skillSetKey: [
            "Orientation and Safety already has hours for this week. Edit that entry instead (or correct it, once approved).",
          ],
        },
      ],
      [
        week(id, weeksAgo(2), { day0: "8" }, { skillSetKey: "UNDERWATER_WELDING" }),
        { skillSetKey: ["Choose a skill set of the program's work-process schedule."] },
      ],
    ];
    for (const [input, fieldErrors] of refusals) {
      expect(await asUser(t.apprenticeUser, () => logWeekHours(input)), JSON.stringify(input)).toEqual({
        ok: false,
        message: FIX_FIELDS,
        fieldErrors,
      });
    }
    expect(await writesOf(id)).toEqual(before);
  });

  it("refuses days that have not happened yet", async () => {
    // The action counts from today, whose weekday varies; the domain function takes the day it counts from.
    const t = await inTraining();
    const wednesday = addDays(weeksAgo(1), 2);
    const access = await asUser(t.apprenticeUser, () => requireTrainingAccess(t.apprentice.id));
    const input = LogHoursSchema.parse(week(t.apprentice.id, weeksAgo(1), { day2: "8", day3: "8" }));
    await expect(logHours(access, input, null, new Date(wednesday.getTime() + 15 * 3_600_000))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { day3: ["Thursday has not happened yet: log it once it is worked."] },
    });
    expect(await db.ojtEntry.count({ where: { apprenticeId: t.apprentice.id } })).toBe(0);
    // The same hours, counted from the Thursday, are fine.
    await logHours(access, input, null, addDays(wednesday, 1));
    expect(await db.ojtEntry.count({ where: { apprenticeId: t.apprentice.id } })).toBe(1);
  });

  it("checks two weeks logged at the same moment one after the other", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const at = (days: Days, skillSetKey: string) =>
      outcome(asUser(t.apprenticeUser, () => logWeekHours(week(id, weeksAgo(1), days, { skillSetKey }))));
    const savedTo = `/training/${id}/log?week=${isoDay(weeksAgo(1))}&done=saved`;

    // The apprentice and their employer, each 16 hours on the same Monday in a different skill set: one is refused.
    const day = await Promise.all([at({ day0: "16" }, "SAFETY"), at({ day0: "16" }, "REPAIR")]);
    expect(day.filter((o) => o === savedTo)).toHaveLength(1);
    expect(day.find((o) => o !== savedTo)).toEqual({
      ok: false,
      message: FIX_FIELDS,
      fieldErrors: { day0: ["Monday would have 32 hours with the other skill sets of this week; a day has 24."] },
    });
    // Two tabs saving the same skill set for the same week: one entry.
    const same = await Promise.all([at({ day3: "4" }, "DEVICES"), at({ day4: "4" }, "DEVICES")]);
    expect(same.filter((o) => o === savedTo)).toHaveLength(1);
    expect(same.find((o) => o !== savedTo)).toMatchObject({
      ok: false,
      fieldErrors: { skillSetKey: [expect.stringContaining("already has hours for this week")] },
    });
    expect(await db.ojtEntry.count({ where: { apprenticeId: id } })).toBe(2);
  });

  it("edits an entry still waiting or returned at the version the form showed, and never an approved one", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const first = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "8" });
    const edit = (e: { id: string }, rowVersion: number, days: Days) =>
      asUser(t.apprenticeUser, () =>
        logWeekHours(week(id, weeksAgo(1), days, { entryId: e.id, rowVersion: String(rowVersion) })),
      );

    await expect(edit(first, 0, { day0: "6", day1: "2" })).rejects.toEqual(saved(id, weeksAgo(1)));
    expect(await entry(first.id)).toMatchObject({
      dayMinutes: [360, 120, 0, 0, 0, 0, 0],
      totalMinutes: 480,
      rowVersion: 1,
    });
    expect((await audits("training.hours_logged", first.id)).map((e) => e.payload)).toEqual([
      expect.objectContaining({ edited: false }),
      expect.objectContaining({ edited: true, totalMinutes: 480 }),
    ]);

    // A second tab still showing version 0.
    expect(await edit(first, 0, { day0: "9" })).toEqual({
      ok: false,
      message: "This entry changed while you were editing it. Reload the page to see it.",
      fieldErrors: {},
    });
    expect(await entry(first.id)).toMatchObject({ totalMinutes: 480, rowVersion: 1 });

    await expect(
      asUser(t.mentorUser, () =>
        returnWeekHours({ entryId: first.id, rowVersion: "1", comment: "Split out the PMs." }),
      ),
    ).rejects.toEqual(redirectTo("/training/review?returned=1"));
    expect(await entry(first.id)).toMatchObject({ status: "RETURNED", rowVersion: 2 });
    await expect(edit(first, 2, { day0: "4", day1: "4" })).rejects.toEqual(saved(id, weeksAgo(1)));
    const resent = await entry(first.id);
    expect(resent).toMatchObject({ status: "SUBMITTED", reviewComment: null, reviewedById: null, rowVersion: 3 });

    await approve(t.mentorUser, resent);
    expect(await edit(first, 4, { day0: "1" })).toEqual({
      ok: false,
      message: "The mentor approved this entry meanwhile. To change it, log a correction.",
      fieldErrors: {},
    });
    expect(await entry(first.id)).toMatchObject({
      status: "APPROVED",
      dayMinutes: [240, 240, 0, 0, 0, 0, 0],
      rowVersion: 4,
    });
  });
});

describe("same as last week", () => {
  it("copies every skill set of last week into an empty week, and nothing into a week that has hours", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    await logged(t.apprenticeUser, id, weeksAgo(2), { day0: "8", day1: "8" });
    await logged(t.apprenticeUser, id, weeksAgo(2), { day2: "6.5" }, { skillSetKey: "ELECTRONICS" });
    const copy = (weekStart: Date) =>
      asUser(t.apprenticeUser, () => copyLastWeekHours({ apprenticeId: id, weekStart: isoDay(weekStart) }));

    await expect(copy(weeksAgo(1))).rejects.toEqual(
      redirectTo(`/training/${id}/log?week=${isoDay(weeksAgo(1))}&done=copied`),
    );
    const copied = await db.ojtEntry.findMany({
      where: { apprenticeId: id, weekStart: weeksAgo(1) },
      orderBy: { skillSetKey: "asc" },
    });
    expect(copied.map((e) => [e.skillSetKey, e.dayMinutes, e.totalMinutes, e.status, e.loggedById])).toEqual([
      ["ELECTRONICS", [0, 0, 390, 0, 0, 0, 0], 390, "SUBMITTED", t.apprenticeUser],
      ["SAFETY", [480, 480, 0, 0, 0, 0, 0], 960, "SUBMITTED", t.apprenticeUser],
    ]);
    expect(
      await db.auditEvent.count({
        where: { kind: "training.hours_logged", subjectId: { in: copied.map((e) => e.id) } },
      }),
    ).toBe(2);

    const before = await writesOf(id);
    expect(await copy(weeksAgo(1))).toEqual({
      ok: false,
      message: FIX_FIELDS,
      fieldErrors: { weekStart: ["This week already has hours. Edit its entries instead."] },
    });
    // Four weeks ago, the start week, had nothing logged.
    expect(await copy(weeksAgo(3))).toEqual({
      ok: false,
      message: FIX_FIELDS,
      fieldErrors: { weekStart: [`Nothing was logged in the ${weekLabel(weeksAgo(4)).toLowerCase()}.`] },
    });
    expect(await writesOf(id)).toEqual(before);
  });
});

describe("the mentor's review", () => {
  it("approves one entry, or several at once", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const [a, b, c] = [
      await logged(t.apprenticeUser, id, weeksAgo(3), { day0: "8" }),
      await logged(t.apprenticeUser, id, weeksAgo(2), { day0: "8" }),
      await logged(t.apprenticeUser, id, weeksAgo(2), { day1: "4" }, { skillSetKey: "DEVICES" }),
    ];
    await approve(t.mentorUser, a);
    expect(await entry(a.id)).toMatchObject({ status: "APPROVED", reviewedById: t.mentorUser, rowVersion: 1 });
    expect((await entry(a.id)).reviewedAt).not.toBeNull();
    await approve(t.mentorUser, b, c);
    expect((await db.ojtEntry.findMany({ where: { apprenticeId: id } })).map((e) => e.status)).toEqual([
      "APPROVED",
      "APPROVED",
      "APPROVED",
    ]);
    expect(await db.auditEvent.count({ where: { kind: "training.hours_approved", actorId: t.mentorUser } })).toBe(3);

    // The same entry ticked twice (a hand-made request) is one entry: approved once, nothing reported as changed.
    const d = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "8" });
    await expect(asUser(t.mentorUser, () => approveWeekHours({ entries: [ticked(d), ticked(d)] }))).rejects.toEqual(
      reviewed(1, 0),
    );
    expect(await audits("training.hours_approved", d.id)).toHaveLength(1);
    expect((await audits("training.hours_approved", c.id))[0]?.payload).toEqual({
      apprenticeId: id,
      weekStart: isoDay(weeksAgo(2)),
      skillSetKey: "DEVICES",
      totalMinutes: 240,
    });
  });

  it("returns an entry with a comment, emailing the apprentice", async () => {
    const t = await inTraining();
    const e = await logged(t.apprenticeUser, t.apprentice.id, weeksAgo(1), { day0: "8" });
    await expect(
      asUser(t.mentorUser, () => returnWeekHours({ entryId: e.id, rowVersion: "0", comment: "Monday was a holiday." })),
    ).rejects.toEqual(redirectTo("/training/review?returned=1"));
    expect(await entry(e.id)).toMatchObject({
      status: "RETURNED",
      reviewComment: "Monday was a holiday.",
      reviewedById: t.mentorUser,
      rowVersion: 1,
    });
    const apprenticeEmail = (await db.user.findUniqueOrThrow({ where: { id: t.apprenticeUser } })).email;
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { template: "training-hours-returned", organizationId: t.org.id },
    });
    expect(mail).toMatchObject({ to: apprenticeEmail, organizationId: t.org.id });
    expect(mail.text).toContain("Monday was a holiday.");
    expect(await audits("training.hours_returned", e.id)).toEqual([
      expect.objectContaining({
        actorId: t.mentorUser,
        payload: expect.objectContaining({ comment: "Monday was a holiday." }),
      }),
    ]);
    // Returned already: a second tab returning it again is told, and nothing more is sent.
    expect(
      await asUser(t.mentorUser, () => returnWeekHours({ entryId: e.id, rowVersion: "0", comment: "Again." })),
    ).toMatchObject({ ok: false, message: expect.stringContaining("no longer waiting for you") });
    expect(
      await db.mailMessage.count({ where: { template: "training-hours-returned", organizationId: t.org.id } }),
    ).toBe(1);
  });

  it("counts one approval when two tabs approve the same entry at once", async () => {
    const t = await inTraining();
    const e = await logged(t.apprenticeUser, t.apprentice.id, weeksAgo(1), { day0: "8" });
    const outcomes = await Promise.all(
      [1, 2].map(() => outcome(asUser(t.mentorUser, () => approveWeekHours({ entries: [ticked(e)] })))),
    );
    expect(outcomes.sort()).toEqual([
      "/training/review?approved=0&unchanged=1",
      "/training/review?approved=1&unchanged=0",
    ]);
    expect(await entry(e.id)).toMatchObject({ status: "APPROVED", rowVersion: 1 });
    expect(await audits("training.hours_approved", e.id)).toHaveLength(1);
  });

  it("lets no mentor approve or return another mentor's mentee's hours", async () => {
    const t = await inTraining();
    const other = await inTraining({ org: { org: t.org, owner: t.owner } });
    const e = await logged(t.apprenticeUser, t.apprentice.id, weeksAgo(1), { day0: "8" });
    await expect(asUser(other.mentorUser, () => approveWeekHours({ entries: [ticked(e)] }))).rejects.toEqual(
      reviewed(0, 1),
    );
    expect(
      await asUser(other.mentorUser, () => returnWeekHours({ entryId: e.id, rowVersion: "0", comment: "No." })),
    ).toMatchObject(NOT_FOUND);
    // Nor the owner, who sees the record but is not its mentor.
    expect(await asUser(t.owner.id, () => returnWeekHours({ entryId: e.id, rowVersion: "0", comment: "No." }))).toEqual(
      {
        ok: false,
        message: "Only the apprentice's mentor can approve or return hours.",
        fieldErrors: {},
      },
    );
    await expect(asUser(t.owner.id, () => approveWeekHours({ entries: [ticked(e)] }))).rejects.toEqual(reviewed(0, 1));
    expect(await entry(e.id)).toMatchObject({ status: "SUBMITTED", rowVersion: 0, reviewedById: null });
    expect(
      await db.auditEvent.count({
        where: { organizationId: t.org.id, kind: { in: ["training.hours_approved", "training.hours_returned"] } },
      }),
    ).toBe(0);
  });
});

describe("corrections of approved weeks", () => {
  it("replace what they correct once approved, one at a time, and approved entries never change", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const access = await asUser(t.owner.id, () => requireTrainingAccess(id));
    const safety = async () => (await loadTrainingRecord(access, 1)).progress.find((p) => p.key === "SAFETY");

    const a = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "8" });
    await approve(t.mentorUser, a);
    const b = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "10" }, { correctsId: a.id });
    expect(b).toMatchObject({ correctsId: a.id, status: "SUBMITTED", totalMinutes: 600 });
    expect(await audits("training.hours_logged", b.id)).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ correctsId: a.id, edited: false }) }),
    ]);
    // Until the mentor approves it, the approved hours stand and the correction waits.
    expect(await safety()).toMatchObject({ approvedHours: 8, waitingHours: 10 });

    await approve(t.mentorUser, b);
    expect(await safety()).toMatchObject({ approvedHours: 10, waitingHours: 0, countedHours: 10 });

    expect(
      await asUser(t.apprenticeUser, () => logWeekHours(week(id, weeksAgo(1), { day0: "9" }, { correctsId: a.id }))),
    ).toEqual({
      ok: false,
      message: "This entry already has a correction. Edit or correct that one instead.",
      fieldErrors: {},
    });
    const c = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "12" }, { correctsId: b.id });
    expect(c).toMatchObject({ correctsId: b.id, totalMinutes: 720 });
    // A correction waiting for the mentor is edited like any entry, but stays on its week and skill set.
    const editC = (extra: Record<string, string>, weekStart = weeksAgo(1)) =>
      asUser(t.apprenticeUser, () =>
        logWeekHours(week(id, weekStart, { day0: "11" }, { entryId: c.id, rowVersion: "0", ...extra })),
      );
    expect(await editC({ skillSetKey: "REPAIR" })).toMatchObject({
      fieldErrors: { skillSetKey: ["A correction keeps the week and skill set of the entry it corrects."] },
    });
    expect(await editC({}, weeksAgo(2))).toMatchObject({
      fieldErrors: { weekStart: ["A saved entry keeps its week. Log a new entry for another week."] },
    });
    await expect(editC({})).rejects.toEqual(saved(id, weeksAgo(1)));
    expect(await entry(c.id)).toMatchObject({ correctsId: b.id, totalMinutes: 660, rowVersion: 1 });
    expect(await safety()).toMatchObject({ approvedHours: 10, waitingHours: 11 });
    expect(await db.ojtEntry.count({ where: { apprenticeId: id } })).toBe(3);

    // The database itself refuses any change to an approved entry, whoever writes.
    await expect(
      db.ojtEntry.update({ where: { id: a.id }, data: { note: "edited behind the portal's back" } }),
    ).rejects.toThrow(/approved and cannot change/);
    await expect(
      db.ojtEntry.update({ where: { id: b.id }, data: { dayMinutes: [0, 0, 0, 0, 0, 0, 0], totalMinutes: 0 } }),
    ).rejects.toThrow(/approved and cannot change/);
    expect(await entry(a.id)).toMatchObject({ note: null, totalMinutes: 480 });
    // Nor is an approved entry deleted.
    await expect(db.ojtEntry.delete({ where: { id: a.id } })).rejects.toThrow(
      /approved and cannot change or be deleted/,
    );
  });

  it("count a day at the larger of a waiting correction and what it corrects, since either may stand", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const a = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "16" });
    await approve(t.mentorUser, a);
    // A correction lowering Monday to 8 hours waits; the mentor may still return it, and the 16 would stand.
    await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "8" }, { correctsId: a.id });
    const before = await writesOf(id);
    expect(
      await asUser(t.apprenticeUser, () =>
        logWeekHours(week(id, weeksAgo(1), { day0: "16" }, { skillSetKey: "REPAIR" })),
      ),
    ).toMatchObject({ fieldErrors: { day0: [expect.stringContaining("Monday would have 32 hours")] } });
    expect(await writesOf(id)).toEqual(before);
    // What fits beside the approved 16 is taken.
    await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "8" }, { skillSetKey: "REPAIR" });
  });
});

describe("nobody reviews their own training", () => {
  it("refuses a mentor who signs in with the apprentice's own address, and approves nothing of their own", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const { email } = await db.user.findUniqueOrThrow({ where: { id: t.apprenticeUser } });
    const self = await db.mentor.create({
      data: { organizationId: t.org.id, name: "Sam Self", title: "BMET I", email, yearsExperience: 1 },
    });
    expect(
      await asUser(t.owner.id, () => assignApprenticeMentor({ apprenticeId: id, mentorId: self.id })),
    ).toMatchObject({ fieldErrors: { mentorId: [expect.stringContaining("the apprentice's own address")] } });
    expect((await db.apprentice.findUniqueOrThrow({ where: { id } })).mentorId).toBe(t.mentor.id);

    // Should the data ever say so anyway (a mentor's address changed behind the portal's back), the apprentice's own
    // hours are neither approved nor returned by them.
    await db.mentor.update({ where: { id: t.mentor.id }, data: { userId: t.apprenticeUser } });
    const mine = await logged(t.apprenticeUser, id, weeksAgo(1), { day0: "8" });
    await expect(asUser(t.apprenticeUser, () => approveWeekHours({ entries: [ticked(mine)] }))).rejects.toEqual(
      reviewed(0, 1),
    );
    expect(
      await asUser(t.apprenticeUser, () =>
        returnWeekHours({ entryId: mine.id, rowVersion: "0", comment: "Looks fine to me." }),
      ),
    ).toEqual({ ok: false, message: "Nobody approves or signs off their own training.", fieldErrors: {} });
    expect(await entry(mine.id)).toMatchObject({ status: "SUBMITTED", rowVersion: 0 });
  });
});

describe("the training record's totals", () => {
  it("count approved hours and fast-track credit per skill set, with the waiting hours apart", async () => {
    const t = await inTraining({ credits: [{ skillSetKey: "SAFETY", creditedHours: 150 }] });
    const id = t.apprentice.id;
    const approved = await logged(t.apprenticeUser, id, weeksAgo(2), {
      day0: "12",
      day1: "12",
      day2: "12",
      day3: "12",
      day4: "12",
    });
    const electronics = await logged(
      t.apprenticeUser,
      id,
      weeksAgo(1),
      { day0: "7.5" },
      { skillSetKey: "ELECTRONICS" },
    );
    await approve(t.mentorUser, approved, electronics);
    await logged(t.apprenticeUser, id, weeksAgo(1), { day1: "8" });
    const returned = await logged(t.apprenticeUser, id, weeksAgo(1), { day2: "3" }, { skillSetKey: "REPAIR" });
    await asUser(t.mentorUser, () =>
      returnWeekHours({ entryId: returned.id, rowVersion: "0", comment: "Which repair?" }),
    ).catch(() => undefined);

    const record = await asUser(t.apprenticeUser, async () => loadTrainingRecord(await requireTrainingAccess(id), 1));
    const byKey = Object.fromEntries(record.progress.map((p) => [p.key, p]));
    // SAFETY: 60 approved + 150 credited, capped at its 200 hours; 8 waiting.
    expect(byKey.SAFETY).toMatchObject({
      requiredHours: 200,
      approvedHours: 60,
      creditedHours: 150,
      waitingHours: 8,
      countedHours: 200,
    });
    expect(byKey.ELECTRONICS).toMatchObject({
      approvedHours: 7.5,
      creditedHours: 0,
      waitingHours: 0,
      countedHours: 7.5,
    });
    // A returned week neither counts nor waits for the mentor.
    expect(byKey.REPAIR).toMatchObject({ approvedHours: 0, waitingHours: 0, countedHours: 0 });
    expect(record.total).toMatchObject({
      requiredHours: 4000,
      countedHours: 207.5,
      creditedHours: 150,
      approvedHours: 67.5,
      waitingHours: 8,
    });
    expect(record.apprentice.mentor).toMatchObject({ id: t.mentor.id, userId: t.mentorUser });
    // Only an owner or admin, who assigns mentors, is shown the organization's mentors and their load.
    expect(record.mentors).toEqual([]);
    const ownerView = await asUser(t.owner.id, async () => loadTrainingRecord(await requireTrainingAccess(id), 1));
    expect(ownerView.mentors).toEqual([expect.objectContaining({ id: t.mentor.id, apprentices: 1 })]);
    expect(record.weeks.rows.map((w) => [isoDay(w.weekStart), w.entries.length])).toEqual([
      [isoDay(weeksAgo(1)), 3],
      [isoDay(weeksAgo(2)), 1],
    ]);
  });
});

describe("who reaches a training record", () => {
  it("answers 'not found' to everyone but the apprentice, their mentor and their organization, and changes nothing", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const { sameOrg, users: outsiders } = await outsidersOf(t, { staff: true });
    const waiting = await logged(t.apprenticeUser, id, weeksAgo(2), { day0: "8" });
    const before = { ...(await writesOf(id)), apprentice: await db.apprentice.findUniqueOrThrow({ where: { id } }) };

    for (const [who, userId] of Object.entries(outsiders)) {
      await asUser(userId, async () => {
        await expect(requireTrainingAccess(id), who).rejects.toMatchObject({ code: "NOT_FOUND" });
        expect(await logWeekHours(week(id, weeksAgo(1), { day0: "8" })), who).toMatchObject(NOT_FOUND);
        expect(await copyLastWeekHours({ apprenticeId: id, weekStart: isoDay(weeksAgo(1)) }), who).toMatchObject(
          NOT_FOUND,
        );
        expect(await returnWeekHours({ entryId: waiting.id, rowVersion: "0", comment: "No." }), who).toMatchObject(
          NOT_FOUND,
        );
        expect(await assignApprenticeMentor({ apprenticeId: id, mentorId: sameOrg.mentor.id }), who).toMatchObject(
          NOT_FOUND,
        );
        // Approving is a batch: entries the caller does not mentor are left alone and reported unchanged.
        await expect(approveWeekHours({ entries: [ticked(waiting)] }), who).rejects.toEqual(reviewed(0, 1));
      });
    }
    expect({ ...(await writesOf(id)), apprentice: await db.apprentice.findUniqueOrThrow({ where: { id } }) }).toEqual(
      before,
    );

    // The three who do reach it.
    for (const userId of [t.apprenticeUser, t.mentorUser, t.owner.id]) {
      expect(await asUser(userId, () => requireTrainingAccess(id))).toMatchObject({
        apprenticeId: id,
        organizationId: t.org.id,
      });
    }
  });

  it("has no record for an apprentice AAMI has not approved yet", async () => {
    const { org, owner } = await createOrganization(db);
    const mentor = await newMentor(org.id);
    const draft = await approvedApprentice(org.id, { status: "DRAFT" });
    const user = await createUser(db);
    await db.apprentice.update({ where: { id: draft.id }, data: { userId: user.id } });
    for (const userId of [owner.id, user.id]) {
      await expect(asUser(userId, () => requireTrainingAccess(draft.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await asUser(userId, () => logWeekHours(week(draft.id, weeksAgo(1), { day0: "8" })))).toMatchObject(
        NOT_FOUND,
      );
    }
    expect(
      await asUser(owner.id, () => assignApprenticeMentor({ apprenticeId: draft.id, mentorId: mentor.id })),
    ).toMatchObject(NOT_FOUND);
    expect(await asUser(user.id, () => requireUser())).toMatchObject({
      training: { apprentice: false, mentor: false },
    });
    expect(await db.apprentice.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ mentorId: null });
    expect(await db.ojtEntry.count({ where: { apprenticeId: draft.id } })).toBe(0);
  });

  it("sends an apprentice or a mentor who belongs to no organization to their training home", async () => {
    const t = await inTraining();
    const apprenticeActor = await asUser(t.apprenticeUser, () => requireUser());
    expect(apprenticeActor).toMatchObject({ memberships: [], training: { apprentice: true, mentor: false } });
    expect(homePath(apprenticeActor)).toBe("/training");
    const mentorActor = await asUser(t.mentorUser, () => requireUser());
    expect(mentorActor).toMatchObject({ memberships: [], training: { apprentice: false, mentor: true } });
    expect(homePath(mentorActor)).toBe("/training");
    // The owner stays on their organization's pages.
    const ownerActor = await asUser(t.owner.id, () => requireUser());
    expect(ownerActor.training).toEqual({ apprentice: false, mentor: false });
    expect(homePath(ownerActor)).toBe("/onboarding");
  });
});
