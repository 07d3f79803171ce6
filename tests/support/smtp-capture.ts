import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";

/** What integration tests pass the mail worker (lib/mail/worker deliverDueMail). */
export const TEST_SENDER = { from: "Portal <no-reply@portal.test>", messageIdDomain: "portal.test" } as const;

export type CapturedMail = {
  /** The Message-ID header as received, angle brackets included. */
  messageId: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: number;
};

/**
 * A real SMTP server on localhost that keeps what it receives. Messages that arrived before a test starts
 * waiting are kept too, so a test never misses a message sent while it was still clicking. With `ackDelayMs` it is
 * a slow server: it keeps each message as soon as the data has arrived and answers "250 OK" only that much later,
 * the window in which a sender that dies has delivered a message without knowing it.
 */
export async function startSmtpCapture(port = 0, options: { ackDelayMs?: number } = {}) {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            messageId: mail.messageId ?? "",
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            receivedAt: Date.now(),
          });
          if (options.ackDelayMs) setTimeout(callback, options.ackDelayMs);
          else callback();
        })
        .catch(callback);
    },
  });
  // A client that dies mid-conversation (the durability tests kill senders) resets its connection; a real server
  // shrugs that off, and so does this one.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") console.error("[smtp-capture]", error);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actualPort = (server.server.address() as AddressInfo).port;

  async function waitFor(predicate: (m: CapturedMail) => boolean, timeoutMs = 15_000): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `No matching email within ${timeoutMs} ms; received: ${messages.map((m) => `${m.to} "${m.subject}"`).join(", ") || "none"}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    waitFor,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
