import "server-only";
import type { OrgRole, Prisma } from "@prisma/client";
import { activeMembership, MANAGER_ROLES, requireUser, type Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { IN_TRAINING } from "@/lib/training/status";

// Who may see an apprentice's training record, in one filter used by every loader and action of lib/training:
// the apprentice themself (signed in as the user the record is linked to), their assigned mentor (signed in as that
// mentor's user), and the members of the organization they are working in. Everyone else, AAMI staff included for
// now (their credentials excepted: staff verify them), is answered "not found": another organization's apprentice,
// another apprentice, another mentor's mentee.
// A mentor who is also a member of the organization has both sets of rights.

/** The ways a user relates to one apprentice's training; a user may hold several. */
export type TrainingAccess = {
  user: Actor;
  apprenticeId: string;
  organizationId: string;
  /** The user is the apprentice. */
  isApprentice: boolean;
  /** The user is the apprentice's assigned mentor. */
  isMentor: boolean;
  /** The user's role in the apprentice's organization (their active one), or null. */
  orgRole: OrgRole | null;
};

/** The apprentices in training a user may see: the one access rule, as a Prisma filter. */
export function trainingVisibleTo(actor: Actor): Prisma.ApprenticeWhereInput {
  const organizationId = activeMembership(actor)?.organizationId;
  return {
    status: { in: [...IN_TRAINING] },
    OR: [
      { userId: actor.id },
      { mentor: { userId: actor.id } },
      ...(organizationId && !actor.staffRole ? [{ organizationId }] : []),
    ],
  };
}

/** The apprentices in training whose mentor the user is: the mentor's queue and approvals act only on these. */
export function mentoredBy(actor: Actor): Prisma.ApprenticeWhereInput {
  // Never their own training, should one address be both (assignment refuses it; this holds whatever the data).
  return {
    status: { in: [...IN_TRAINING] },
    mentor: { userId: actor.id },
    OR: [{ userId: null }, { userId: { not: actor.id } }],
  };
}

function accessOf(
  actor: Actor,
  row: { id: string; organizationId: string; userId: string | null },
  mentorUserId: string | null,
): TrainingAccess {
  const membership = activeMembership(actor);
  return {
    user: actor,
    apprenticeId: row.id,
    organizationId: row.organizationId,
    isApprentice: row.userId === actor.id,
    isMentor: mentorUserId === actor.id,
    orgRole: membership?.organizationId === row.organizationId ? membership.role : null,
  };
}

/** The caller's access to one apprentice's training; "not found" when they have none. */
export async function requireTrainingAccess(apprenticeId: string): Promise<TrainingAccess> {
  const actor = await requireUser();
  const row = await db.apprentice.findFirst({
    where: { AND: [{ id: apprenticeId }, trainingVisibleTo(actor)] },
    select: { id: true, organizationId: true, userId: true, mentor: { select: { userId: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return accessOf(actor, row, row.mentor?.userId ?? null);
}

/**
 * Who reads an apprentice's credentials and their evidence, and AAMI's certificate of completion: whoever sees the
 * training record, and AAMI staff, who verify them. Everyone else is answered "not found".
 */
export async function requireCredentialAccess(
  apprenticeId: string,
): Promise<Pick<TrainingAccess, "user" | "apprenticeId" | "organizationId">> {
  const actor = await requireUser();
  if (!actor.staffRole) return requireTrainingAccess(apprenticeId);
  const row = await db.apprentice.findFirst({
    where: { id: apprenticeId, status: { in: [...IN_TRAINING] } },
    select: { id: true, organizationId: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { user: actor, apprenticeId: row.id, organizationId: row.organizationId };
}

/**
 * Who reads DOL's Certificate of Completion of Apprenticeship once AAMI staff uploaded it: the apprentice, the members
 * of their organization (the employer) and AAMI staff. A mentor who is not a member is not the employer: "not found".
 */
export async function requireDolCertificateAccess(apprenticeId: string) {
  const actor = await requireUser();
  if (actor.staffRole) return requireCredentialAccess(apprenticeId);
  const access = await requireTrainingAccess(apprenticeId);
  if (!access.isApprentice && access.orgRole === null) throw new AppError("NOT_FOUND");
  return access;
}

export const isTrainingManager = (access: TrainingAccess) =>
  access.orgRole !== null && MANAGER_ROLES.includes(access.orgRole);

/** The organization whose apprentices' training the user manages (an owner or admin of it), or null. */
export function managedTrainingOrganization(actor: Actor): string | null {
  const membership = activeMembership(actor);
  return membership && !actor.staffRole && MANAGER_ROLES.includes(membership.role) ? membership.organizationId : null;
}

/**
 * Hours are logged, and courses entered, by the apprentice, or on their behalf by an owner or admin of their
 * organization.
 */
export const canLogHours = (access: TrainingAccess) => access.isApprentice || isTrainingManager(access);

export function requireCanLogHours(access: TrainingAccess, what = "Hours are logged") {
  if (!canLogHours(access)) {
    throw new AppError(
      "FORBIDDEN",
      `${what} by the apprentice, or by an owner or admin of their organization on their behalf.`,
    );
  }
}

/** Weeks are approved or returned, and skills signed off, by the apprentice's assigned mentor. */
export function requireMentor(
  access: TrainingAccess,
  message = "Only the apprentice's mentor can approve or return hours.",
) {
  if (!access.isMentor) throw new AppError("FORBIDDEN", message);
  if (access.isApprentice) throw new AppError("FORBIDDEN", "Nobody approves or signs off their own training.");
}

/** Mentors are assigned, and courses confirmed, by an owner or admin of the apprentice's organization. */
export function requireTrainingManager(access: TrainingAccess, what = "assign mentors") {
  if (!isTrainingManager(access)) {
    throw new AppError("FORBIDDEN", `Only an organization owner or admin can ${what}.`);
  }
  if (access.isApprentice) throw new AppError("FORBIDDEN", `Someone else in the organization must ${what} for you.`);
}
