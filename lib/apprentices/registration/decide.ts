import "server-only";
import type { Prisma } from "@prisma/client";
import { loadApprovalFacts } from "@/lib/apprentices/registration/approval-facts";
import { fastTrack, type SkillCredit } from "@/lib/apprentices/fast-track";
import {
  REGISTRATION_TRANSITIONS,
  REGISTRATION_VERB,
  approvalBlocker,
  registrationActionRefusal,
  type RegistrationAction,
} from "@/lib/apprentices/registration/rules";
import type { AdjustCreditInput } from "@/lib/apprentices/registration/schemas";
import type { AuditKind } from "@/lib/audit/events";
import type { StaffContext } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import { lockOrganizationPackets, packetSubmissionId, preparePacket, storePreparedPacket } from "@/lib/packets/create";
import { db } from "@/lib/db";
import { fullName } from "@/lib/pdf/apprentice-agreement";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { skillSetTitle } from "@/lib/program/standards/model";
import { runStaffDecision, type DecisionStep } from "@/lib/transitions/staff-decision";

// AAMI staff's actions on an apprentice's registration (lib/apprentices/registration/rules.ts says which are
// allowed when). All of them run through `act`.

export type RegistrationTarget = { apprenticeId: string; rowVersion: number };

const LOADED = {
  id: true,
  organizationId: true,
  status: true,
  rowVersion: true,
  firstName: true,
  middleName: true,
  lastName: true,
  suffix: true,
  startDate: true,
  createdById: true,
  creditedOjtHours: true,
  startingWageStep: true,
  organization: { select: { legalName: true, agencyAcceptedAt: true } },
} satisfies Prisma.ApprenticeSelect;

type Loaded = Prisma.ApprenticeGetPayload<{ select: typeof LOADED }>;

/** `emailEmployer` writes to the organization's owners and admins, and the member who enrolled the apprentice. */
type Step<P> = DecisionStep<Loaded, P> & {
  apprentice: Loaded;
  apprenticeName: string;
  /** The employer's page of this apprentice, for emails. */
  apprenticeUrl: string;
};

/** The audit events of staff actions, and the action each records, for telling a late-comer what happened. */
const STAFF_EVENTS: Partial<Record<AuditKind, RegistrationAction>> = {
  "apprentice.registration_approved": "APPROVE",
  "apprentice.registration_returned": "SEND_BACK",
  "apprentice.rapids_id_recorded": "RECORD_RAPIDS_ID",
  "apprentice.credit_adjusted": "ADJUST_CREDIT",
};

/**
 * Runs one staff action through the shared staff-decision helper (lib/transitions/staff-decision.ts). Staff see
 * every organization, so the apprentice is found by id alone; lib/action-client's staffAction has already refused
 * anyone who is not staff.
 */
function act<T, P = undefined>(
  ctx: StaffContext,
  action: RegistrationAction,
  target: RegistrationTarget,
  options: {
    ip: string | null;
    /** The action's PDFs, built before its transaction (lib/transitions/staff-decision.ts). */
    prepareOutside?: (apprentice: Loaded) => Promise<P>;
    /** Checks and reads that need the stored apprentice, before anything is written; returns extra fields to set. */
    prepare?: (tx: Tx, apprentice: Loaded) => Promise<Prisma.ApprenticeUpdateManyMutationInput | void>;
    /** The action's own records, audit event and email, once the apprentice has moved. */
    effects: (step: Step<P>) => Promise<T>;
  },
): Promise<T> {
  let extra: Prisma.ApprenticeUpdateManyMutationInput | void;
  return runStaffDecision(ctx, {
    noun: "registration",
    subjectType: "Apprentice",
    rowVersion: target.rowVersion,
    ip: options.ip,
    load: (tx) => tx.apprentice.findUnique({ where: { id: target.apprenticeId }, select: LOADED }),
    refusal: (apprentice) => registrationActionRefusal(action, apprentice.status),
    prepareOutside: options.prepareOutside,
    prepare: async (tx, apprentice) => {
      extra = await options.prepare?.(tx, apprentice);
    },
    move: async (tx, apprentice) => {
      const moved = await tx.apprentice.updateMany({
        where: { id: apprentice.id, status: apprentice.status, rowVersion: apprentice.rowVersion },
        data: { status: REGISTRATION_TRANSITIONS[action].to, rowVersion: { increment: 1 }, ...extra },
      });
      return moved.count;
    },
    latestChange: async (tx, apprentice) => {
      // Downloads of the RAPIDS file are recorded on the apprentice too, but change nothing.
      const latest = await tx.auditEvent.findFirst({
        where: { subjectType: "Apprentice", subjectId: apprentice.id, kind: { not: "apprentice.rapids_exported" } },
        orderBy: { createdAt: "desc" },
        select: { kind: true, actorId: true, createdAt: true },
      });
      if (!latest) return null;
      const done = STAFF_EVENTS[latest.kind as AuditKind];
      return { actorId: latest.actorId, verb: done && REGISTRATION_VERB[done], at: latest.createdAt };
    },
    alsoTo: async (tx, apprentice) => {
      const enrolledBy = apprentice.createdById
        ? await tx.user.findUnique({ where: { id: apprentice.createdById }, select: { email: true } })
        : null;
      return enrolledBy ? [enrolledBy.email] : [];
    },
    effects: (step) =>
      options.effects({
        ...step,
        apprentice: step.record,
        apprenticeName: fullName(step.record),
        apprenticeUrl: `${step.appUrl}/onboarding/apprentices/${step.record.id}`,
      }),
  });
}

/** Refused, with the numbers, when approvalBlocker says the apprentice cannot be approved. */
async function refuseBlockedApproval(tx: Tx, apprenticeId: string) {
  const facts = (await loadApprovalFacts(tx, [apprenticeId])).get(apprenticeId)!;
  const blocker = approvalBlocker(facts);
  if (blocker) throw new AppError("CONFLICT", blocker.message);
}

/**
 * Approves the registration: APPROVED, and a new version of the organization's registration packet listing it, in
 * the same transaction (the packet built before it, with the apprentice counted as approved). Refused, with the
 * numbers, when lib/apprentices/registration/rules.ts approvalBlocker says so (the agency's acceptance and start
 * date, the signatures, the ratio, the credit cap).
 */
export function approveRegistration(ctx: StaffContext, target: RegistrationTarget, ip: string | null) {
  return act(ctx, "APPROVE", target, {
    ip,
    prepareOutside: async (apprentice) => {
      // Checked here too, so a blocked approval is told why rather than that it has no packet to build.
      await refuseBlockedApproval(db, apprentice.id);
      return preparePacket(db, {
        organizationId: apprentice.organizationId,
        submissionId: await packetSubmissionId(db, apprentice.organizationId),
        decision: { approvesApprenticeId: apprentice.id },
      });
    },
    prepare: async (tx, apprentice) => {
      // First, so two approvals for one organization take turns: the second finds the first's packet stored and
      // prepares its own again, listing both.
      await lockOrganizationPackets(tx, apprentice.organizationId);
      await refuseBlockedApproval(tx, apprentice.id);
      return { approvedAt: new Date(), approvedById: ctx.user.id };
    },
    effects: async ({
      tx,
      apprentice,
      prepared,
      apprenticeName,
      staffName,
      appUrl,
      apprenticeUrl,
      audit,
      emailEmployer,
    }) => {
      const packet = await storePreparedPacket(tx, prepared, ctx.user.id);
      await audit("apprentice.registration_approved", { packetVersion: packet.version, packetSha256: packet.sha256 });
      await emailEmployer("apprentice-registration-approved", {
        apprenticeName,
        organizationName: apprentice.organization.legalName,
        reviewerName: staffName,
        packetVersion: packet.version,
        packetUrl: `${appUrl}/api/packets/${packet.id}`,
        apprenticeUrl,
      });
      return packet;
    },
  });
}

/**
 * Sends the registration back to the employer with a reason: DRAFT again, and the signed agreement void (and its
 * signing link dead), so the corrected enrollment is signed afresh by everyone.
 */
export function sendBackRegistration(ctx: StaffContext, target: RegistrationTarget, reason: string, ip: string | null) {
  return act(ctx, "SEND_BACK", target, {
    ip,
    effects: async ({ tx, apprentice, apprenticeName, staffName, apprenticeUrl, audit, emailEmployer }) => {
      const voided = await tx.apprenticeAgreement.updateMany({
        where: { apprenticeId: apprentice.id, voidedAt: null },
        data: { voidedAt: new Date(), signingTokenHash: null },
      });
      await audit("apprentice.registration_returned", { reason, agreementsVoided: voided.count });
      await emailEmployer("apprentice-registration-returned", {
        apprenticeName,
        organizationName: apprentice.organization.legalName,
        reviewerName: staffName,
        reason,
        apprenticeUrl,
      });
    },
  });
}

/** Records the RAPIDS apprentice ID DOL issued: REGISTERED, today. */
export function recordRapidsId(
  ctx: StaffContext,
  target: RegistrationTarget,
  rapidsApprenticeId: string,
  ip: string | null,
) {
  return act(ctx, "RECORD_RAPIDS_ID", target, {
    ip,
    prepare: async (tx) => {
      const holder = await tx.apprentice.findFirst({
        where: { rapidsApprenticeId: { equals: rapidsApprenticeId, mode: "insensitive" } },
        select: { firstName: true, middleName: true, lastName: true, suffix: true },
      });
      if (holder) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          rapidsApprenticeId: [`${fullName(holder)} already has this RAPIDS apprentice ID. Check the ID in RAPIDS.`],
        });
      }
      return { rapidsApprenticeId, registeredAt: new Date() };
    },
    effects: async ({ apprentice, apprenticeName, apprenticeUrl, audit, emailEmployer }) => {
      await audit("apprentice.rapids_id_recorded", { rapidsApprenticeId });
      await emailEmployer("apprentice-registered", {
        apprenticeName,
        organizationName: apprentice.organization.legalName,
        rapidsApprenticeId,
        apprenticeUrl,
      });
    },
  });
}

type CreditChange = { skillSet: string; before: number; after: number | null };

/**
 * Changes the fast-track credit the employer claimed: hours per credited skill set (up to the skill set's hours),
 * or a credit removed. The credited hours, the wage step they reach and the entry wage are computed again from the
 * organization's wage schedule, as the enrollment computed them.
 */
export function adjustCredit(
  ctx: StaffContext,
  target: RegistrationTarget,
  credits: AdjustCreditInput["credits"],
  ip: string | null,
) {
  // Worked out before the guarded update; written after it.
  const changes: CreditChange[] = [];
  let after = { creditedOjtHours: 0, startingWageStep: 0 };
  return act(ctx, "ADJUST_CREDIT", target, {
    ip,
    prepare: async (tx, apprentice) => {
      const stored = await tx.apprenticeSkillCredit.findMany({
        where: { apprenticeId: apprentice.id },
        orderBy: { createdAt: "asc" },
        select: { skillSetKey: true, creditedHours: true },
      });
      const storedHours = new Map(stored.map((c) => [c.skillSetKey, c.creditedHours]));
      const fieldErrors: Record<string, string[]> = {};
      const standards = await getCurrentStandards(tx);
      for (const [key, posted] of Object.entries(credits)) {
        if (!posted) continue;
        const was = storedHours.get(key);
        if (was === undefined) {
          fieldErrors[`credits.${key}.hours`] = [
            `${skillSetTitle(standards, key)} is not credited to this apprentice; only the employer can claim it.`,
          ];
          continue;
        }
        const now = posted.remove ? null : posted.hours;
        if (now !== was) changes.push({ skillSet: key, before: was, after: now });
      }
      if (Object.keys(fieldErrors).length > 0) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", fieldErrors);
      }
      if (changes.length === 0) {
        throw new AppError("VALIDATION", "Nothing to change: the hours are the ones already credited.");
      }
      const schedule = await getWageSchedule(apprentice.organizationId, tx);
      if (!schedule)
        throw new AppError("CONFLICT", "The organization has no wage schedule to set the entry wage from.");
      const changed = new Map(changes.map((c) => [c.skillSet, c.after]));
      const remaining: SkillCredit[] = stored.flatMap((c) => {
        const key = c.skillSetKey;
        const hours = changed.has(key) ? changed.get(key)! : c.creditedHours;
        return hours === null ? [] : [{ skillSetKey: key, creditedHours: hours }];
      });
      const track = fastTrack(standards, remaining, schedule);
      after = { creditedOjtHours: track.creditedOjtHours, startingWageStep: track.startingWageStep };
      return {
        creditedOjtHours: track.creditedOjtHours,
        creditPreviousExperience: String(track.creditedOjtHours),
        startingWageStep: track.startingWageStep,
        // The wage schedule is hourly: the entry wage is the period the credit reaches.
        entryWageCents: track.startingPeriod.cents,
        creditAdjustedAt: new Date(),
        creditAdjustedById: ctx.user.id,
      };
    },
    effects: async ({ tx, apprentice, audit }) => {
      for (const change of changes) {
        const where = { apprenticeId: apprentice.id, skillSetKey: change.skillSet };
        if (change.after === null) await tx.apprenticeSkillCredit.deleteMany({ where });
        else {
          await tx.apprenticeSkillCredit.updateMany({
            where,
            data: { creditedHours: change.after, adjustedByStaffId: ctx.user.id },
          });
        }
      }
      // `apprentice` is as it was read, before the change.
      await audit("apprentice.credit_adjusted", {
        changes,
        creditedOjtHoursBefore: apprentice.creditedOjtHours,
        creditedOjtHoursAfter: after.creditedOjtHours,
        startingWageStepBefore: apprentice.startingWageStep,
        startingWageStepAfter: after.startingWageStep,
      });
    },
  });
}
