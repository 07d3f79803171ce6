import "server-only";
import nodemailer from "nodemailer";

export type MailEnvelope = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** "<id@host>", stable per outbox row (lib/mail/worker messageIdFor), so a resend is the same message. */
  messageId: string;
};
export type MailTransport = {
  kind: "smtp" | "mailbox";
  send(mail: MailEnvelope): Promise<void>;
  /** Closes the connections a pooled transport keeps open (SMTP_URL with ?pool=true). */
  close?(): void;
};

/**
 * SMTP when a URL is configured. Otherwise (development only; lib/env requires SMTP_URL in production) the
 * "mailbox" transport delivers nowhere: the message stays in the MailMessage table and /dev/mailbox shows it.
 */
export function createTransport(smtpUrl: string | undefined): MailTransport {
  if (!smtpUrl) return { kind: "mailbox", send: async () => {} };
  // Timeouts well inside the worker's claim (lib/mail/worker CLAIM_SECONDS), so a slow server cannot make a
  // claim expire while the message is still being sent.
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 45_000,
  });
  return {
    kind: "smtp",
    async send(mail) {
      const info = await transporter.sendMail(mail);
      const refused = [...info.rejected, ...(info.pending ?? [])].filter(Boolean);
      if (refused.length) throw new Error(`SMTP server refused ${refused.join(", ")}`);
    },
    close: () => transporter.close(),
  };
}
