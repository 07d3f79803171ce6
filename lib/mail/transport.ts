import nodemailer from "nodemailer";

export type MailEnvelope = { from: string; to: string; subject: string; html: string; text: string };
export type MailTransport = { kind: "smtp" | "mailbox"; send(mail: MailEnvelope): Promise<void> };

/**
 * SMTP when a URL is configured. Otherwise the "mailbox" transport delivers nowhere: the message stays in
 * the MailMessage table, marked sent, and /dev/mailbox shows it.
 */
export function createTransport(smtpUrl: string | undefined): MailTransport {
  if (!smtpUrl) return { kind: "mailbox", send: async () => {} };
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async send(mail) {
      const info = await transporter.sendMail(mail);
      const refused = [...info.rejected, ...(info.pending ?? [])].filter(Boolean);
      if (refused.length) throw new Error(`SMTP server refused ${refused.join(", ")}`);
    },
  };
}
