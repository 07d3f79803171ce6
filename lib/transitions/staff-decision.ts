import "server-only";
import type { AuditKind, AuditPayload } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import type { StaffContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, StalePreparationError, notFound } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { TemplateName, TemplateProps } from "@/lib/mail/templates";
import { refreshChecklist } from "@/lib/onboarding/facts";
import { employerRecipients } from "@/lib/organizations/recipients";
import type { Tx } from "@/lib/prisma-client";

// One shape for every staff decision on an organization's record (a submission under review, an apprentice's
// registration): in ONE transaction, re-read the record, refuse a stale page or a move the state machine does not
// allow, change it with an update conditional on the status and rowVersion the staff member saw, then write the
// decision's own records, its audit event and the employer's email. Two staff members acting at once: the second
// conditional update matches no row, its transaction rolls back, and it is told who did what, when. Decisions that
// produce PDFs (approvals: the countersigned agreement, the registration packet) build them before the transaction
// (`prepareOutside`), so it only stores them, and prepare them again if another decision changed their sources.

/** What a staff decision writes besides its own change: its audit event and the employer's email. */
export type DecisionEffects = {
  /** Records the decision's audit event (organization, actor, subject and IP filled in). */
  audit: <K extends AuditKind>(kind: K, payload: AuditPayload<K>) => Promise<void>;
  /** Queues one email to each of the organization's owners and admins, and `alsoTo` while they are members. */
  emailEmployer: <N extends TemplateName>(template: N, props: TemplateProps<N>) => Promise<void>;
};

/** The record as a decision needs it: which tenant, where it stands, and the version the page was drawn from. */
export type DecidedRecord = { id: string; organizationId: string; status: string; rowVersion: number };

/** The last change someone made, to tell a late-comer what happened while they were looking. */
export type LatestChange = { actorId: string | null; verb: string | undefined; at: Date } | null;

export type DecisionStep<R, P = undefined> = DecisionEffects & {
  tx: Tx;
  record: R;
  /** What `prepareOutside` built before the transaction (undefined for decisions without it). */
  prepared: P;
  /** The staff member's name as the employer reads it. */
  staffName: string;
  appUrl: string;
};

/** How many times a decision prepares its documents again when another decision changed their sources meanwhile. */
const PREPARE_ATTEMPTS = 3;

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export async function runStaffDecision<R extends DecidedRecord, T, P = undefined>(
  ctx: StaffContext,
  spec: {
    /** "submission", "registration": how the refusal names the record. */
    noun: string;
    subjectType: string;
    /** The rowVersion the staff member's page was drawn from. */
    rowVersion: number;
    ip: string | null;
    load: (tx: Tx) => Promise<R | null>;
    /** Why the state machine refuses this decision on the record as stored, or null when it allows it. */
    refusal: (record: R) => string | null;
    /**
     * Builds the decision's documents (PDFs) before the transaction, from the record as stored then, so the
     * transaction only writes them. Runs only when that record allows the decision (the transaction refuses it
     * otherwise). `effects` checks the documents' sources are unchanged and throws StalePreparationError if not:
     * the transaction rolls back and they are prepared again (up to PREPARE_ATTEMPTS times).
     */
    prepareOutside?: (record: R) => Promise<P>;
    /** Checks and reads that need the stored record, before anything is written. */
    prepare?: (tx: Tx, record: R) => Promise<void>;
    /** The conditional update: must match only `record.status` and `record.rowVersion`; returns the rows moved. */
    move: (tx: Tx, record: R, prepared: P) => Promise<number>;
    latestChange: (tx: Tx, record: R) => Promise<LatestChange>;
    /** People who hear of the decision besides the organization's owners and admins (while they are members). */
    alsoTo: (tx: Tx, record: R) => Promise<string[]>;
    effects: (step: DecisionStep<R, P>) => Promise<T>;
  },
): Promise<T> {
  const conflict = async (tx: Tx, record: R): Promise<never> => {
    const latest = await spec.latestChange(tx, record);
    let story = `This ${spec.noun} changed while you were looking at it.`;
    if (latest?.actorId && latest.verb) {
      const actor = await tx.user.findUnique({ where: { id: latest.actorId }, select: { name: true, email: true } });
      story = `${actor?.name ?? actor?.email ?? "Another staff member"} ${latest.verb} this ${spec.noun} at ${when.format(latest.at)} UTC, while you were looking at it.`;
    }
    throw new AppError("CONFLICT", `${story} Nothing was changed by you; reload the page.`);
  };

  const prepareOutside = async (): Promise<P> => {
    const record = spec.prepareOutside && (await spec.load(db));
    const allowed = record && record.rowVersion === spec.rowVersion && !spec.refusal(record);
    return (allowed ? await spec.prepareOutside!(record) : undefined) as P;
  };

  for (let attempt = 1; ; attempt++) {
    const prepared = await prepareOutside();
    try {
      return await decideInTransaction(prepared);
    } catch (error) {
      if (!(error instanceof StalePreparationError)) throw error;
      if (attempt === PREPARE_ATTEMPTS) {
        throw new AppError(
          "CONFLICT",
          `Other decisions on this organization kept changing its records while this ${spec.noun} was being decided. Nothing was changed by you; try again.`,
        );
      }
    }
  }

  function decideInTransaction(prepared: P) {
    return db.$transaction(
      async (tx) => {
        const record = await spec.load(tx);
        if (!record) throw notFound();
        if (record.rowVersion !== spec.rowVersion) await conflict(tx, record);
        const refusal = spec.refusal(record);
        if (refusal) throw new AppError("CONFLICT", refusal);
        // Not prepared: the record outside refused the decision, and has changed since to allow it.
        if (spec.prepareOutside && prepared === undefined) throw new StalePreparationError();
        await spec.prepare?.(tx, record);
        if ((await spec.move(tx, record, prepared)) === 0) await conflict(tx, record);

        const { organizationId } = record;
        const recipients = await employerRecipients(tx, organizationId, await spec.alsoTo(tx, record));
        const subject = { type: spec.subjectType, id: record.id };
        const result = await spec.effects({
          tx,
          record,
          prepared,
          staffName: ctx.user.name ?? ctx.user.email,
          appUrl: env().APP_URL,
          audit: (kind, payload) =>
            recordAudit(tx, { kind, organizationId, actorId: ctx.user.id, subject, payload, ip: spec.ip }),
          emailEmployer: async (template, props) => {
            for (const to of recipients) await enqueueMail(tx, { to, template, props, organizationId });
          },
        });
        // The checklist follows every decision: reopened steps, step 7's status, step 8 after approval.
        await refreshChecklist(tx, organizationId, null);
        return result;
      },
      // Approvals build their PDFs before it (prepareOutside), but store the packet, which holds every signed
      // agreement (a scanned one can be 10 MB): on a machine under heavy load that has passed Prisma's 5-second default.
      { timeout: 30_000, maxWait: 5_000 },
    );
  }
}
