import type { WageStepBasis } from "@prisma/client";
import { addDays, mondayOf } from "../../lib/training/weeks";
import type { Db } from "../../lib/prisma-client";

// Records a training leaves, written straight to the database for tests that need them as a setting (integration
// and end-to-end alike: no test runner's imports here): a wage schedule, and a record that meets the completion
// checklist as two years of training would leave it.

/** The organization's wage schedule: entry $22.80, a raise to 65% of $38 at `threshold` (and 70% at twice it). */
export async function wageSchedule(
  db: Db,
  organizationId: string,
  basis: WageStepBasis,
  threshold: number,
  termLength: number,
) {
  await db.wageSchedule.deleteMany({ where: { organizationId } });
  await db.wageSchedule.create({
    data: {
      organizationId,
      journeyworkerRateCents: 3800,
      entryWageCents: 2280,
      basis,
      termLength,
      steps: {
        create: [
          { organizationId, ordinal: 0, threshold, amountKind: "PERCENT", amountValue: 6500 },
          { organizationId, ordinal: 1, threshold: threshold * 2, amountKind: "PERCENT", amountValue: 7000 },
        ],
      },
    },
  });
}

export type TrainingPeople = {
  apprenticeId: string;
  organizationId: string;
  startDate: Date;
  apprenticeUserId: string;
  mentorUserId: string;
  ownerId: string;
};

/**
 * Makes the record meet the completion checklist, as two years of training would leave it: the first skill set's
 * hours approved week by week and every other set credited (fast track), every skill signed off, the instruction
 * minimum confirmed for each year of the term, and a monthly wage schedule whose raises are all recorded. The
 * apprentice must have started more than two years ago.
 */
export async function meetCompletionChecklist(db: Db, p: TrainingPeople) {
  const standards = await db.standardsVersion.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: {
      riHoursPerYear: true,
      termMonths: true,
      skillSets: {
        orderBy: { ordinal: "asc" },
        select: { key: true, hours: true, skills: { select: { code: true } } },
      },
    },
  });
  const { apprenticeId, organizationId, startDate } = p;
  const [first, ...others] = standards.skillSets;
  await db.apprenticeSkillCredit.createMany({
    data: others.map((s) => ({
      apprenticeId,
      organizationId,
      skillSetKey: s.key,
      evidence: "Prior job",
      creditedHours: s.hours,
    })),
  });
  // 50 hours a week (five 10-hour days) until the set's hours are reached.
  for (let week = 0; week * 50 < first!.hours; week++) {
    await db.ojtEntry.create({
      data: {
        organizationId,
        apprenticeId,
        weekStart: addDays(mondayOf(startDate), 7 * (week + 1)),
        skillSetKey: first!.key,
        dayMinutes: [600, 600, 600, 600, 600, 0, 0],
        totalMinutes: 3000,
        loggedById: p.apprenticeUserId,
        status: "APPROVED",
        reviewedById: p.mentorUserId,
        reviewedAt: new Date(),
      },
    });
  }
  await db.skillSignOff.createMany({
    data: standards.skillSets.flatMap((set) =>
      set.skills.map((skill) => ({
        organizationId,
        apprenticeId,
        skillCode: skill.code,
        skillSetKey: set.key,
        demonstratedOn: addDays(startDate, 30),
        signedById: p.mentorUserId,
      })),
    ),
  });
  await db.instructionCourse.createMany({
    data: Array.from({ length: Math.ceil(standards.termMonths / 12) }, (_, year) => ({
      organizationId,
      apprenticeId,
      title: `Year ${year + 1} BMET coursework`,
      provider: "Madison College",
      minutes: standards.riHoursPerYear * 60,
      completedOn: addDays(startDate, 365 * year + 60),
      enteredById: p.ownerId,
      confirmedAt: new Date(),
      confirmedById: p.ownerId,
    })),
  });
  await wageSchedule(db, organizationId, "MONTHS", 6, 24);
  await db.wageRaise.createMany({
    data: [1, 2].map((step) => ({
      organizationId,
      apprenticeId,
      step,
      stintStartedOn: startDate,
      effectiveOn: addDays(startDate, 190 * step),
      wageCents: 3000,
      recordedById: p.ownerId,
    })),
  });
}
