import { randomUUID } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { expect } from "vitest";
import type { WageStepBasis } from "@prisma/client";
import { db } from "@/lib/db";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { assignApprenticeMentor } from "@/lib/training/mentors/actions";
import { addDays, mondayOf } from "@/lib/training/weeks";
import { apprentice, type ApprenticeOptions } from "./apprentices";
import { createOrganization, createUser } from "./factories";
import { asUser } from "./sign-in";

// Integration tests of training to completion (issue 17): an apprentice in training with their mentor, each with a
// sign-in of their own, as the portal sets them up. The actions use today's date, so weeks are counted back from the
// current one.

export const thisWeek = mondayOf(new Date());
export const weeksAgo = (n: number) => addDays(thisWeek, -7 * n);

// Next signals redirect() by throwing an error whose digest says where to go.
export const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });
export const NOT_FOUND = { ok: false, message: expect.stringContaining("could not find") };

/** What an action did: where it redirected to (success), or the result it returned (refusal). */
export const outcome = <T>(action: Promise<T>) =>
  action.then(
    (result) => result,
    (error: { digest?: string }) => {
      if (!error.digest?.startsWith("NEXT_REDIRECT")) throw error;
      return error.digest.split(";")[2];
    },
  );

let mentors = 0;
export const newMentor = (organizationId: string) =>
  db.mentor.create({
    data: {
      organizationId,
      name: `Chris Ortega ${++mentors}`,
      title: "Senior BMET",
      email: `chris.${mentors}.${organizationId}@hospital.example`,
      credentials: ["CBET"],
      yearsExperience: 12,
    },
  });

/** An apprentice AAMI approved, with an email of their own, in an organization (a new one unless given). */
export async function approvedApprentice(
  organizationId: string,
  opts: ApprenticeOptions & { status?: "APPROVED" | "REGISTERED" | "DRAFT" } = {},
) {
  const { status = "APPROVED", ...options } = opts;
  const a = await apprentice(db, organizationId, "Trainee", status, undefined, { startDate: weeksAgo(4), ...options });
  return db.apprentice.update({ where: { id: a.id }, data: { email: `sam.${a.id}@example.test` } });
}

/**
 * An apprentice in training with their mentor, assigned by the owner as the portal does it, so both have their own
 * sign-in: the setting of every test of a training record.
 */
export async function inTraining(
  opts: ApprenticeOptions & { org?: Awaited<ReturnType<typeof createOrganization>> } = {},
) {
  const { org: given, ...options } = opts;
  const { org, owner } = given ?? (await createOrganization(db));
  const mentor = await newMentor(org.id);
  const a = await approvedApprentice(org.id, options);
  await expect(
    asUser(owner.id, () => assignApprenticeMentor({ apprenticeId: a.id, mentorId: mentor.id })),
  ).rejects.toEqual(redirectTo(`/training/${a.id}?done=mentor`));
  const linked = await db.apprentice.findUniqueOrThrow({
    where: { id: a.id },
    select: { userId: true, mentor: { select: { userId: true } } },
  });
  return {
    org,
    owner,
    mentor,
    apprentice: a,
    apprenticeUser: linked.userId!,
    mentorUser: linked.mentor!.userId!,
  };
}

/** The organization's wage schedule: entry $22.80, a raise to 65% of $38 at `threshold` (and 70% at twice it). */
export async function wageSchedule(
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

/** A real one-page PDF, different every time: evidence of a skill or a credential. */
export async function pdfBytes(text = "Evidence") {
  const doc = await PDFDocument.create();
  doc.addPage().drawText(`${text}, ${randomUUID()}`);
  return doc.save();
}

/**
 * Everyone who may not reach `t`'s training record, each signed in as the portal would sign them in: another
 * organization's owner, apprentice and mentor, and another apprentice and mentor of the same organization. With
 * `staff`, AAMI staff too (a staff reviewer), where the record is not theirs either.
 */
export async function outsidersOf(t: Awaited<ReturnType<typeof inTraining>>, { staff = false } = {}) {
  const sameOrg = await inTraining({ org: { org: t.org, owner: t.owner } });
  const otherOrg = await inTraining();
  return {
    sameOrg,
    otherOrg,
    users: {
      "another organization's owner": otherOrg.owner.id,
      "another organization's apprentice": otherOrg.apprenticeUser,
      "another organization's mentor": otherOrg.mentorUser,
      "another apprentice of the organization": sameOrg.apprenticeUser,
      "another mentor of the organization": sameOrg.mentorUser,
      ...(staff ? { "AAMI staff": (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id } : {}),
    } as Record<string, string>,
  };
}

/**
 * Makes `t`'s record meet the completion checklist, as two years of training would leave it: the Orientation and
 * Safety hours approved week by week and every other skill set credited (fast track), every skill signed off, the
 * instruction minimum confirmed for each year of the term, and a monthly wage schedule whose raises are all
 * recorded. `t` must have started more than two years ago (inTraining({ startDate })).
 */
export async function meetCompletionChecklist(t: Awaited<ReturnType<typeof inTraining>>) {
  const { skillSets, riHoursPerYear, termMonths } = await getCurrentStandards();
  const { id: apprenticeId, startDate } = t.apprentice;
  const organizationId = t.org.id;
  const [safety, ...others] = skillSets;
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
  for (let week = 0; week * 50 < safety!.hours; week++) {
    await db.ojtEntry.create({
      data: {
        organizationId,
        apprenticeId,
        weekStart: addDays(mondayOf(startDate), 7 * (week + 1)),
        skillSetKey: safety!.key,
        dayMinutes: [600, 600, 600, 600, 600, 0, 0],
        totalMinutes: 3000,
        loggedById: t.apprenticeUser,
        status: "APPROVED",
        reviewedById: t.mentorUser,
        reviewedAt: new Date(),
      },
    });
  }
  await db.skillSignOff.createMany({
    data: skillSets.flatMap((set) =>
      set.skills.map((skill) => ({
        organizationId,
        apprenticeId,
        skillCode: skill.code,
        skillSetKey: set.key,
        demonstratedOn: addDays(startDate, 30),
        signedById: t.mentorUser,
      })),
    ),
  });
  await db.instructionCourse.createMany({
    data: Array.from({ length: Math.ceil(termMonths / 12) }, (_, year) => ({
      organizationId,
      apprenticeId,
      title: `Year ${year + 1} BMET coursework`,
      provider: "Madison College",
      minutes: riHoursPerYear * 60,
      completedOn: addDays(startDate, 365 * year + 60),
      enteredById: t.owner.id,
      confirmedAt: new Date(),
      confirmedById: t.owner.id,
    })),
  });
  await wageSchedule(organizationId, "MONTHS", 6, 24);
  await db.wageRaise.createMany({
    data: [1, 2].map((step) => ({
      organizationId,
      apprenticeId,
      step,
      effectiveOn: addDays(startDate, 190 * step),
      wageCents: 3000,
      recordedById: t.owner.id,
    })),
  });
}
