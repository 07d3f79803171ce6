import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { auditPayloads, type AuditKind, type AuditPayload } from "@/lib/audit/events";

export type AuditEntry<K extends AuditKind> = {
  kind: K;
  organizationId: string | null;
  actorId: string | null;
  subject: { type: string; id: string };
  payload: AuditPayload<K>;
  ip?: string | null;
};

/** Appends one audit event. Call it with the transaction of the change it records. */
export async function recordAudit<K extends AuditKind>(tx: Tx, entry: AuditEntry<K>) {
  const payload = auditPayloads[entry.kind].parse(entry.payload);
  await tx.auditEvent.create({
    data: {
      kind: entry.kind,
      organizationId: entry.organizationId,
      actorId: entry.actorId,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      payload,
      ip: entry.ip ?? null,
    },
  });
}
