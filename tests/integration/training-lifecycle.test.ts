import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { logWeekHours } from "@/lib/training/hours/actions";
import { saveInstructionCourse } from "@/lib/training/instruction/actions";
import { mentorsWithLoad } from "@/lib/training/hours/data";
import {
  cancelApprenticeTraining,
  resumeApprenticeTraining,
  suspendApprenticeTraining,
} from "@/lib/training/lifecycle/actions";
import { loadTrainingStatus } from "@/lib/training/lifecycle/data";
import { addDays, addMonths, dayOf, isoDay } from "@/lib/training/weeks";
import { parseCsv } from "../support/csv";
import { rapidsDate } from "@/lib/rapids/csv";
import { addMember, createUser } from "../support/factories";
import { asUser } from "../support/sign-in";
import {
  downloadStatusChanges,
  inTraining,
  NOT_FOUND,
  outcome,
  outsidersOf,
  redirectTo,
  weeksAgo,
} from "../support/training";

// The lifecycle after registration (issue 17, point 7): an owner or admin suspends the training (a reason and a
// return date), resumes it, or cancels it (a reason from the list; within or after probation worked out from the
// day). Each change is conditional on the status the page showed, is kept for ever (a trigger), audited and emailed;
// while the training is not active nothing new is recorded on it. Real actions against Postgres, through Auth.js.

const today = isoDay(new Date());
const done = (apprenticeId: string, change: string) =>
  redirectTo(`/training/${apprenticeId}/status?done=${change}#status-heading`);
const suspend = (userId: string, apprenticeId: string, over: Record<string, string> = {}) =>
  asUser(userId, () =>
    suspendApprenticeTraining({
      apprenticeId,
      effectiveOn: today,
      returnOn: isoDay(addDays(new Date(), 30)),
      reason: "Knee surgery and recovery",
      ...over,
    }),
  );
const resume = (userId: string, apprenticeId: string) =>
  asUser(userId, () => resumeApprenticeTraining({ apprenticeId }));
const cancel = (userId: string, apprenticeId: string, over: Record<string, string> = {}) =>
  asUser(userId, () =>
    cancelApprenticeTraining({ apprenticeId, effectiveOn: today, cancellationReason: "OTHER_EMPLOYMENT", ...over }),
  );

/** Everything a refused change must leave as it was. */
const writesOf = async (apprenticeId: string) => ({
  status: (await db.apprentice.findUniqueOrThrow({ where: { id: apprenticeId } })).trainingStatus,
  changes: await db.trainingStatusChange.count({ where: { apprenticeId } }),
  events: await db.auditEvent.count({
    where: { kind: "training.status_changed", subjectType: "TrainingStatusChange" },
  }),
  mail: await db.mailMessage.count({ where: { template: "training-status-changed" } }),
});

describe("suspending and resuming", () => {
  it("pauses the training with a reason and a return date, refuses new records meanwhile, and resumes it", async () => {
    const t = await inTraining({ startDate: weeksAgo(10) });
    const id = t.apprentice.id;
    await expect(suspend(t.owner.id, id)).rejects.toEqual(done(id, "suspend"));
    const status = await loadTrainingStatus({ apprenticeId: id });
    expect(status.apprentice.trainingStatus).toBe("SUSPENDED");
    expect(status.changes).toEqual([
      expect.objectContaining({
        fromStatus: "ACTIVE",
        toStatus: "SUSPENDED",
        effectiveOn: dayOf(new Date()),
        reason: "Knee surgery and recovery",
        returnOn: dayOf(addDays(new Date(), 30)),
        cancellationReason: null,
      }),
    ]);
    // Audited, and emailed to the owner, the apprentice and the mentor.
    expect(await db.auditEvent.count({ where: { kind: "training.status_changed", organizationId: t.org.id } })).toBe(1);
    const mail = await db.mailMessage.findMany({
      where: { template: "training-status-changed", organizationId: t.org.id },
      select: { to: true, subject: true, text: true },
    });
    const addresses = await db.user.findMany({
      where: { id: { in: [t.owner.id, t.apprenticeUser, t.mentorUser] } },
      select: { email: true },
    });
    expect(mail.map((m) => m.to).sort()).toEqual(addresses.map((a) => a.email.toLowerCase()).sort());
    expect(mail[0]!.subject).toBe(`${t.apprentice.firstName} ${t.apprentice.lastName}'s apprenticeship: suspended`);
    expect(mail[0]!.text).toContain("Knee surgery and recovery");

    // Nothing new is recorded while suspended, and it says why.
    const logging = await asUser(t.apprenticeUser, () =>
      logWeekHours({ apprenticeId: id, weekStart: isoDay(weeksAgo(1)), skillSetKey: "SAFETY", day0: "8" }),
    );
    expect(logging).toEqual({
      ok: false,
      message: `${t.apprentice.firstName}'s training is suspended: nothing new can be recorded on it until it resumes.`,
      fieldErrors: {},
    });
    expect(await db.ojtEntry.count({ where: { apprenticeId: id } })).toBe(0);
    const course = await asUser(t.owner.id, () =>
      saveInstructionCourse({
        apprenticeId: id,
        courseId: "",
        rowVersion: "",
        title: "Basic electronics I",
        provider: "Madison College",
        hours: "45",
        completedOn: isoDay(weeksAgo(1)),
      }),
    );
    expect(course).toMatchObject({ ok: false, message: expect.stringContaining("is suspended") });
    expect(await db.instructionCourse.count({ where: { apprenticeId: id } })).toBe(0);
    // A second suspension is refused: it is suspended already.
    expect(await outcome(suspend(t.owner.id, id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("is suspended now, so it cannot be changed that way"),
    });

    await expect(resume(t.owner.id, id)).rejects.toEqual(done(id, "resume"));
    expect((await loadTrainingStatus({ apprenticeId: id })).changes.map((c) => [c.fromStatus, c.toStatus])).toEqual([
      ["SUSPENDED", "ACTIVE"],
      ["ACTIVE", "SUSPENDED"],
    ]);
    await expect(
      asUser(t.apprenticeUser, () =>
        logWeekHours({ apprenticeId: id, weekStart: isoDay(weeksAgo(1)), skillSetKey: "SAFETY", day0: "8" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("refuses bad days next to their field, and changes nothing", async () => {
    const t = await inTraining({ startDate: weeksAgo(4) });
    const id = t.apprentice.id;
    const before = await writesOf(id);
    const refusals: Array<[Record<string, string>, Record<string, string[]>]> = [
      [{ effectiveOn: isoDay(weeksAgo(5)) }, { effectiveOn: ["That is before the apprentice's start date."] }],
      [
        { effectiveOn: isoDay(addDays(new Date(), 2)) },
        { effectiveOn: ["Record the change once it has happened: today or earlier."] },
      ],
      [{ returnOn: today }, { returnOn: ["The return date comes after the day the suspension starts."] }],
      [
        { returnOn: isoDay(addDays(new Date(), 400)) },
        { returnOn: ["A suspension lasts at most a year: resume or cancel the training by then."] },
      ],
      [{ reason: "" }, { reason: ["Say why the training is suspended."] }],
      [{ returnOn: "someday" }, { returnOn: ["Enter the day as a date, like 2027-07-15."] }],
    ];
    for (const [over, fieldErrors] of refusals) {
      expect(await outcome(suspend(t.owner.id, id, over)), JSON.stringify(over)).toMatchObject({
        ok: false,
        fieldErrors,
      });
    }
    expect(await writesOf(id)).toEqual(before);
  });
});

describe("cancelling", () => {
  it("ends the apprenticeship with a reason, within or after probation as the day says, for good", async () => {
    const { probationMonths } = await getCurrentStandards();
    const startDate = dayOf(addMonths(new Date(), -probationMonths - 1));
    const t = await inTraining({ startDate });
    const id = t.apprentice.id;
    // A day in probation, and a day after it.
    const inProbationDay = isoDay(addDays(startDate, 10));
    await expect(
      cancel(t.owner.id, id, { effectiveOn: inProbationDay, cancellationReason: "OTHER", note: "Went back to school" }),
    ).rejects.toEqual(done(id, "cancel"));
    const [change] = (await loadTrainingStatus({ apprenticeId: id })).changes;
    expect(change).toMatchObject({
      toStatus: "CANCELLED",
      cancellationReason: "OTHER",
      reason: "Went back to school",
      inProbation: true,
    });
    // Cancelled is the end: no resuming, no second cancellation, nothing new recorded.
    expect(await outcome(resume(t.owner.id, id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("is cancelled now"),
    });
    expect(await outcome(cancel(t.owner.id, id))).toMatchObject({
      ok: false,
      message: expect.stringContaining("is cancelled now"),
    });

    const later = await inTraining({ startDate });
    await expect(cancel(later.owner.id, later.apprentice.id, { cancellationReason: "LAID_OFF" })).rejects.toEqual(
      done(later.apprentice.id, "cancel"),
    );
    expect((await loadTrainingStatus({ apprenticeId: later.apprentice.id })).changes[0]).toMatchObject({
      inProbation: false,
      cancellationReason: "LAID_OFF",
    });
    // The history is kept as written: the database refuses to change or delete it.
    await expect(
      db.trainingStatusChange.updateMany({ where: { apprenticeId: id }, data: { reason: "x" } }),
    ).rejects.toThrow(/cannot change or be deleted/);
    await expect(db.trainingStatusChange.deleteMany({ where: { apprenticeId: id } })).rejects.toThrow(
      /cannot change or be deleted/,
    );
  });

  it("counts once when two owners cancel at the same moment", async () => {
    const t = await inTraining();
    const admin = await addMember(db, t.org.id, "ADMIN");
    const results = await Promise.all([
      outcome(cancel(t.owner.id, t.apprentice.id)),
      outcome(cancel(admin.user.id, t.apprentice.id, { cancellationReason: "MOVED" })),
    ]);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(results.filter((r) => typeof r !== "string")).toEqual([
      expect.objectContaining({ ok: false, message: expect.stringContaining("is cancelled now") }),
    ]);
    expect(await db.trainingStatusChange.count({ where: { apprenticeId: t.apprentice.id } })).toBe(1);
  });

  it("frees the mentor's place under the ratio", async () => {
    const t = await inTraining();
    const load = async () => (await mentorsWithLoad(t.org.id)).find((m) => m.id === t.mentor.id)?.apprentices;
    expect(await load()).toBe(1);
    await expect(suspend(t.owner.id, t.apprentice.id)).rejects.toEqual(done(t.apprentice.id, "suspend"));
    expect(await load()).toBe(1);
    await expect(cancel(t.owner.id, t.apprentice.id)).rejects.toEqual(done(t.apprentice.id, "cancel"));
    expect(await load()).toBe(0);
  });
});

describe("who changes a status", () => {
  it("is an owner or admin of the organization; anyone else is refused or answered 'not found'", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const member = await addMember(db, t.org.id, "MEMBER");
    const { users: outsiders } = await outsidersOf(t, { staff: true });
    const before = await writesOf(id);
    for (const userId of [t.apprenticeUser, t.mentorUser, member.user.id]) {
      for (const change of [suspend, cancel]) {
        expect(await outcome(change(userId, id))).toEqual({
          ok: false,
          message: "Only an organization owner or admin can change an apprentice's status.",
          fieldErrors: {},
        });
      }
    }
    for (const [who, userId] of Object.entries(outsiders)) {
      for (const change of [suspend, resume, cancel]) {
        expect(await outcome(change(userId, id)), who).toMatchObject(NOT_FOUND);
      }
    }
    expect(await writesOf(id)).toEqual(before);
  });
});

describe("the status changes for RAPIDS", () => {
  const download = downloadStatusChanges;
  const exported = (organizationId: string) =>
    db.auditEvent.count({ where: { kind: "apprentice.rapids_status_changes_exported", organizationId } });

  it("hands staff administrators the cancellations recorded on the days asked for, audited; nobody else gets a file", async () => {
    const t = await inTraining({ startDate: weeksAgo(10) });
    // Dated back two weeks, recorded today: in today's file, where staff who downloaded up to yesterday will find it.
    const effectiveOn = isoDay(addDays(dayOf(new Date()), -14));
    await expect(cancel(t.owner.id, t.apprentice.id, { cancellationReason: "MOVED", effectiveOn })).rejects.toEqual(
      done(t.apprentice.id, "cancel"),
    );
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const response = await download(admin.id, { from: today, to: today });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = parseCsv(await response.text());
    const mine = rows.filter((r) => r[header!.indexOf("Employer")] === `PORTAL-EMP-${t.org.id}`);
    expect(
      mine.map((r) => [
        r[header!.indexOf("Status Change")],
        r[header!.indexOf("Cancellation Reason Code")],
        r[header!.indexOf("Effective Date")],
      ]),
    ).toEqual([["CA", "MV", rapidsDate(new Date(`${effectiveOn}T00:00:00.000Z`))]]);
    expect(await exported(t.org.id)).toBe(1);

    // Days before it was recorded, even the day it took effect: not in the file. A range backwards: back to the page, which says so.
    const earlier = await download(admin.id, { from: isoDay(weeksAgo(9)), to: effectiveOn });
    expect(parseCsv(await earlier.text()).some((r) => r.includes(`PORTAL-EMP-${t.org.id}`))).toBe(false);
    const backwards = await download(admin.id, { from: today, to: isoDay(weeksAgo(1)) });
    expect([backwards.status, backwards.headers.get("location")]).toEqual([
      303,
      "/staff/apprentices?problem=range#status-changes-heading",
    ]);
    // Another site's form, a staff reviewer, the employer: no file, nothing recorded.
    expect((await download(admin.id, { from: isoDay(weeksAgo(1)), to: today }, "https://evil.example")).status).toBe(
      403,
    );
    const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    expect((await download(reviewer.id, { from: isoDay(weeksAgo(1)), to: today })).status).toBe(404);
    expect((await download(t.owner.id, { from: isoDay(weeksAgo(1)), to: today })).status).toBe(404);
    expect(await exported(t.org.id)).toBe(1);
  });
});
