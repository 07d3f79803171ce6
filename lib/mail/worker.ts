import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import type { MailTransport } from "@/lib/mail/transport";

export const MAX_ATTEMPTS = 8;
/** Longer than any single SMTP exchange can take (see the transport's timeouts), so a live claim never expires. */
export const CLAIM_SECONDS = 120;
const PER_PASS = 20;

export type DeliveryOptions = {
  from: string;
  /** The right-hand side of every Message-ID: the host of APP_URL (messageIdDomainOf). */
  messageIdDomain: string;
  /** Seconds before a message that failed its nth attempt is tried again. Default: retryDelaySeconds. */
  retryDelay?: (attempts: number) => number;
  /** How long a claim holds a message; must outlast one SMTP exchange. Default: CLAIM_SECONDS. */
  claimSeconds?: number;
};

type Claimed = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  sensitive: boolean;
};

/**
 * A message's Message-ID, made from its outbox row: a message sent again after a crash (the SMTP server took it,
 * the worker died before recording that) is the same message to every receiver, which drops the repeat.
 */
export const messageIdFor = (mailId: string, domain: string) => `<${mailId}@${domain}>`;

/** The host of the public URL (no port), for messageIdFor. */
export const messageIdDomainOf = (appUrl: string) => new URL(appUrl).hostname;

/** Retry after 30 s, 1 min, 2 min … capped at one hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * Claims one due message under a fresh token (FOR UPDATE SKIP LOCKED: concurrent workers claim different rows).
 * A claim whose worker died expires after CLAIM_SECONDS and the message becomes due again.
 */
async function claimNext(db: Db, token: string, claimSeconds: number): Promise<Claimed | undefined> {
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "MailMessage"
       SET "claimToken" = ${token},
           "lockedUntil" = now() + make_interval(secs => ${claimSeconds}),
           "attempts" = "attempts" + 1,
           "updatedAt" = now()
     WHERE "id" = (
       SELECT "id" FROM "MailMessage"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= now() AND "attempts" < ${MAX_ATTEMPTS}
          AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
        ORDER BY "nextAttemptAt", "createdAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "html", "text", "attempts", "sensitive"`;
  return rows[0];
}

/**
 * The outcome is written only while this worker still holds the claim (same token), so a worker that lost its
 * claim can never overwrite what another worker recorded. Times come from the database clock.
 */
async function recordSent(db: Db, mail: Claimed, token: string, erase: boolean) {
  await db.$executeRaw`
    UPDATE "MailMessage"
       SET "status" = 'SENT', "sentAt" = now(), "lockedUntil" = NULL, "claimToken" = NULL, "lastError" = NULL,
           "html" = CASE WHEN ${erase} THEN '' ELSE "html" END,
           "text" = CASE WHEN ${erase} THEN '(erased after delivery: it contained a sign-in link)' ELSE "text" END,
           "updatedAt" = now()
     WHERE "id" = ${mail.id} AND "claimToken" = ${token}`;
}

async function recordFailure(db: Db, mail: Claimed, token: string, error: unknown, retryInSeconds: number) {
  const message = String(error instanceof Error ? error.message : error).slice(0, 1000);
  await db.$executeRaw`
    UPDATE "MailMessage"
       SET "status" = CASE WHEN "attempts" >= ${MAX_ATTEMPTS} THEN 'FAILED'::"MailStatus" ELSE 'PENDING'::"MailStatus" END,
           "nextAttemptAt" = now() + make_interval(secs => ${retryInSeconds}),
           "lockedUntil" = NULL, "claimToken" = NULL, "lastError" = ${message}, "updatedAt" = now()
     WHERE "id" = ${mail.id} AND "claimToken" = ${token}`;
}

/** Messages whose workers kept dying mid-send have used their attempts without a recorded failure. */
async function failExhausted(db: Db) {
  await db.$executeRaw`
    UPDATE "MailMessage"
       SET "status" = 'FAILED', "lastError" = COALESCE("lastError", 'gave up: no delivery confirmed after repeated attempts'), "updatedAt" = now()
     WHERE "status" = 'PENDING' AND "attempts" >= ${MAX_ATTEMPTS} AND ("lockedUntil" IS NULL OR "lockedUntil" < now())`;
}

/** Delivers due messages, one claim at a time, so several app instances can share one queue safely. */
export async function deliverDueMail(db: Db, transport: MailTransport, options: DeliveryOptions) {
  const { from, messageIdDomain, retryDelay = retryDelaySeconds, claimSeconds = CLAIM_SECONDS } = options;
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < PER_PASS; i++) {
    const token = randomUUID();
    const mail = await claimNext(db, token, claimSeconds);
    if (!mail) break;
    try {
      await transport.send({
        from,
        to: mail.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        messageId: messageIdFor(mail.id, messageIdDomain),
      });
      await recordSent(db, mail, token, mail.sensitive && transport.kind === "smtp");
      sent++;
    } catch (error) {
      failed++;
      await recordFailure(db, mail, token, error, retryDelay(mail.attempts));
      console.error(`[mail] delivery of ${mail.id} failed (attempt ${mail.attempts} of ${MAX_ATTEMPTS})`, error);
    }
  }
  await failExhausted(db);
  return { sent, failed };
}

/** Polls the queue until stopped; stopping resolves once the pass under way (if any) has ended. */
export function startMailWorker(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions & { pollMs: number },
): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let pass: Promise<void> = Promise.resolve();
  const tick = () => {
    pass = deliverDueMail(db, transport, options).then(
      () => undefined,
      (error: unknown) => console.error("[mail] worker pass failed", error),
    );
    void pass.then(() => {
      if (!stopped) timer = setTimeout(tick, options.pollMs);
    });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await pass;
  };
}
