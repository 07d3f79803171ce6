import type { Db } from "@/lib/prisma-client";
import type { MailTransport } from "@/lib/mail/transport";
import { onMailWake } from "@/lib/mail/wake";

const BATCH = 10;
const MAX_ATTEMPTS = 8;
/** A claim outlives any SMTP timeout; if the worker dies mid-send the message becomes due again after it. */
const CLAIM_SECONDS = 120;

type Claimed = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  sensitive: boolean;
};

/** Retry after 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Delivers due messages once. Claims use FOR UPDATE SKIP LOCKED, so any number of app instances can run this
 * against one database without sending a message twice.
 */
export async function deliverDueMail(db: Db, transport: MailTransport, from: string) {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "MailMessage"
       SET "lockedUntil" = now() + make_interval(secs => ${CLAIM_SECONDS}),
           "attempts" = "attempts" + 1,
           "updatedAt" = now()
     WHERE "id" IN (
       SELECT "id" FROM "MailMessage"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now()
          AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
        ORDER BY "createdAt"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "html", "text", "attempts", "sensitive"`;

  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await transport.send({ from, to: mail.to, subject: mail.subject, html: mail.html, text: mail.text });
      const erase = mail.sensitive && transport.kind === "smtp";
      await db.mailMessage.update({
        where: { id: mail.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          lockedUntil: null,
          lastError: null,
          ...(erase ? { html: "", text: "(erased after delivery: it contained a sign-in link)" } : {}),
        },
      });
      sent++;
    } catch (error) {
      failed++;
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await db.mailMessage.update({
        where: { id: mail.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          lockedUntil: null,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(mail.attempts)),
        },
      });
      console.error(
        `[mail] delivery of ${mail.id} failed (attempt ${mail.attempts}${giveUp ? ", giving up" : ""})`,
        error,
      );
    }
  }
  return { claimed: claimed.length, sent, failed };
}

/** Polls for due mail until stopped; `wakeMailWorker()` makes it look right away. */
export function startMailWorker(db: Db, transport: MailTransport, from: string, pollMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const tick = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    clearTimeout(timer);
    try {
      let result;
      do {
        again = false;
        result = await deliverDueMail(db, transport, from);
      } while (!stopped && (again || result.claimed === BATCH));
    } catch (error) {
      console.error("[mail] worker pass failed", error);
    } finally {
      running = false;
      if (!stopped) timer = setTimeout(tick, pollMs);
    }
  };

  onMailWake(() => void tick());
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
    onMailWake(undefined);
  };
}
