import "server-only";
import type { Tx } from "@/lib/prisma-client";
import { renderEmail, type TemplateName, type TemplateProps } from "@/lib/mail/templates";

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
