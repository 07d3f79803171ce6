import "server-only";
import type { Prisma, ReviewDecision, StepKey, SubmissionStatus } from "@prisma/client";
import type { StaffContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { stepLabel } from "@/lib/onboarding/checklist";
import { refreshChecklist } from "@/lib/onboarding/facts";
import { registrationAgencyForOrganization } from "@/lib/agencies/data";
import { agencyDisplayName } from "@/lib/agencies/registry";
import { createPacket } from "@/lib/packets/create";
import { stateName } from "@/lib/us-states";
import { decisionEffects, type DecisionEffects } from "@/lib/review/effects";
import type { Tx } from "@/lib/prisma-client";
import { DECISION_VERB, checkTransition, type StaffDecision } from "@/lib/review/transitions";
import { getSetting } from "@/lib/settings/data";
import { formatLongDate } from "@/lib/dates";

// Applies the state machine in lib/review/transitions.ts. Each decision is one function; all of them run through
// `decide`, which in ONE transaction re-reads the submission, checks the transition, moves it with an update
// conditional on the rowVersion the reviewer saw, records the ReviewDecision and the audit event, and queues the
// employer's email. Two reviewers acting at once: the second update matches no row, its transaction rolls back,
// and it is told what the first did.

export type DecisionTarget = { submissionId: string; rowVersion: number };

type Loaded = {
  id: string;
  organizationId: string;
  version: number;
  status: SubmissionStatus;
  rowVersion: number;
  assignedReviewerId: string | null;
  submittedById: string;
  decidedAt: Date | null;
  organization: { legalName: string };
};

/** `emailEmployer` writes to the organization's owners and admins, and the submitter. */
type Step = DecisionEffects & {
  tx: Tx;
  submission: Loaded;
  decision: ReviewDecision;
  reviewerName: string;
  appUrl: string;
};

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** What happened to the submission since the reviewer's page was drawn, in words. */
async function whatChanged(tx: Tx, submissionId: string) {
  const latest = await tx.reviewDecision.findFirst({
    where: { submissionId },
    orderBy: { createdAt: "desc" },
    select: { kind: true, actorId: true, createdAt: true },
  });
  if (!latest || latest.kind === "RESUBMIT") return "This submission changed while you were looking at it.";
  const actor = await tx.user.findUnique({ where: { id: latest.actorId }, select: { name: true, email: true } });
  const verb = DECISION_VERB[latest.kind as StaffDecision];
  return `${actor?.name ?? actor?.email ?? "Another reviewer"} ${verb} this submission at ${when.format(latest.createdAt)} UTC, while you were looking at it.`;
}

async function conflict(tx: Tx, submissionId: string): Promise<never> {
  throw new AppError("CONFLICT", `${await whatChanged(tx, submissionId)} Nothing was changed by you; reload the page.`);
}

async function decide<T>(
  ctx: StaffContext,
  kind: StaffDecision,
  target: DecisionTarget,
  options: {
    ip: string | null;
    reason?: string;
    /** Extra fields set with the status change (reviewer, decision time, registration). */
    update?: (submission: Loaded) => Prisma.SubmissionUpdateManyMutationInput;
    /** Checks that need the stored submission, before anything is written. */
    validate?: (submission: Loaded) => void;
    /** The decision's own records, audit event and email. */
    effects: (step: Step) => Promise<T>;
  },
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const submission = await tx.submission.findUnique({
        where: { id: target.submissionId },
        select: {
          id: true,
          organizationId: true,
          version: true,
          status: true,
          rowVersion: true,
          assignedReviewerId: true,
          submittedById: true,
          decidedAt: true,
          organization: { select: { legalName: true } },
        },
      });
      if (!submission) throw notFound();
      if (submission.rowVersion !== target.rowVersion) await conflict(tx, submission.id);
      const check = checkTransition(kind, submission, { id: ctx.user.id, staffRole: ctx.staffRole });
      if (!check.ok) throw new AppError("CONFLICT", check.reason);
      options.validate?.(submission);

      const moved = await tx.submission.updateMany({
        where: { id: submission.id, rowVersion: target.rowVersion, status: submission.status },
        data: { status: check.to, rowVersion: { increment: 1 }, ...options.update?.(submission) },
      });
      if (moved.count === 0) await conflict(tx, submission.id);

      const decision = await tx.reviewDecision.create({
        data: {
          submissionId: submission.id,
          organizationId: submission.organizationId,
          kind,
          fromStatus: submission.status,
          toStatus: check.to,
          actorId: ctx.user.id,
          reason: options.reason ?? null,
        },
      });
      const submitter = await tx.user.findUnique({ where: { id: submission.submittedById }, select: { email: true } });
      const result = await options.effects({
        tx,
        submission,
        decision,
        reviewerName: ctx.user.name ?? ctx.user.email,
        appUrl: env().APP_URL,
        ...(await decisionEffects(tx, {
          organizationId: submission.organizationId,
          actorId: ctx.user.id,
          subject: { type: "Submission", id: submission.id },
          ip: options.ip,
          alsoTo: submitter ? [submitter.email] : [],
        })),
      });
      // The checklist follows the submission: reopened steps, step 7's status, step 8 after registration.
      await refreshChecklist(tx, submission.organizationId, null);
      return result;
      // Approval and registration build and store the packet inside the transaction (a scanned agreement can be
      // 10 MB): more than Prisma's 5-second default.
    },
    { timeout: 30_000, maxWait: 5_000 },
  );
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

/** Approves the submission and produces the DOL registration packet in the same transaction. */
export function approveSubmission(ctx: StaffContext, target: DecisionTarget, ip: string | null) {
  return decide(ctx, "APPROVE", target, {
    ip,
    update: () => ({ decidedAt: new Date(), decidedById: ctx.user.id }),
    effects: async ({ tx, submission, reviewerName, appUrl, audit, emailEmployer }) => {
      const packet = await createPacket(tx, {
        organizationId: submission.organizationId,
        submissionId: submission.id,
        builtById: ctx.user.id,
      });
      await audit("review.approved", {
        version: submission.version,
        packetVersion: packet.version,
        packetSha256: packet.sha256,
      });
      const agency = await registrationAgencyForOrganization(submission.organizationId, tx);
      await emailEmployer("submission-approved", {
        organizationName: submission.organization.legalName,
        version: submission.version,
        reviewerName,
        registrationAgency: agencyDisplayName(agency),
        stateName: stateName(agency.state),
        packetUrl: `${appUrl}/api/packets/${packet.id}`,
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
 * Records the DOL program registration: REGISTERED, the number on the organization, a new packet version with
 * the number on its cover, and the email that opens step 8.
 */
export function registerProgram(
  ctx: StaffContext,
  target: DecisionTarget,
  registration: { programNumber: string; registeredOn: Date },
  ip: string | null,
) {
  const { programNumber, registeredOn } = registration;
  return decide(ctx, "REGISTER", target, {
    ip,
    validate: (submission) => {
      if (submission.decidedAt && isoDate(registeredOn) < isoDate(submission.decidedAt)) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          registeredOn: [`The registration date cannot be before AAMI approved it (${isoDate(submission.decidedAt)}).`],
        });
      }
    },
    update: () => ({ dolProgramNumber: programNumber, registeredAt: registeredOn }),
    effects: async ({ tx, submission, appUrl, audit, emailEmployer }) => {
      await tx.organization.update({
        where: { id: submission.organizationId },
        data: { dolProgramNumber: programNumber, registeredAt: registeredOn },
      });
      const packet = await createPacket(tx, {
        organizationId: submission.organizationId,
        submissionId: submission.id,
        builtById: ctx.user.id,
        registration: { programNumber, registeredAt: registeredOn },
      });
      await audit("review.registered", {
        version: submission.version,
        programNumber,
        registeredOn: isoDate(registeredOn),
        packetVersion: packet.version,
        packetSha256: packet.sha256,
      });
      const agency = await registrationAgencyForOrganization(submission.organizationId, tx);
      await emailEmployer("program-registered", {
        organizationName: submission.organization.legalName,
        programNumber,
        registeredOn: formatLongDate(registeredOn),
        registrationAgency: agencyDisplayName(agency),
        checklistUrl: `${appUrl}/onboarding`,
      });
      return packet;
    },
  });
}
