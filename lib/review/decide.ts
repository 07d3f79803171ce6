import "server-only";
import type { Prisma, ReviewDecision, StepKey } from "@prisma/client";
import type { StaffContext } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { stepLabel } from "@/lib/onboarding/checklist";
import { registrationAgencyForOrganization } from "@/lib/agencies/data";
import { agencyDisplayName } from "@/lib/agencies/registry";
import {
  prepareCountersignature,
  recordCountersignature,
  type CountersignInput,
} from "@/lib/onboarding/agreement/countersign";
import { preparePacket, storePreparedPacket } from "@/lib/packets/create";
import { db } from "@/lib/db";
import { DECISION_VERB, TRANSITIONS, checkTransition, type StaffDecision } from "@/lib/review/transitions";
import { runStaffDecision, type DecisionStep } from "@/lib/transitions/staff-decision";
import { stateName } from "@/lib/us-states";
import { getSetting } from "@/lib/settings/data";
import { formatLongDate } from "@/lib/dates";

// Applies the state machine in lib/review/transitions.ts. Each decision is one function; all of them run through
// `decide`, which hands the submission to the shared staff-decision helper (lib/transitions/staff-decision.ts:
// one transaction, a move conditional on the rowVersion the reviewer saw, audit and email) and records the
// ReviewDecision with it.

export type DecisionTarget = { submissionId: string; rowVersion: number };

const LOADED = {
  id: true,
  organizationId: true,
  version: true,
  status: true,
  rowVersion: true,
  assignedReviewerId: true,
  submittedById: true,
  decidedAt: true,
  agreementId: true,
  organization: { select: { legalName: true } },
} satisfies Prisma.SubmissionSelect;

type Loaded = Prisma.SubmissionGetPayload<{ select: typeof LOADED }>;

/** `emailEmployer` writes to the organization's owners and admins, and the submitter. */
type Step<P> = DecisionStep<Loaded, P> & { submission: Loaded; decision: ReviewDecision; reviewerName: string };

function decide<T, P = undefined>(
  ctx: StaffContext,
  kind: StaffDecision,
  target: DecisionTarget,
  options: {
    ip: string | null;
    reason?: string;
    /** The decision's PDFs, built before its transaction (lib/transitions/staff-decision.ts). */
    prepareOutside?: (submission: Loaded) => Promise<P>;
    /** When the decision is recorded, if set before the transaction (the packet prepared then shows it). */
    decidedAt?: (prepared: P) => Date;
    /** Extra fields set with the status change (reviewer, decision time). */
    update?: (submission: Loaded, prepared: P) => Prisma.SubmissionUpdateManyMutationInput;
    /** Checks that need the stored submission, before anything is written. */
    validate?: (submission: Loaded) => void;
    /** The decision's own records, audit event and email. */
    effects: (step: Step<P>) => Promise<T>;
  },
): Promise<T> {
  const reviewer = { id: ctx.user.id, staffRole: ctx.staffRole };
  return runStaffDecision(ctx, {
    noun: "submission",
    subjectType: "Submission",
    rowVersion: target.rowVersion,
    ip: options.ip,
    load: (tx) => tx.submission.findUnique({ where: { id: target.submissionId }, select: LOADED }),
    refusal: (submission) => {
      const check = checkTransition(kind, submission, reviewer);
      return check.ok ? null : check.reason;
    },
    prepareOutside: options.prepareOutside,
    prepare: async (_tx, submission) => options.validate?.(submission),
    move: async (tx, submission, prepared) => {
      const moved = await tx.submission.updateMany({
        where: { id: submission.id, rowVersion: submission.rowVersion, status: submission.status },
        data: {
          status: TRANSITIONS[kind].to,
          rowVersion: { increment: 1 },
          ...options.update?.(submission, prepared),
        },
      });
      return moved.count;
    },
    latestChange: async (tx, submission) => {
      const latest = await tx.reviewDecision.findFirst({
        where: { submissionId: submission.id },
        orderBy: { createdAt: "desc" },
        select: { kind: true, actorId: true, createdAt: true },
      });
      // A resubmission is the employer's, not a staff decision: the plain "changed while you were looking" fits.
      if (!latest || latest.kind === "RESUBMIT") return null;
      return { actorId: latest.actorId, verb: DECISION_VERB[latest.kind as StaffDecision], at: latest.createdAt };
    },
    alsoTo: async (tx, submission) => {
      const submitter = await tx.user.findUnique({ where: { id: submission.submittedById }, select: { email: true } });
      return submitter ? [submitter.email] : [];
    },
    effects: async (step) => {
      const submission = step.record;
      const decision = await step.tx.reviewDecision.create({
        data: {
          submissionId: submission.id,
          organizationId: submission.organizationId,
          kind,
          fromStatus: submission.status,
          toStatus: TRANSITIONS[kind].to,
          actorId: ctx.user.id,
          reason: options.reason ?? null,
          createdAt: options.decidedAt?.(step.prepared),
        },
      });
      return options.effects({ ...step, submission, decision, reviewerName: step.staffName });
    },
  });
}

/** Takes a submission for review (or over from another reviewer): IN_REVIEW, assigned to the caller. */
export function claimSubmission(ctx: StaffContext, target: DecisionTarget, ip: string | null) {
  return decide(ctx, "CLAIM", target, {
    ip,
    update: () => ({ assignedReviewerId: ctx.user.id }),
    effects: async ({ tx, submission, reviewerName, appUrl, audit, emailEmployer }) => {
      await audit("review.claimed", {
        version: submission.version,
        from: submission.status,
        previousReviewerId: submission.assignedReviewerId,
      });
      // The employer hears that review started; a hand-over between reviewers changes nothing for them.
      if (submission.status !== "SUBMITTED") return;
      const reviewTargetDays = await getSetting("reviewTargetBusinessDays", tx);
      await emailEmployer("submission-in-review", {
        organizationName: submission.organization.legalName,
        version: submission.version,
        reviewerName,
        reviewTargetDays,
        checklistUrl: `${appUrl}/onboarding`,
      });
    },
  });
}

/** Sends the submission back with a comment per step; exactly those steps reopen for the employer. */
export function requestChanges(
  ctx: StaffContext,
  target: DecisionTarget,
  comments: Partial<Record<StepKey, string>>,
  ip: string | null,
) {
  const entries = (Object.entries(comments) as Array<[StepKey, string | undefined]>).filter(
    (e): e is [StepKey, string] => !!e[1],
  );
  return decide(ctx, "REQUEST_CHANGES", target, {
    ip,
    update: () => ({ decidedAt: new Date(), decidedById: ctx.user.id }),
    effects: async ({ tx, submission, decision, reviewerName, appUrl, audit, emailEmployer }) => {
      await tx.reviewComment.createMany({
        data: entries.map(([step, body]) => ({
          submissionId: submission.id,
          organizationId: submission.organizationId,
          decisionId: decision.id,
          step,
          body,
          authorId: ctx.user.id,
        })),
      });
      await audit("review.changes_requested", {
        version: submission.version,
        comments: entries.map(([step, body]) => ({ step, body })),
      });
      await emailEmployer("changes-requested", {
        organizationName: submission.organization.legalName,
        version: submission.version,
        reviewerName,
        comments: entries.map(([step, body]) => ({ step: stepLabel(step), body })),
        checklistUrl: `${appUrl}/onboarding`,
      });
    },
  });
}

/**
 * Approves the submission: AAMI's countersignature on the employer acceptance agreement it carries, and the
 * registration packet with the fully signed agreement, stored in the same transaction. Both PDFs are built before
 * it, for the approval as it will be recorded. Only administrators may approve (lib/review/transitions.ts).
 */
export function approveSubmission(ctx: StaffContext, target: DecisionTarget, countersign: CountersignInput) {
  return decide(ctx, "APPROVE", target, {
    ip: countersign.ip,
    prepareOutside: async (submission) => {
      const approvedAt = new Date();
      const countersigned = await prepareCountersignature(db, ctx, submission, countersign);
      const packet = await preparePacket(db, {
        organizationId: submission.organizationId,
        submissionId: submission.id,
        decision: { approval: { approverId: ctx.user.id, approvedAt }, countersigned: countersigned.document },
      });
      return { approvedAt, countersigned, packet };
    },
    decidedAt: (prepared) => prepared.approvedAt,
    update: (_submission, prepared) => ({ decidedAt: prepared.approvedAt, decidedById: ctx.user.id }),
    effects: async ({ tx, submission, prepared, reviewerName, appUrl, audit, emailEmployer }) => {
      const countersigned = await recordCountersignature(tx, ctx, submission, prepared.countersigned);
      const packet = await storePreparedPacket(tx, prepared.packet, ctx.user.id);
      await audit("review.approved", {
        version: submission.version,
        packetVersion: packet.version,
        packetSha256: packet.sha256,
        countersignerName: countersign.signerName,
        countersignerTitle: countersign.signerTitle,
        countersignedSha256: countersigned.sha256,
      });
      const agency = await registrationAgencyForOrganization(submission.organizationId, tx);
      await emailEmployer("submission-approved", {
        organizationName: submission.organization.legalName,
        version: submission.version,
        reviewerName,
        registrationAgency: agencyDisplayName(agency),
        stateName: stateName(agency.state),
        packetUrl: `${appUrl}/api/packets/${packet.id}`,
        checklistUrl: `${appUrl}/onboarding`,
      });
      return packet;
    },
  });
}

/** Declines the submission with a reason the employer reads; they may submit a new version. */
export function rejectSubmission(ctx: StaffContext, target: DecisionTarget, reason: string, ip: string | null) {
  return decide(ctx, "REJECT", target, {
    ip,
    reason,
    update: () => ({ decidedAt: new Date(), decidedById: ctx.user.id }),
    effects: async ({ submission, reviewerName, appUrl, audit, emailEmployer }) => {
      await audit("review.rejected", { version: submission.version, reason });
      await emailEmployer("submission-rejected", {
        organizationName: submission.organization.legalName,
        version: submission.version,
        reviewerName,
        reason,
        checklistUrl: `${appUrl}/onboarding`,
      });
    },
  });
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Records the day the Registration Agency accepted the employer acceptance agreement AAMI filed: ACCEPTED, the day
 * on the organization (its apprentices can be approved from then), a new packet version with the day on its cover,
 * and the employer's email.
 */
export function recordAgencyAcceptance(ctx: StaffContext, target: DecisionTarget, acceptedOn: Date, ip: string | null) {
  return decide(ctx, "RECORD_ACCEPTANCE", target, {
    ip,
    validate: (submission) => {
      if (submission.decidedAt && isoDate(acceptedOn) < isoDate(submission.decidedAt)) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          acceptedOn: [
            `The agency cannot have accepted the agreement before AAMI approved and countersigned it (${isoDate(submission.decidedAt)}).`,
          ],
        });
      }
    },
    prepareOutside: (submission) =>
      preparePacket(db, {
        organizationId: submission.organizationId,
        submissionId: submission.id,
        decision: { agencyAcceptedAt: acceptedOn },
      }),
    update: () => ({ agencyAcceptedAt: acceptedOn }),
    effects: async ({ tx, submission, prepared, appUrl, audit, emailEmployer }) => {
      await tx.organization.update({
        where: { id: submission.organizationId },
        data: { agencyAcceptedAt: acceptedOn },
      });
      const packet = await storePreparedPacket(tx, prepared, ctx.user.id);
      await audit("review.agency_accepted", {
        version: submission.version,
        acceptedOn: isoDate(acceptedOn),
        packetVersion: packet.version,
        packetSha256: packet.sha256,
      });
      const agency = await registrationAgencyForOrganization(submission.organizationId, tx);
      await emailEmployer("agreement-accepted", {
        organizationName: submission.organization.legalName,
        acceptedOn: formatLongDate(acceptedOn),
        registrationAgency: agencyDisplayName(agency),
        apprenticesUrl: `${appUrl}/onboarding/apprentices`,
      });
      return packet;
    },
  });
}
