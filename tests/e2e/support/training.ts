import { randomUUID } from "node:crypto";
import { addDays, mondayOf } from "../../../lib/training/weeks";
import { apprentice } from "../../support/apprentices";
import { approvedVersionOne, completeStepsThroughMentor, createUser } from "../../support/factories";

// The setting of the training specs (issue 17). The database is shared with every other spec, so each test works on
// an organization and apprentice of its own.

type Db = Parameters<typeof approvedVersionOne>[0];
type Tenant = { org: { id: string }; owner: { id: string } };

/**
 * An employer partner (so its members see "Training" in the header) with a mentor, and an apprentice AAMI approved,
 * with an email to sign in with, who started three weeks ago (so the last two weeks can be logged).
 */
export async function approvedApprentice(db: Db, tenant: Tenant) {
  await completeStepsThroughMentor(db, tenant.org.id, tenant.owner.id);
  await approvedVersionOne(db, tenant.org.id, tenant.owner.id);
  const tag = randomUUID().slice(0, 8);
  const thisWeek = mondayOf(new Date());
  const created = await apprentice(db, tenant.org.id, `Reyes${tag}`, "APPROVED", undefined, {
    startDate: addDays(thisWeek, -21),
    createdById: tenant.owner.id,
  });
  const record = await db.apprentice.update({
    where: { id: created.id },
    data: { email: `sam.${tag}@example.test` },
  });
  const mentor = await db.mentor.findFirstOrThrow({ where: { organizationId: tenant.org.id } });
  return { record, mentor, weeks: [addDays(thisWeek, -14), addDays(thisWeek, -7)] as const };
}

/**
 * The apprentice of approvedApprentice with the mentor assigned, as the assignment leaves them (training-hours.spec.ts
 * walks it): each with a sign-in of their own, by the email the portal writes to.
 */
export async function withMentorAssigned(db: Db, tenant: Tenant) {
  const { record, mentor, weeks } = await approvedApprentice(db, tenant);
  const apprenticeUser = await createUser(db, { email: record.email!, name: `Sam ${record.lastName}` });
  const mentorUser = await createUser(db, { email: mentor.email, name: mentor.name });
  await db.mentor.update({ where: { id: mentor.id }, data: { userId: mentorUser.id } });
  await db.apprentice.update({ where: { id: record.id }, data: { userId: apprenticeUser.id, mentorId: mentor.id } });
  return { record, mentor, weeks, apprenticeUserId: apprenticeUser.id, mentorUserId: mentorUser.id };
}
