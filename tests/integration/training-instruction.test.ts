import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireTrainingAccess } from "@/lib/authz/training";
import { formatLongDate } from "@/lib/dates";
import { getCurrentStandards } from "@/lib/program/standards/data";
import {
  confirmInstructionCourses,
  removeInstructionCourse,
  saveInstructionCourse,
} from "@/lib/training/instruction/actions";
import { loadInstruction } from "@/lib/training/instruction/data";
import { fallingBehind } from "@/lib/training/instruction/years";
import { addDays, isoDay } from "@/lib/training/weeks";
import { addMember, createOrganization, createUser } from "../support/factories";
import { asUser, signInAs } from "../support/sign-in";
import {
  approvedApprentice,
  inTraining,
  NOT_FOUND,
  outcome,
  outsidersOf,
  redirectTo,
  weeksAgo,
} from "../support/training";

// Training to completion, related instruction (issue 17): courses entered by the apprentice or their employer,
// corrected or removed while unconfirmed, confirmed by an owner or admin, and counted per apprenticeship year against
// the program's minimum. Real actions against Postgres, signed in through Auth.js, in the setting of
// ../support/training.ts (the apprentice started four weeks ago unless said otherwise).

const FIX_FIELDS = "Please correct the highlighted fields.";
const CHANGED = "This course was confirmed or changed meanwhile. Reload the page to see it.";
const COURSE_FORBIDDEN = {
  ok: false,
  message: "Courses are added by the apprentice, or by an owner or admin of their organization on their behalf.",
  fieldErrors: {},
};
const CONFIRM_FORBIDDEN = {
  ok: false,
  message: "Only an organization owner or admin can confirm courses.",
  fieldErrors: {},
};

const done = (apprenticeId: string, what: string) => redirectTo(`/training/${apprenticeId}/instruction?done=${what}`);
const confirmedTo = (apprenticeId: string, confirmed: number, unchanged: number) =>
  `/training/${apprenticeId}/instruction?done=confirmed&confirmed=${confirmed}&unchanged=${unchanged}`;

/** The course form as the page posts it: a 45-hour course completed a week ago unless said otherwise. */
const form = (apprenticeId: string, extra: Record<string, string> = {}) => ({
  apprenticeId,
  courseId: "",
  rowVersion: "",
  title: "Basic electronics I",
  provider: "Madison College",
  hours: "45",
  completedOn: isoDay(weeksAgo(1)),
  ...extra,
});
/** Adds a course as this user and expects it added; returns it. */
async function added(userId: string, apprenticeId: string, extra: Record<string, string> = {}) {
  await expect(asUser(userId, () => saveInstructionCourse(form(apprenticeId, extra)))).rejects.toEqual(
    done(apprenticeId, "added"),
  );
  return db.instructionCourse.findFirstOrThrow({ where: { apprenticeId }, orderBy: { createdAt: "desc" } });
}
const course = (id: string) => db.instructionCourse.findUniqueOrThrow({ where: { id } });
const ticked = (c: { id: string; rowVersion: number }) => `${c.id}:${c.rowVersion}`;
const confirm = (userId: string, apprenticeId: string, ...courses: Array<{ id: string; rowVersion: number }>) =>
  outcome(asUser(userId, () => confirmInstructionCourses({ apprenticeId, courses: courses.map(ticked) })));
const audits = (kind: string, subjectId: string) =>
  db.auditEvent.findMany({ where: { kind, subjectId }, orderBy: { createdAt: "asc" } });
/** What a refused write must leave as it was: the organization's courses and its training audit events. */
async function writesOf(organizationId: string) {
  const courses = await db.instructionCourse.findMany({ where: { organizationId }, orderBy: { id: "asc" } });
  const events = await db.auditEvent.count({ where: { organizationId, kind: { startsWith: "training.course" } } });
  return { courses, events };
}

describe("adding a course", () => {
  it("is done by the apprentice, or by an owner or admin on their behalf, and recorded", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const mine = await added(t.apprenticeUser, id, { hours: "7.5", title: "  Basic electronics I  " });
    expect(mine).toMatchObject({
      organizationId: t.org.id,
      title: "Basic electronics I",
      provider: "Madison College",
      minutes: 450,
      completedOn: weeksAgo(1),
      enteredById: t.apprenticeUser,
      confirmedAt: null,
      confirmedById: null,
      rowVersion: 0,
    });
    expect(
      (await audits("training.course_saved", mine.id)).map((e) => [e.actorId, e.organizationId, e.payload]),
    ).toEqual([
      [
        t.apprenticeUser,
        t.org.id,
        {
          apprenticeId: id,
          title: "Basic electronics I",
          minutes: 450,
          completedOn: isoDay(weeksAgo(1)),
          edited: false,
        },
      ],
    ]);

    const admin = await addMember(db, t.org.id, "ADMIN");
    const byOwner = await added(t.owner.id, id, { title: "Medical terminology" });
    const byAdmin = await added(admin.user.id, id, { title: "Electrical safety", completedOn: isoDay(new Date()) });
    expect(byOwner).toMatchObject({ enteredById: t.owner.id, title: "Medical terminology", minutes: 2700 });
    expect(byAdmin).toMatchObject({
      enteredById: admin.user.id,
      completedOn: new Date(`${isoDay(new Date())}T00:00:00.000Z`),
    });
    expect(await audits("training.course_saved", byAdmin.id)).toEqual([
      expect.objectContaining({ actorId: admin.user.id, payload: expect.objectContaining({ edited: false }) }),
    ]);
  });

  it("is refused to plain members of the organization and to the mentor, who write nothing", async () => {
    const t = await inTraining();
    const member = await addMember(db, t.org.id, "MEMBER");
    const waiting = await added(t.apprenticeUser, t.apprentice.id);
    const before = await writesOf(t.org.id);
    for (const userId of [member.user.id, t.mentorUser]) {
      // Both see the record: they are refused the writing, not the apprentice.
      await expect(asUser(userId, () => requireTrainingAccess(t.apprentice.id))).resolves.toMatchObject({
        apprenticeId: t.apprentice.id,
      });
      expect(await asUser(userId, () => saveInstructionCourse(form(t.apprentice.id)))).toEqual(COURSE_FORBIDDEN);
      expect(
        await asUser(userId, () =>
          saveInstructionCourse(form(t.apprentice.id, { courseId: waiting.id, rowVersion: "0", hours: "1" })),
        ),
      ).toEqual(COURSE_FORBIDDEN);
      expect(
        await asUser(userId, () =>
          removeInstructionCourse({ apprenticeId: t.apprentice.id, courseId: waiting.id, rowVersion: "0" }),
        ),
      ).toEqual(COURSE_FORBIDDEN);
    }
    expect(await writesOf(t.org.id)).toEqual(before);
  });

  it("refuses each impossible course next to its field, and writes nothing", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const before = await writesOf(t.org.id);
    const refusals: Array<[extra: Record<string, string>, fieldErrors: Record<string, string[]>]> = [
      [
        { completedOn: isoDay(addDays(new Date(), 1)) },
        { completedOn: ["That day has not come yet: add the course once it is completed."] },
      ],
      [
        { completedOn: isoDay(addDays(weeksAgo(4), -1)) },
        {
          completedOn: [
            `That is before Sam's start date, ${formatLongDate(weeksAgo(4))}; earlier courses are credit for prior learning, which AAMI records at registration.`,
          ],
        },
      ],
      [{ completedOn: "2027-02-30" }, { completedOn: ["Enter the day as a date, like 2027-05-20."] }],
      [{ hours: "0" }, { hours: ["Enter the course's hours."] }],
      [{ hours: "0.001" }, { hours: ["Enter the hours as a number, like 45 or 7.5."] }],
      [{ hours: "1000.5" }, { hours: ["One course can hold at most 1000 hours."] }],
      [{ hours: "forty" }, { hours: ["Enter the hours as a number, like 45 or 7.5."] }],
      [{ title: "" }, { title: ["Enter the course's name."] }],
      [{ provider: "   " }, { provider: ["Enter who taught it."] }],
    ];
    for (const [extra, fieldErrors] of refusals) {
      expect(
        await asUser(t.apprenticeUser, () => saveInstructionCourse(form(id, extra))),
        JSON.stringify(extra),
      ).toEqual({ ok: false, message: FIX_FIELDS, fieldErrors });
    }
    expect(await writesOf(t.org.id)).toEqual(before);
    expect(before.courses).toEqual([]);
  });
});

describe("correcting and removing a course", () => {
  it("corrects an unconfirmed course at the version the form showed, and nothing older", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const c = await added(t.apprenticeUser, id);
    const correct = (rowVersion: string, extra: Record<string, string>) =>
      asUser(t.apprenticeUser, () => saveInstructionCourse(form(id, { courseId: c.id, rowVersion, ...extra })));

    await expect(correct("0", { hours: "40", title: "Basic electronics II" })).rejects.toEqual(done(id, "corrected"));
    expect(await course(c.id)).toMatchObject({ minutes: 2400, title: "Basic electronics II", rowVersion: 1 });
    expect((await audits("training.course_saved", c.id)).map((e) => e.payload)).toEqual([
      expect.objectContaining({ edited: false, minutes: 2700 }),
      expect.objectContaining({ edited: true, minutes: 2400, title: "Basic electronics II" }),
    ]);
    expect(await db.instructionCourse.count({ where: { apprenticeId: id } })).toBe(1);

    // A second tab still showing version 0, and a form that lost its version.
    for (const rowVersion of ["0", ""]) {
      expect(await correct(rowVersion, { hours: "12" })).toEqual({ ok: false, message: CHANGED, fieldErrors: {} });
    }
    expect(await course(c.id)).toMatchObject({ minutes: 2400, rowVersion: 1 });
    // The correction is checked as a new course is.
    expect(await correct("1", { completedOn: isoDay(addDays(new Date(), 1)) })).toMatchObject({
      fieldErrors: { completedOn: [expect.stringContaining("has not come yet")] },
    });
    expect(await audits("training.course_saved", c.id)).toHaveLength(2);
  });

  it("removes an unconfirmed course, and keeps a confirmed one as it is", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const [mistake, kept] = [await added(t.apprenticeUser, id), await added(t.apprenticeUser, id, { hours: "3" })];
    // A page drawn before the course was corrected removes nothing.
    expect(
      await asUser(t.owner.id, () =>
        removeInstructionCourse({ apprenticeId: id, courseId: mistake.id, rowVersion: "1" }),
      ),
    ).toEqual({ ok: false, message: CHANGED, fieldErrors: {} });
    await expect(
      asUser(t.owner.id, () => removeInstructionCourse({ apprenticeId: id, courseId: mistake.id, rowVersion: "0" })),
    ).rejects.toEqual(done(id, "removed"));
    expect(await db.instructionCourse.findUnique({ where: { id: mistake.id } })).toBeNull();
    expect(await audits("training.course_removed", mistake.id)).toEqual([
      expect.objectContaining({
        actorId: t.owner.id,
        organizationId: t.org.id,
        payload: { apprenticeId: id, title: "Basic electronics I" },
      }),
    ]);
    // Removed already: a second tab is told it is gone.
    expect(
      await asUser(t.apprenticeUser, () =>
        removeInstructionCourse({ apprenticeId: id, courseId: mistake.id, rowVersion: "0" }),
      ),
    ).toMatchObject(NOT_FOUND);

    expect(await confirm(t.owner.id, id, kept)).toBe(confirmedTo(id, 1, 0));
    const confirmed = await course(kept.id);
    const before = await writesOf(t.org.id);
    expect(
      await asUser(t.apprenticeUser, () =>
        saveInstructionCourse(form(id, { courseId: kept.id, rowVersion: String(confirmed.rowVersion), hours: "30" })),
      ),
    ).toEqual({ ok: false, message: CHANGED, fieldErrors: {} });
    for (const userId of [t.apprenticeUser, t.owner.id]) {
      expect(
        await asUser(userId, () =>
          removeInstructionCourse({ apprenticeId: id, courseId: kept.id, rowVersion: String(confirmed.rowVersion) }),
        ),
      ).toEqual({
        ok: false,
        message: "This course is confirmed, so it stays on the record.",
        fieldErrors: {},
      });
    }
    expect(await writesOf(t.org.id)).toEqual(before);
    expect(confirmed).toMatchObject({ minutes: 180, rowVersion: 1 });
  });

  it("touches only courses of the apprentice named in the form", async () => {
    // The owner reaches both apprentices; a course of one posted under the other is not found.
    const t = await inTraining();
    const other = await inTraining({ org: { org: t.org, owner: t.owner } });
    const theirs = await added(other.apprenticeUser, other.apprentice.id);
    const before = await writesOf(t.org.id);
    await signInAs(t.owner.id);
    expect(
      await saveInstructionCourse(form(t.apprentice.id, { courseId: theirs.id, rowVersion: "0", hours: "1" })),
    ).toMatchObject(NOT_FOUND);
    expect(
      await removeInstructionCourse({ apprenticeId: t.apprentice.id, courseId: theirs.id, rowVersion: "0" }),
    ).toMatchObject(NOT_FOUND);
    expect(await outcome(confirmInstructionCourses({ apprenticeId: t.apprentice.id, courses: [ticked(theirs)] }))).toBe(
      confirmedTo(t.apprentice.id, 0, 1),
    );
    expect(await writesOf(t.org.id)).toEqual(before);
  });
});

describe("confirming courses", () => {
  it("is done by an owner or admin, one course or several at once, each once", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const admin = await addMember(db, t.org.id, "ADMIN");
    const member = await addMember(db, t.org.id, "MEMBER");
    const [a, b, c, d] = [
      await added(t.apprenticeUser, id, { title: "A" }),
      await added(t.apprenticeUser, id, { title: "B" }),
      await added(t.owner.id, id, { title: "C" }),
      await added(t.apprenticeUser, id, { title: "D" }),
    ];

    const before = await writesOf(t.org.id);
    for (const userId of [t.apprenticeUser, t.mentorUser, member.user.id]) {
      expect(await confirm(userId, id, a, b)).toEqual(CONFIRM_FORBIDDEN);
    }
    expect(await writesOf(t.org.id)).toEqual(before);

    expect(await confirm(t.owner.id, id, a)).toBe(confirmedTo(id, 1, 0));
    const confirmedA = await course(a.id);
    expect(confirmedA).toMatchObject({ confirmedById: t.owner.id, rowVersion: 1 });
    expect(confirmedA.confirmedAt).not.toBeNull();
    // A batch: b and c, with a (confirmed already) ticked on a page showing its old version.
    expect(await confirm(admin.user.id, id, b, c, a)).toBe(confirmedTo(id, 2, 1));
    expect(await course(b.id)).toMatchObject({ confirmedById: admin.user.id, rowVersion: 1 });
    expect(await course(c.id)).toMatchObject({ confirmedById: admin.user.id, rowVersion: 1 });
    expect(await course(a.id)).toEqual(confirmedA);

    // The same course ticked twice (a hand-made request) is one course, confirmed once.
    expect(await confirm(t.owner.id, id, d, d)).toBe(confirmedTo(id, 1, 0));
    expect(await audits("training.course_confirmed", d.id)).toEqual([
      expect.objectContaining({ actorId: t.owner.id, organizationId: t.org.id, payload: { apprenticeId: id } }),
    ]);
    expect(
      await db.auditEvent.count({
        where: { kind: "training.course_confirmed", subjectId: { in: [a, b, c].map((x) => x.id) } },
      }),
    ).toBe(3);
    // A course edited since the page was drawn is left as it is.
    const e = await added(t.apprenticeUser, id, { title: "E" });
    await expect(
      asUser(t.apprenticeUser, () => saveInstructionCourse(form(id, { courseId: e.id, rowVersion: "0", hours: "5" }))),
    ).rejects.toEqual(done(id, "corrected"));
    expect(await confirm(t.owner.id, id, e)).toBe(confirmedTo(id, 0, 1));
    expect(await course(e.id)).toMatchObject({ confirmedAt: null, rowVersion: 1 });
  });

  it("counts one confirmation when two owners confirm the same course at once", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const admin = await addMember(db, t.org.id, "ADMIN");
    const c = await added(t.apprenticeUser, id);
    const outcomes = await Promise.all([confirm(t.owner.id, id, c), confirm(admin.user.id, id, c)]);
    expect(outcomes.sort()).toEqual([confirmedTo(id, 0, 1), confirmedTo(id, 1, 0)]);
    expect(await course(c.id)).toMatchObject({ rowVersion: 1, confirmedById: expect.any(String) });
    expect(await audits("training.course_confirmed", c.id)).toHaveLength(1);
  });

  it("is final in the database itself, whoever writes", async () => {
    const t = await inTraining();
    const c = await added(t.apprenticeUser, t.apprentice.id);
    expect(await confirm(t.owner.id, t.apprentice.id, c)).toBe(confirmedTo(t.apprentice.id, 1, 0));
    const confirmed = await course(c.id);
    await expect(db.instructionCourse.update({ where: { id: c.id }, data: { minutes: 6000 } })).rejects.toThrow(
      /confirmed and cannot change/,
    );
    await expect(
      db.instructionCourse.update({ where: { id: c.id }, data: { confirmedAt: null, confirmedById: null } }),
    ).rejects.toThrow(/confirmed and cannot change/);
    await expect(db.instructionCourse.delete({ where: { id: c.id } })).rejects.toThrow(/confirmed and cannot change/);
    expect(await course(c.id)).toEqual(confirmed);
    // Nor does it hold a course of no hours.
    const waiting = await added(t.apprenticeUser, t.apprentice.id);
    await expect(db.instructionCourse.update({ where: { id: waiting.id }, data: { minutes: 0 } })).rejects.toThrow(
      /InstructionCourse_minutes_positive/,
    );
    expect(await course(waiting.id)).toMatchObject({ minutes: 2700 });
  });
});

describe("instruction by apprenticeship year", () => {
  it("holds each year's confirmed hours against the minimum, with the waiting hours apart", async () => {
    // Started on the first of the month eight months ago: eight months and some days into year 1.
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 8, 1));
    const t = await inTraining({ startDate: start });
    const id = t.apprentice.id;
    const { riHoursPerYear, termMonths } = await getCurrentStandards();
    const first = await added(t.apprenticeUser, id, { hours: "20", completedOn: isoDay(start) });
    const second = await added(t.apprenticeUser, id, { hours: "12.5", completedOn: isoDay(addDays(start, 40)) });
    await added(t.apprenticeUser, id, { hours: "10" });
    expect(await confirm(t.owner.id, id, first, second)).toBe(confirmedTo(id, 2, 0));

    const record = await asUser(t.apprenticeUser, async () => loadInstruction(await requireTrainingAccess(id)));
    expect(record.riHoursPerYear).toBe(riHoursPerYear);
    expect(record.years).toHaveLength(Math.ceil(termMonths / 12));
    // 32.5 confirmed hours trail the share of the minimum eight months or more call for.
    expect(riHoursPerYear * (8 / 12)).toBeGreaterThan(32.5);
    expect(record.years[0]).toMatchObject({
      year: 1,
      from: start,
      confirmedHours: 32.5,
      waitingHours: 10,
      requiredHours: riHoursPerYear,
      standing: "behind",
    });
    expect(record.years.slice(1).map((y) => [y.confirmedHours, y.waitingHours, y.standing])).toEqual(
      record.years.slice(1).map(() => [0, 0, "not-started"]),
    );
    expect(fallingBehind(record.years)).toBe(true);
    // Newest first, each with the version its checkbox carries.
    expect(record.courses.map((c) => [c.minutes, c.rowVersion, c.confirmedAt !== null])).toEqual([
      [600, 0, false],
      [750, 1, true],
      [1200, 1, true],
    ]);

    // Enough hours confirmed for the part of the year gone by: on track.
    const more = await added(t.owner.id, id, { hours: String(Math.ceil(riHoursPerYear * (8 / 12))) });
    expect(await confirm(t.owner.id, id, more)).toBe(confirmedTo(id, 1, 0));
    const caughtUp = await asUser(t.owner.id, async () => loadInstruction(await requireTrainingAccess(id)));
    expect(caughtUp.years[0]).toMatchObject({ standing: "on-track", waitingHours: 10 });
    expect(fallingBehind(caughtUp.years)).toBe(false);
  });
});

describe("who reaches an apprentice's instruction", () => {
  it("answers 'not found' to everyone but the apprentice, their mentor and their organization, and changes nothing", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const { otherOrg, users: outsiders } = await outsidersOf(t, { staff: true });
    const waiting = await added(t.apprenticeUser, id);
    const before = await writesOf(t.org.id);

    for (const [who, userId] of Object.entries(outsiders)) {
      await asUser(userId, async () => {
        await expect(requireTrainingAccess(id), who).rejects.toMatchObject({ code: "NOT_FOUND" });
        expect(await saveInstructionCourse(form(id)), who).toMatchObject(NOT_FOUND);
        expect(
          await saveInstructionCourse(form(id, { courseId: waiting.id, rowVersion: "0", hours: "1" })),
          who,
        ).toMatchObject(NOT_FOUND);
        expect(
          await removeInstructionCourse({ apprenticeId: id, courseId: waiting.id, rowVersion: "0" }),
          who,
        ).toMatchObject(NOT_FOUND);
        expect(await confirmInstructionCourses({ apprenticeId: id, courses: [ticked(waiting)] }), who).toMatchObject(
          NOT_FOUND,
        );
      });
    }
    // Another organization's owner, naming an apprentice of their own with this course: not theirs either.
    await signInAs(otherOrg.owner.id);
    const theirOwn = otherOrg.apprentice.id;
    expect(
      await saveInstructionCourse(form(theirOwn, { courseId: waiting.id, rowVersion: "0", hours: "1" })),
    ).toMatchObject(NOT_FOUND);
    expect(
      await removeInstructionCourse({ apprenticeId: theirOwn, courseId: waiting.id, rowVersion: "0" }),
    ).toMatchObject(NOT_FOUND);
    expect(await outcome(confirmInstructionCourses({ apprenticeId: theirOwn, courses: [ticked(waiting)] }))).toBe(
      confirmedTo(theirOwn, 0, 1),
    );
    expect(await writesOf(t.org.id)).toEqual(before);
    expect(await writesOf(otherOrg.org.id)).toEqual({ courses: [], events: 0 });

    // The three who do reach it, and see the course.
    for (const userId of [t.apprenticeUser, t.mentorUser, t.owner.id]) {
      const record = await asUser(userId, async () => loadInstruction(await requireTrainingAccess(id)));
      expect(record.courses.map((c) => c.id)).toEqual([waiting.id]);
    }
  });

  it("has no record for an apprentice AAMI has not approved yet", async () => {
    const t = await createOrganization(db);
    const draft = await approvedApprentice(t.org.id, { status: "DRAFT" });
    const user = await createUser(db);
    await db.apprentice.update({ where: { id: draft.id }, data: { userId: user.id } });
    const stray = await db.instructionCourse.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: draft.id,
        title: "Entered behind the portal's back",
        provider: "Madison College",
        minutes: 60,
        completedOn: weeksAgo(1),
        enteredById: user.id,
      },
    });
    const before = await writesOf(t.org.id);
    for (const userId of [t.owner.id, user.id]) {
      await asUser(userId, async () => {
        await expect(requireTrainingAccess(draft.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
        expect(await saveInstructionCourse(form(draft.id))).toMatchObject(NOT_FOUND);
        expect(
          await removeInstructionCourse({ apprenticeId: draft.id, courseId: stray.id, rowVersion: "0" }),
        ).toMatchObject(NOT_FOUND);
        expect(await confirmInstructionCourses({ apprenticeId: draft.id, courses: [ticked(stray)] })).toMatchObject(
          NOT_FOUND,
        );
      });
    }
    expect(await writesOf(t.org.id)).toEqual(before);
  });
});
