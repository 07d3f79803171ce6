import { afterAll, describe, expect, it } from "vitest";
import type { ReminderKind } from "@prisma/client";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { raisesToAct } from "@/lib/training/raises/due";
import { sendTrainingReminders } from "@/lib/training/reminders/send";
import { addDays, isoDay, mondayOf } from "@/lib/training/weeks";
import { askSignOff, inTraining, logWeek, weeksAgo } from "../support/training";
import { wageSchedule } from "../support/training-records";

// Reminders (issue 17, points 5 and 9): the weekly digest to mentors with approvals waiting, the nudge to apprentices
// with no log for 14 days, and the owners' and admins' digest of raises coming up and due. Each goes through the
// outbox at most once per subject and period, also when another instance (a second database client here) is sending
// the same reminder at the same moment. The pass reads every apprentice in the worker's database, so each test reads only its own mail.

const DAY = 86_400_000;
const mailTo = (to: string, template: string) =>
  db.mailMessage.findMany({ where: { to: to.toLowerCase(), template }, orderBy: { createdAt: "asc" } });
const ownerEmail = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).email;
const userEmail = ownerEmail;

/** A second app instance: its own pool of connections to the same database. */
const otherInstance = createPrismaClient(process.env.DATABASE_URL!, 4);
afterAll(() => otherInstance.$disconnect());

/**
 * Runs this instance's pass while the other instance is in the middle of sending the same reminder: it has taken
 * the reminder's row and not committed yet. The pass has read that the reminder is not sent and must then wait on
 * the row; once the other instance commits, it sends nothing.
 */
async function passWhileOtherInstanceSends(key: { kind: ReminderKind; subjectKey: string; period: string }, now: Date) {
  let commit = () => {};
  const committed = new Promise<void>((resolve) => (commit = resolve));
  let taken = () => {};
  const isTaken = new Promise<void>((resolve) => (taken = resolve));
  const other = otherInstance.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "Reminder" ("id", "kind", "subjectKey", "period")
        VALUES (gen_random_uuid()::text, ${key.kind}::"ReminderKind", ${key.subjectKey}, ${key.period})`;
      taken();
      await committed;
    },
    { timeout: 30_000 },
  );
  await isTaken;
  const pass = sendTrainingReminders(db, now);
  // Until this pass waits on the other instance's row.
  const waitingOnIt = async () => {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT COUNT(*)::int AS waiting FROM pg_stat_activity
       WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "Reminder"%'`;
    return row!.waiting > 0;
  };
  while (!(await waitingOnIt())) await new Promise((resolve) => setTimeout(resolve, 20));
  commit();
  await other;
  return pass;
}

describe("the mentors' weekly digest", () => {
  it("lists each mentee's waiting weeks and sign-offs, once a week, however many instances run the pass", async () => {
    const t = await inTraining();
    const mentorEmail = await userEmail(t.mentorUser);
    const now = new Date();
    // Nothing waits yet: no digest.
    await sendTrainingReminders(db, now);
    expect(await mailTo(mentorEmail, "training-mentor-digest")).toEqual([]);

    await logWeek(t, weeksAgo(2), "SUBMITTED");
    await logWeek(t, weeksAgo(1), "SUBMITTED");
    await askSignOff(t);
    // Another instance is sending this week's digest: this one sends nothing.
    const week = isoDay(mondayOf(now));
    await passWhileOtherInstanceSends({ kind: "MENTOR_DIGEST", subjectKey: t.mentor.id, period: week }, now);
    expect(await mailTo(mentorEmail, "training-mentor-digest")).toEqual([]);
    await db.reminder.deleteMany({ where: { kind: "MENTOR_DIGEST", subjectKey: t.mentor.id } });

    await sendTrainingReminders(db, now);
    await sendTrainingReminders(db, now);
    const digests = await mailTo(mentorEmail, "training-mentor-digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(
      `${t.apprentice.firstName} ${t.apprentice.lastName}: 2 weeks of hours to approve, 1 skill to sign off`,
    );
    expect(digests[0]!.text).toContain("/training/review");
    expect(await db.reminder.count({ where: { kind: "MENTOR_DIGEST", subjectKey: t.mentor.id } })).toBe(1);

    // Next week, with the weeks still waiting: the next digest.
    await sendTrainingReminders(db, new Date(now.getTime() + 7 * DAY));
    expect(await mailTo(mentorEmail, "training-mentor-digest")).toHaveLength(2);
  });
});

describe("the nudge to log hours", () => {
  it("goes to an apprentice with nothing logged for 14 days, once a week, across instances", async () => {
    const silent = await inTraining({ startDate: weeksAgo(4) });
    const logging = await inTraining({ startDate: weeksAgo(4) });
    const justStarted = await inTraining({ startDate: weeksAgo(1) });
    await logWeek(logging, weeksAgo(1), "SUBMITTED");
    const now = new Date();
    const week = isoDay(mondayOf(now));
    await passWhileOtherInstanceSends(
      { kind: "APPRENTICE_NUDGE", subjectKey: silent.apprentice.id, period: week },
      now,
    );
    expect(await mailTo(await userEmail(silent.apprenticeUser), "training-log-nudge")).toEqual([]);
    await db.reminder.deleteMany({ where: { kind: "APPRENTICE_NUDGE", subjectKey: silent.apprentice.id } });
    await sendTrainingReminders(db, now);
    await sendTrainingReminders(db, now);

    const nudges = await mailTo(await userEmail(silent.apprenticeUser), "training-log-nudge");
    expect(nudges).toHaveLength(1);
    expect(nudges[0]!.text).toContain("You have not logged any on-the-job hours yet.");
    expect(nudges[0]!.text).toContain(`/training/${silent.apprentice.id}/log`);
    expect(await mailTo(await userEmail(logging.apprenticeUser), "training-log-nudge")).toEqual([]);
    expect(await mailTo(await userEmail(justStarted.apprenticeUser), "training-log-nudge")).toEqual([]);

    // Fifteen days on, the apprentice who logged has been silent for 14 days too; the silent one gets a second nudge.
    const later = new Date(now.getTime() + 15 * DAY);
    await sendTrainingReminders(db, later);
    const second = await mailTo(await userEmail(logging.apprenticeUser), "training-log-nudge");
    expect(second).toHaveLength(1);
    expect(second[0]!.text).toMatch(/You last logged hours on .+, more than two weeks ago\./);
    expect(await mailTo(await userEmail(silent.apprenticeUser), "training-log-nudge")).toHaveLength(2);
  });
});

describe("the owners' and admins' digest of raises", () => {
  it("is sent 14 days before a raise falls due and on the day, once each, across instances", async () => {
    // A monthly schedule with the first raise after 2 months: started so that it falls due ten days from now.
    const now = new Date();
    const startDate = new Date(`${isoDay(addDays(now, 10 - 61))}T00:00:00Z`);
    const t = await inTraining({ startDate });
    await wageSchedule(db, t.org.id, "MONTHS", 2, 24);
    const [raise] = await raisesToAct({ organizationId: t.org.id }, now);
    expect(raise).toMatchObject({ step: 1, standing: "soon" });
    const dueOn = raise!.dueOn;
    const owner = await ownerEmail(t.owner.id);

    const digestKey = { kind: "RAISES_DIGEST" as const, subjectKey: t.org.id, period: isoDay(now) };
    await passWhileOtherInstanceSends(digestKey, now);
    expect(await mailTo(owner, "training-raises-due")).toEqual([]);
    await db.reminder.deleteMany({ where: { subjectKey: t.org.id } });

    await sendTrainingReminders(db, now);
    await sendTrainingReminders(db, now);
    await sendTrainingReminders(db, new Date(now.getTime() + DAY));
    let digests = await mailTo(owner, "training-raises-due");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe(`Apprentice raises due at ${t.org.legalName}`);
    expect(digests[0]!.text).toMatch(new RegExp(`${t.apprentice.firstName} ${t.apprentice.lastName}.*: .+, due on `));

    // On the day it falls due: the second digest, then nothing more while it stays due.
    const onTheDay = new Date(dueOn.getTime() + 9 * 3600_000);
    await sendTrainingReminders(db, onTheDay);
    await sendTrainingReminders(db, onTheDay);
    await sendTrainingReminders(db, new Date(onTheDay.getTime() + DAY));
    digests = await mailTo(owner, "training-raises-due");
    expect(digests).toHaveLength(2);
    expect(digests[1]!.text).toContain("due since ");
    // The mentor and the apprentice are not employers' recipients.
    expect(await mailTo(await userEmail(t.mentorUser), "training-raises-due")).toEqual([]);
  });

  it("flags a raise to staff once it is overdue by more than 30 days", async () => {
    const now = new Date();
    const t = await inTraining({ startDate: new Date(`${isoDay(addDays(now, -61 - 31))}T00:00:00Z`) });
    await wageSchedule(db, t.org.id, "MONTHS", 2, 24);
    const overdue = (await raisesToAct({}, now)).filter((r) => r.standing === "overdue");
    expect(overdue).toContainEqual(
      expect.objectContaining({ apprenticeId: t.apprentice.id, organizationName: t.org.legalName, step: 1 }),
    );
  });
});
