import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { createTransport, type MailTransport } from "@/lib/mail/transport";
import { MAX_ATTEMPTS, deliverDueMail } from "@/lib/mail/worker";
import { sendSignInEmail } from "@/lib/auth/send-sign-in-email";
import { hitRateLimit } from "@/lib/rate-limit";
import { pruneExpiredRows } from "@/lib/maintenance";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";
import { createUser } from "../support/factories";

const APP = "https://portal.example.org";
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.stop());
// Each test starts with an empty queue, so counts below are exact.
beforeEach(async () => {
  await db.mailMessage.deleteMany();
});

const queue = (to: string) =>
  enqueueMail(db, {
    to,
    template: "no-account",
    props: { employerStartUrl: "http://x/employers/start", interestFormUrl: "http://x/apprentices/interest" },
  });

describe("mail queue", () => {
  it("delivers queued mail to a real SMTP server with an HTML and a plain-text part", async () => {
    const { id } = await queue("first@example.test");
    expect(await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER)).toEqual({ sent: 1, failed: 0 });
    const received = await smtp.waitFor((m) => m.to.includes("first@example.test"));
    expect(received.from).toBe("no-reply@portal.test");
    expect(received.subject).toBe("About your sign-in request to the BMET Apprenticeship Portal");
    expect(received.text).toContain("http://x/apprentices/interest");
    expect(received.html).toContain("<html");
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      lockedUntil: null,
      claimToken: null,
    });
  });

  it("gives each message a Message-ID made from its outbox row, the same when it is sent again", async () => {
    const { id } = await queue("twice@example.test");
    const other = await queue("other@example.test");
    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
    // The worker died after the SMTP server took the message and before it recorded that: the row is due again.
    await db.mailMessage.update({
      where: { id },
      data: { status: "PENDING", sentAt: null, lockedUntil: new Date(Date.now() - 1000) },
    });
    expect(await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER)).toEqual({ sent: 1, failed: 0 });
    await expect.poll(() => smtp.messages.filter((m) => m.to.includes("twice@example.test")).length).toBe(2);
    const received = smtp.messages.filter((m) => m.to.includes("twice@example.test")).map((m) => m.messageId);
    expect(received).toEqual([`<${id}@portal.test>`, `<${id}@portal.test>`]);
    expect((await smtp.waitFor((m) => m.to.includes("other@example.test"))).messageId).toBe(
      `<${other.id}@portal.test>`,
    );
  });

  it("keeps mail through an SMTP outage and sends it later", async () => {
    const { id } = await queue("outage@example.test");
    const down = createTransport("smtp://127.0.0.1:1"); // nothing listens on port 1
    expect(await deliverDueMail(db, down, TEST_SENDER)).toEqual({ sent: 0, failed: 1 });
    const afterFailure = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(afterFailure).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(afterFailure.lastError).toContain("ECONNREFUSED");
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not due yet: a pass right away leaves it alone.
    expect(await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER)).toEqual({ sent: 0, failed: 0 });

    await db.mailMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    expect(await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER)).toEqual({ sent: 1, failed: 0 });
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
    await smtp.waitFor((m) => m.to.includes("outage@example.test"));
  });

  it("three workers running at once send each message exactly once", async () => {
    const addresses = Array.from({ length: 15 }, (_, i) => `batch-${i}@example.test`);
    for (const a of addresses) await queue(a);
    const counted: string[] = [];
    const slowish: MailTransport = {
      kind: "smtp",
      async send(mail) {
        await new Promise((r) => setTimeout(r, 5));
        counted.push(mail.to);
      },
    };
    await Promise.all([
      deliverDueMail(db, slowish, TEST_SENDER),
      deliverDueMail(db, slowish, TEST_SENDER),
      deliverDueMail(db, slowish, TEST_SENDER),
    ]);
    expect(counted.sort()).toEqual([...addresses].sort());
    expect(await db.mailMessage.count({ where: { status: "SENT" } })).toBe(15);
  });

  it("a worker whose claim expired cannot overwrite the outcome another worker recorded", async () => {
    const { id } = await queue("slow@example.test");
    let releaseSlowSend!: () => void;
    const stuck: MailTransport = {
      kind: "smtp",
      send: () =>
        new Promise<void>((resolve) => (releaseSlowSend = resolve)).then(() => {
          throw new Error("late failure");
        }),
    };
    const slowPass = deliverDueMail(db, stuck, TEST_SENDER);
    await expect
      .poll(async () => (await db.mailMessage.findUniqueOrThrow({ where: { id } })).claimToken)
      .not.toBeNull();

    // The first claim expires (as if SMTP hung past the lease); a second worker sends the message.
    await db.mailMessage.update({ where: { id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER)).toEqual({ sent: 1, failed: 0 });

    releaseSlowSend();
    await slowPass;
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      lastError: null,
    });
  });

  it("gives up after the last attempt and marks the message FAILED", async () => {
    const { id } = await queue("never@example.test");
    await db.mailMessage.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await deliverDueMail(db, createTransport("smtp://127.0.0.1:1"), TEST_SENDER);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_ATTEMPTS,
    });

    // A message whose workers died mid-send every time is failed too, not retried forever.
    const crashed = await queue("crashed@example.test");
    await db.mailMessage.update({
      where: { id: crashed.id },
      data: { attempts: MAX_ATTEMPTS, lockedUntil: new Date(Date.now() - 1000) },
    });
    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id: crashed.id } })).toMatchObject({ status: "FAILED" });
  });

  it("a message enqueued inside a transaction that rolls back is never sent", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, {
          to: "in-tx@example.test",
          template: "no-account",
          props: { employerStartUrl: "a", interestFormUrl: "b" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.mailMessage.count({ where: { to: "in-tx@example.test" } })).toBe(0);
  });
});

describe("sign-in emails", () => {
  it("sends a link anchored on APP_URL whatever host the request named, and erases it after SMTP delivery", async () => {
    const user = await createUser(db);
    await sendSignInEmail(db, APP, user.email, "http://evil.example/api/auth/callback/email?token=abc&email=x", null);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(mail.template).toBe("sign-in-link");
    expect(mail.text).toContain(`${APP}/api/auth/callback/email?token=abc`);
    expect(mail.text).not.toContain("evil.example");

    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
    const received = await smtp.waitFor((m) => m.to.includes(user.email));
    expect(received.text).toContain(`${APP}/api/auth/callback/email?token=abc`);
    const stored = await db.mailMessage.findUniqueOrThrow({ where: { id: mail.id } });
    expect(stored.text).not.toContain("token=abc");
    expect(stored.html).toBe("");
  });

  it("tells an unknown address how to get started instead of sending a link", async () => {
    await sendSignInEmail(db, APP, "Nobody@Example.test", `${APP}/api/auth/callback/email?token=zzz`, null);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: "nobody@example.test" } });
    expect(mail.template).toBe("no-account");
    expect(mail.text).toContain(`${APP}/employers/start`);
    expect(mail.text).not.toContain("token=zzz");
    expect(await db.user.count({ where: { email: "nobody@example.test" } })).toBe(0);
  });

  it("stops sending to one address after five requests in 15 minutes", async () => {
    const user = await createUser(db);
    for (let i = 0; i < 7; i++) await sendSignInEmail(db, APP, user.email, `${APP}/cb?token=${i}`, null);
    expect(await db.mailMessage.count({ where: { to: user.email } })).toBe(5);
  });

  it("stops one client from mailing many addresses", async () => {
    for (let i = 0; i < 35; i++)
      await sendSignInEmail(db, APP, `stranger-${i}@example.test`, `${APP}/cb?token=${i}`, "203.0.113.9");
    expect(await db.mailMessage.count({ where: { to: { startsWith: "stranger-" } } })).toBe(30);
    await sendSignInEmail(db, APP, "someone-else@example.test", `${APP}/cb`, "203.0.113.10");
    expect(await db.mailMessage.count({ where: { to: "someone-else@example.test" } })).toBe(1);
  });
});

describe("rate limits and clean-up", () => {
  it("a new window starts the count again", async () => {
    for (let i = 0; i < 3; i++) await hitRateLimit(db, "window-test", 3, 60);
    expect(await hitRateLimit(db, "window-test", 3, 60)).toBe(false);
    await db.rateLimit.update({ where: { key: "window-test" }, data: { windowStart: new Date(Date.now() - 61_000) } });
    expect(await hitRateLimit(db, "window-test", 3, 60)).toBe(true);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "window-test" } })).count).toBe(1);
  });

  it("prunes expired tokens, sessions and old rate-limit windows, and nothing current", async () => {
    const user = await createUser(db);
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 3600_000);
    await db.verificationToken.createMany({
      data: [
        { identifier: "a", token: "old", expires: past },
        { identifier: "a", token: "new", expires: future },
      ],
    });
    await db.session.createMany({
      data: [
        { sessionToken: "s-old", userId: user.id, expires: past },
        { sessionToken: "s-new", userId: user.id, expires: future },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: "stale", windowStart: new Date(Date.now() - 2 * 86_400_000), count: 1 },
        { key: "fresh", windowStart: new Date(), count: 1 },
      ],
    });
    const pruned = await pruneExpiredRows(db);
    expect(pruned.tokens).toBeGreaterThanOrEqual(1);
    expect(await db.verificationToken.findMany({ select: { token: true } })).toEqual([{ token: "new" }]);
    expect(await db.session.count({ where: { sessionToken: { in: ["s-old", "s-new"] } } })).toBe(1);
    expect(await db.rateLimit.findUnique({ where: { key: "stale" } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: "fresh" } })).not.toBeNull();
  });
});
