import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { renderEmail, type TemplateName, type TemplateProps } from "@/lib/mail/templates";
import { NEW_RECORD_ID } from "@/lib/record-ids";

export type OutgoingMail<N extends TemplateName> = {
  to: string;
  template: N;
  props: TemplateProps<N>;
  organizationId?: string | null;
  /** The body carries a secret (sign-in link): erased once delivered over SMTP. */
  sensitive?: boolean;
};

/**
 * Queues an email. Pass the transaction of the change that causes it, so the change and its email commit
 * together or not at all; lib/mail/worker delivers it afterwards, with retries.
 */
export async function enqueueMail<N extends TemplateName>(tx: Tx, mail: OutgoingMail<N>) {
  const { subject, html, text } = await renderEmail(mail.template, mail.props);
  const row = await tx.mailMessage.create({
    data: {
      to: mail.to.toLowerCase(),
      subject,
      html,
      text,
      template: mail.template,
      organizationId: mail.organizationId ?? null,
      sensitive: mail.sensitive ?? false,
    },
    select: { id: true },
  });
  return row;
}

/**
 * Queues one message for many recipients in a single statement: rendered once and sent to the database once, so
 * a notice to thousands of people stays one quick write inside the transaction of the change that causes it.
 * For messages without secrets (no per-recipient content).
 */
export async function enqueueMailToMany<N extends TemplateName>(
  tx: Tx,
  mail: {
    template: N;
    props: TemplateProps<N>;
    recipients: ReadonlyArray<{ to: string; organizationId: string | null }>;
  },
): Promise<number> {
  if (mail.recipients.length === 0) return 0;
  const { subject, html, text } = await renderEmail(mail.template, mail.props);
  const to = mail.recipients.map((r) => r.to.toLowerCase());
  const organizationIds = mail.recipients.map((r) => r.organizationId);
  return tx.$executeRaw`
    INSERT INTO "MailMessage" ("id", "to", "subject", "html", "text", "template", "organizationId", "updatedAt")
    SELECT ${NEW_RECORD_ID}, r."to", ${subject}, ${html}, ${text}, ${mail.template},
           r."organizationId", now()
      FROM unnest(${to}::text[], ${organizationIds}::text[]) AS r("to", "organizationId")`;
}
