import { randomUUID } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { expect } from "vitest";
import * as statusChangesRoute from "@/app/api/staff/apprentices/status-changes/route";
import { db } from "@/lib/db";
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

/** A week of hours written straight to the database (eight hours a day from Monday), logged on its Sunday. */
export function logWeek(
  t: Awaited<ReturnType<typeof inTraining>>,
  weekStart: Date,
  status: "SUBMITTED" | "APPROVED" | "RETURNED",
  { minutes = 480, skillSetKey = "SAFETY", reviewedAt = null as Date | null, correctsId = null as string | null } = {},
) {
  return db.ojtEntry.create({
    data: {
      organizationId: t.org.id,
      apprenticeId: t.apprentice.id,
      weekStart,
      skillSetKey,
      // Eight hours a day from Monday on (up to 56 hours).
      dayMinutes: Array.from({ length: 7 }, (_, day) => Math.max(0, Math.min(480, minutes - 480 * day))),
      totalMinutes: minutes,
      loggedById: t.apprenticeUser,
      status,
      correctsId,
      reviewedAt: status === "SUBMITTED" ? null : (reviewedAt ?? new Date()),
      // The nudge's rule reads when an entry was logged.
      createdAt: addDays(weekStart, 6),
    },
  });
}

/** The apprentice's request that their mentor sign off skill 1.01 (Safety), written straight to the database. */
export function askSignOff(t: Awaited<ReturnType<typeof inTraining>>) {
  return db.skillSignOffRequest.create({
    data: {
      organizationId: t.org.id,
      apprenticeId: t.apprentice.id,
      skillCode: "1.01",
      skillSetKey: "SAFETY",
      requestedById: t.apprenticeUser,
    },
  });
}

/** The RAPIDS status-change file, downloaded by `userId` as the staff form posts it (from `origin`). */
export const downloadStatusChanges = (userId: string, form: Record<string, string>, origin = "http://localhost:3000") =>
  asUser(userId, () =>
    statusChangesRoute.POST(
      new Request("http://localhost:3000/api/staff/apprentices/status-changes", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin },
        body: new URLSearchParams(form),
      }),
    ),
  );
