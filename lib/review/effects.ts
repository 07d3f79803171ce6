import "server-only";
import type { AuditKind, AuditPayload } from "@/lib/audit/events";
import { recordAudit } from "@/lib/audit/record";
import { enqueueMail } from "@/lib/mail/outbox";
import type { TemplateName, TemplateProps } from "@/lib/mail/templates";
import { employerRecipients } from "@/lib/organizations/recipients";
import type { Tx } from "@/lib/prisma-client";

/** What a staff decision writes besides its own change: its audit event and the employer's email. */
export type DecisionEffects = {
  /** Records the decision's audit event (organization, actor, subject and IP filled in). */
  audit: <K extends AuditKind>(kind: K, payload: AuditPayload<K>) => Promise<void>;
  /** Queues one email to each of the organization's owners and admins, and `alsoTo` while they are members. */
  emailEmployer: <N extends TemplateName>(template: N, props: TemplateProps<N>) => Promise<void>;
};

/**
 * The audit and email writers of a staff decision on an organization's record (a submission, an apprentice), both
 * bound to the decision's transaction, so no decision exists without its audit event and its email.
 */
export async function decisionEffects(
  tx: Tx,
  decision: {
    organizationId: string;
    actorId: string;
    subject: { type: string; id: string };
    ip: string | null;
    alsoTo: string[];
  },
): Promise<DecisionEffects> {
  const { organizationId, actorId, subject, ip } = decision;
  const recipients = await employerRecipients(tx, organizationId, decision.alsoTo);
  return {
    audit: (kind, payload) => recordAudit(tx, { kind, organizationId, actorId, subject, payload, ip }),
    emailEmployer: async (template, props) => {
      for (const to of recipients) await enqueueMail(tx, { to, template, props, organizationId });
    },
  };
}
