import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { createTransport, type MailTransport } from "@/lib/mail/transport";
import { deliverDueMail } from "@/lib/mail/worker";
import { sendSignInEmail } from "@/lib/auth/send-sign-in-email";
import { startSmtpCapture } from "../support/smtp-capture";
import { createUser } from "../support/factories";

const FROM = "Portal <no-reply@portal.test>";
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.stop());

const queue = (to: string) =>
  enqueueMail(db, {
    to,
    template: "no-account",
    props: { employerStartUrl: "http://x/employers/start", interestFormUrl: "http://x/apprentices/interest" },
  });

describe("mail queue", () => {
  it("delivers queued mail to a real SMTP server with an HTML and a plain-text part", async () => {
    const { id } = await queue("first@example.test");
    const result = await deliverDueMail(db, createTransport(smtp.url), FROM);
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const received = await smtp.waitFor((m) => m.to.includes("first@example.test"));
    expect(received.subject).toBe("About your sign-in request to the BMET Apprenticeship Portal");
    expect(received.text).toContain("http://x/apprentices/interest");
    expect(received.html).toContain("<html");
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      lockedUntil: null,
    });
  });

  it("keeps mail through an SMTP outage and sends it later", async () => {
    const { id } = await queue("outage@example.test");
    const down = createTransport("smtp://127.0.0.1:1"); // nothing listens on port 1
    await deliverDueMail(db, down, FROM);
    const afterFailure = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(afterFailure).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(afterFailure.lastError).toBeTruthy();
    expect(afterFailure.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    // Not due yet: a pass right away leaves it alone.
    await deliverDueMail(db, createTransport(smtp.url), FROM);
    expect((await db.mailMessage.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");

    await db.mailMessage.update({ where: { id }, data: { nextAttemptAt: new Date() } });
    await deliverDueMail(db, createTransport(smtp.url), FROM);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
    await smtp.waitFor((m) => m.to.includes("outage@example.test"));
  });

  it("two workers running at once send each message exactly once", async () => {
    const addresses = Array.from({ length: 15 }, (_, i) => `batch-${i}@example.test`);
    for (const a of addresses) await queue(a);
    const counted: string[] = [];
    const counting: MailTransport = {
      kind: "smtp",
      async send(mail) {
        await new Promise((r) => setTimeout(r, 5));
        counted.push(mail.to);
      },
    };
    await Promise.all([
      deliverDueMail(db, counting, FROM),
      deliverDueMail(db, counting, FROM),
      deliverDueMail(db, counting, FROM),
    ]);
    await Promise.all([deliverDueMail(db, counting, FROM), deliverDueMail(db, counting, FROM)]);
    expect(counted.sort()).toEqual([...addresses].sort());
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
    const user = await createUser();
    await sendSignInEmail(
      db,
      "https://portal.example.org",
      user.email,
      "http://evil.example/api/auth/callback/email?token=abc&email=x",
    );
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(mail.template).toBe("sign-in-link");
    expect(mail.text).toContain("https://portal.example.org/api/auth/callback/email?token=abc");
    expect(mail.text).not.toContain("evil.example");

    await deliverDueMail(db, createTransport(smtp.url), FROM);
    const received = await smtp.waitFor((m) => m.to.includes(user.email));
    expect(received.text).toContain("https://portal.example.org/api/auth/callback/email?token=abc");
    const stored = await db.mailMessage.findUniqueOrThrow({ where: { id: mail.id } });
    expect(stored.text).not.toContain("token=abc");
    expect(stored.html).toBe("");
  });

  it("tells an unknown address how to get started instead of sending a link", async () => {
    await sendSignInEmail(
      db,
      "https://portal.example.org",
      "Nobody@Example.test",
      "https://portal.example.org/api/auth/callback/email?token=zzz",
    );
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: "nobody@example.test" } });
    expect(mail.template).toBe("no-account");
    expect(mail.text).toContain("https://portal.example.org/employers/start");
    expect(mail.text).not.toContain("token=zzz");
    expect(await db.user.count({ where: { email: "nobody@example.test" } })).toBe(0);
  });

  it("stops sending to one address after five requests in 15 minutes", async () => {
    const user = await createUser();
    for (let i = 0; i < 7; i++)
      await sendSignInEmail(db, "https://portal.example.org", user.email, `https://portal.example.org/cb?token=${i}`);
    expect(await db.mailMessage.count({ where: { to: user.email } })).toBe(5);
  });
});
