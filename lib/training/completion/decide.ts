import "server-only";
import type { Prisma } from "@prisma/client";
import type { StaffContext } from "@/lib/authz";
import { AppError } from "@/lib/errors";
import { checklistMet } from "@/lib/training/completion/checklist";
import { newCertificateCode } from "@/lib/training/completion/code";
import { loadCompletion } from "@/lib/training/completion/data";
import { recordStatusChange } from "@/lib/training/lifecycle/change";
import { lockApprentice } from "@/lib/training/lock";
import { runStaffDecision } from "@/lib/transitions/staff-decision";
import { isoDay } from "@/lib/training/weeks";

// AAMI staff decide an employer's completion request, through the shared staff-decision helper (one transaction,
// conditional on the status and rowVersion the page showed; two staff at once, one wins and the other is told).
// Verifying checks the checklist again under the apprentice's lock: it issues AAMI's certificate (an unguessable
// code, and the hours it states, frozen) and completes the training on the day the employer gave. Sending it back
// says what is missing; the training stays active.

export type CompletionTarget = { completionId: string; rowVersion: number };

const LOADED = {
  id: true,
  organizationId: true,
  apprenticeId: true,
  status: true,
  rowVersion: true,
  completedOn: true,
  apprentice: { select: { firstName: true, lastName: true } },
} satisfies Prisma.CompletionSelect;
type Loaded = Prisma.CompletionGetPayload<{ select: typeof LOADED }>;

const VERBS: Record<string, string> = {
  "training.completion_verified": "verified",
  "training.completion_returned": "sent back",
};

function decide<T>(
  ctx: StaffContext,
  target: CompletionTarget,
  ip: string | null,
  spec: {
    to: "VERIFIED" | "RETURNED";
    prepare?: (tx: Parameters<Parameters<typeof runStaffDecision>[1]["move"]>[0], completion: Loaded) => Promise<void>;
    fields: () => Prisma.CompletionUpdateManyMutationInput;
    effects: Parameters<typeof runStaffDecision<Loaded, T>>[1]["effects"];
  },
) {
  return runStaffDecision<Loaded, T>(ctx, {
    noun: "completion",
    subjectType: "Completion",
    rowVersion: target.rowVersion,
    ip,
    load: (tx) => tx.completion.findUnique({ where: { id: target.completionId }, select: LOADED }),
    refusal: (completion) =>
      completion.status === "REQUESTED"
        ? null
        : `This completion was already ${completion.status === "VERIFIED" ? "verified" : "sent back"}. Reload the page.`,
    prepare: spec.prepare,
    move: async (tx, completion) =>
      (
        await tx.completion.updateMany({
          where: { id: completion.id, status: "REQUESTED", rowVersion: completion.rowVersion },
          data: {
            status: spec.to,
            decidedById: ctx.user.id,
            decidedAt: new Date(),
            rowVersion: { increment: 1 },
            ...spec.fields(),
          },
        })
      ).count,
    latestChange: async (tx, completion) => {
      const latest = await tx.auditEvent.findFirst({
        where: { subjectType: "Completion", subjectId: completion.id, kind: { in: Object.keys(VERBS) } },
        orderBy: { createdAt: "desc" },
        select: { kind: true, actorId: true, createdAt: true },
      });
      return latest && { actorId: latest.actorId, verb: VERBS[latest.kind], at: latest.createdAt };
    },
    alsoTo: async (tx, completion) => {
      const apprentice = await tx.apprentice.findUniqueOrThrow({
        where: { id: completion.apprenticeId },
        select: { email: true, user: { select: { email: true } } },
      });
      const address = apprentice.user?.email ?? apprentice.email;
      return address ? [address] : [];
    },
    effects: spec.effects,
  });
}

/** Verifies the completion: the checklist met now, AAMI's certificate issued, the training completed. */
export function verifyCompletion(ctx: StaffContext, target: CompletionTarget, ip: string | null) {
  let certificate: { code: string; ojlHours: number; instructionHours: number };
  return decide(ctx, target, ip, {
    to: "VERIFIED",
    prepare: async (tx, completion) => {
      const apprentice = await lockApprentice(tx, completion, { anyStatus: true });
      if (apprentice.trainingStatus !== "ACTIVE") {
        throw new AppError("CONFLICT", `${apprentice.firstName}'s training is not active, so it cannot be completed.`);
      }
      const facts = await loadCompletion(completion);
      if (!checklistMet(facts.checklist)) {
        const open = facts.checklist.filter((i) => !i.met).map((i) => `${i.label.toLowerCase()} (${i.detail})`);
        throw new AppError(
          "CONFLICT",
          `The checklist is no longer complete: ${open.join("; ")}. Send it back instead.`,
        );
      }
      certificate = { code: newCertificateCode(), ojlHours: facts.ojlHours, instructionHours: facts.instructionHours };
    },
    fields: () => ({
      certificateCode: certificate.code,
      certificateOjlHours: certificate.ojlHours,
      certificateInstructionHours: certificate.instructionHours,
    }),
    effects: async ({ tx, record, audit }) => {
      await audit("training.completion_verified", {
        apprenticeId: record.apprenticeId,
        completedOn: isoDay(record.completedOn),
        certificateCode: certificate.code,
        ojlHours: certificate.ojlHours,
        instructionHours: certificate.instructionHours,
      });
      await recordStatusChange(tx, {
        apprenticeId: record.apprenticeId,
        organizationId: record.organizationId,
        actorId: ctx.user.id,
        changedBy: "AAMI",
        from: "ACTIVE",
        to: "COMPLETED",
        row: {
          effectiveOn: record.completedOn,
          reason: null,
          cancellationReason: null,
          inProbation: null,
          returnOn: null,
        },
        ip,
      });
      return { apprenticeId: record.apprenticeId, certificateCode: certificate.code };
    },
  });
}

/** Sends the completion request back with what is missing; the employer can ask again once it is put right. */
export function returnCompletion(ctx: StaffContext, target: CompletionTarget, reason: string, ip: string | null) {
  return decide(ctx, target, ip, {
    to: "RETURNED",
    fields: () => ({ returnReason: reason }),
    effects: async ({ record, audit, emailEmployer, staffName, appUrl }) => {
      await audit("training.completion_returned", { apprenticeId: record.apprenticeId, reason });
      await emailEmployer("training-completion-returned", {
        apprenticeName: `${record.apprentice.firstName} ${record.apprentice.lastName}`,
        reviewerName: staffName,
        reason,
        statusUrl: `${appUrl}/training/${record.apprenticeId}/status`,
      });
      return { apprenticeId: record.apprenticeId };
    },
  });
}
