import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueMailToMany } from "@/lib/mail/outbox";
import { publishBothDocuments } from "../support/documents";
import { createOrganization, createUser } from "../support/factories";
import { startSmtpCapture, type CapturedMail } from "../support/smtp-capture";
import { APPROVAL_FIELDS, reviewedOrganization } from "../support/submission";
import { hiddenFieldsOf, postForm } from "./support/forms";
import { get } from "./support/http";
import { sessionCookie } from "./support/matrix-principals";
import { SECURITY_PORTS, assertProductionBuild, startAppServer, type AppServer } from "./support/server";

// The app is meant to scale out: several `next start` instances behind one address, sharing one Postgres and
// nothing else. Two instances run here on one database, each with its mail worker on and its own SMTP capture (so
// we can see which instance delivered what), and requests alternate between them.

type Capture = Awaited<ReturnType<typeof startSmtpCapture>>;

let a: AppServer | undefined;
let b: AppServer | undefined;
let captureA: Capture | undefined;
let captureB: Capture | undefined;
const figures: string[] = [];

const delivered = (match: (m: CapturedMail) => boolean) => [
  ...captureA!.messages.filter(match),
  ...captureB!.messages.filter(match),
];

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What Auth.js answers to every email sign-in request, sent or not: on to its "check your email" step. */
const LINK_REQUESTED = { status: 302, path: "/api/auth/verify-request" };

/** Auth.js's own sign-in: the CSRF token from one instance, the email form posted to another. */
async function requestSignInLink(csrfFrom: AppServer, postTo: AppServer, email: string) {
  const csrf = await fetch(`${csrfFrom.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${postTo.url}/api/auth/signin/email`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "/dashboard" }),
  });
  await response.arrayBuffer();
  return { status: response.status, path: new URL(response.headers.get("location") ?? "/", postTo.url).pathname };
}

beforeAll(async () => {
  assertProductionBuild();
  await publishBothDocuments(db);
  captureA = await startSmtpCapture();
  captureB = await startSmtpCapture();
  // Both stand behind one public address: links in emails point there, whichever instance wrote them.
  const publicUrl = `http://localhost:${SECURITY_PORTS.instanceA}`;
  [a, b] = await Promise.all([
    startAppServer({ port: SECURITY_PORTS.instanceA, smtpUrl: captureA.url, publicUrl, mailPollMs: 100 }),
    startAppServer({ port: SECURITY_PORTS.instanceB, smtpUrl: captureB.url, publicUrl, mailPollMs: 100 }),
  ]);
}, 60_000);

afterAll(async () => {
  console.log(`two instances: ${figures.join("; ")}`);
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([captureA?.stop(), captureB?.stop()]);
});

describe("two instances on one database", () => {
  it("signs in through both: link asked on B with A's CSRF token, opened on A, the session then used on B", async () => {
    const { owner } = await createOrganization(db);
    expect(await requestSignInLink(a!, b!, owner.email)).toEqual(LINK_REQUESTED);
    const mail = await until("the sign-in email", () => delivered((m) => m.to.includes(owner.email))[0]);
    const link = new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text)![0]);
    const callback = await fetch(`${a!.url}${link.pathname}${link.search}`, { redirect: "manual" });
    await callback.arrayBuffer();
    const session = callback.headers
      .getSetCookie()
      .map((c) => c.split(";")[0]!)
      .find((c) => c.startsWith("authjs.session-token="));
    expect(session, `callback answered ${callback.status} ${callback.headers.get("location")}`).toBeDefined();
    const onB = await get(`${b!.url}/onboarding`, session!);
    const onA = await get(`${a!.url}/onboarding`, session!);
    expect([onB.status, onA.status]).toEqual([200, 200]);
    expect(onB.body).toContain(owner.email);
    figures.push("a session made by A's callback works on B (200) and on A (200)");
  });

  it("counts the sign-in limit (5 an address per 15 minutes) across both: the 6th request, on B, sends nothing", async () => {
    const user = await createUser(db);
    const queued: number[] = [];
    for (let i = 0; i < 6; i++) {
      const instance = i % 2 === 0 ? a! : b!;
      // Every request is answered alike (the page does not tell who is limited); the outbox shows what was sent.
      expect(await requestSignInLink(instance, instance, user.email)).toEqual(LINK_REQUESTED);
      queued.push(await db.mailMessage.count({ where: { to: user.email } }));
    }
    expect(queued).toEqual([1, 2, 3, 4, 5, 5]);
    const links = (m: CapturedMail) => m.to.includes(user.email);
    await until("the five links", () => (delivered(links).length >= 5 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    expect(delivered(links)).toHaveLength(5);
    figures.push(`sign-in links for one address over A,B,A,B,A,B: ${queued.join(",")} queued (6th, on B, refused)`);
  });

  it("delivers each queued email exactly once, with both instances' workers taking part", async () => {
    const count = 60;
    const recipients = Array.from({ length: count }, (_, i) => ({
      to: `outbox-${i}@two-instances.test`,
      organizationId: null,
    }));
    await enqueueMailToMany(db, {
      template: "no-account",
      props: {
        employerStartUrl: "http://localhost/employers/start",
        interestFormUrl: "http://localhost/apprentices/interest",
      },
      recipients,
    });
    const ours = (m: CapturedMail) => m.to.some((to) => to.endsWith("@two-instances.test"));
    await until(
      "every message to be sent",
      async () =>
        (await db.mailMessage.count({ where: { to: { endsWith: "@two-instances.test" }, status: "SENT" } })) === count
          ? true
          : undefined,
      30_000,
    );
    // Long enough for any second delivery of the last messages (each worker looks every 100 ms).
    await new Promise((r) => setTimeout(r, 1_000));
    const all = delivered(ours);
    const perRecipient = new Map<string, number>();
    for (const m of all) for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    const twice = [...perRecipient].filter(([, n]) => n > 1).map(([to, n]) => `${to} ×${n}`);
    const fromA = captureA!.messages.filter(ours).length;
    const fromB = captureB!.messages.filter(ours).length;
    // Each row carries its own Message-ID (lib/mail/worker), so a second sending would repeat one: count both ways.
    const messageIds = new Set(all.map((m) => m.messageId)).size;
    expect({ deliveries: all.length, twice, recipients: perRecipient.size, messageIds }).toEqual({
      deliveries: count,
      twice: [],
      recipients: count,
      messageIds: count,
    });
    expect(fromA, "instance A delivered some").toBeGreaterThan(0);
    expect(fromB, "instance B delivered some").toBeGreaterThan(0);
    figures.push(
      `${count} queued emails delivered ${all.length} times, ${twice.length} twice (A sent ${fromA}, B ${fromB})`,
    );
  });

  it("lets exactly one of two approvals sent at once to different instances win: one audit event, one packet, one email", async () => {
    const reviewer = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    const { org, owner, submission } = await reviewedOrganization(reviewer.id, "IN_REVIEW");
    const page = `/staff/submissions/${submission.id}`;
    // The administrator who claimed it, on A, and another one, on B, both looking at the same version (approval
    // countersigns, which only administrators do).
    const reviewerCookie = await sessionCookie(reviewer.id);
    const adminCookie = await sessionCookie(admin.id);
    const [onA, onB] = await Promise.all([
      get(`${a!.url}${page}`, reviewerCookie),
      get(`${b!.url}${page}`, adminCookie),
    ]);
    const approve = (html: string) =>
      [...hiddenFieldsOf(html, "Approve and countersign for AAMI"), ...Object.entries(APPROVAL_FIELDS)] as Array<
        [string, string]
      >;
    const answers = await Promise.all([
      postForm(`${a!.url}${page}`, reviewerCookie, approve(onA.body)),
      postForm(`${b!.url}${page}`, adminCookie, approve(onB.body)),
    ]);

    const won = answers.filter((r) => r.status === 303 && r.location?.endsWith(`${page}?decided=APPROVE`));
    const refused = answers.filter((r) => r.status === 200 && r.body.includes("while you were looking at it"));
    const auditEvents = await db.auditEvent.count({ where: { kind: "review.approved", subjectId: submission.id } });
    const decisions = await db.reviewDecision.count({ where: { submissionId: submission.id, kind: "APPROVE" } });
    const packets = await db.registrationPacket.count({ where: { organizationId: org.id } });
    const emails = await db.mailMessage.count({ where: { organizationId: org.id, template: "submission-approved" } });
    expect({ won: won.length, refused: refused.length, auditEvents, decisions, packets, emails }).toEqual({
      won: 1,
      refused: 1,
      auditEvents: 1,
      decisions: 1,
      packets: 1,
      emails: 1,
    });
    expect(await db.submission.findUniqueOrThrow({ where: { id: submission.id } })).toMatchObject({
      status: "APPROVED",
      rowVersion: 2,
    });
    const approvedMail = await until("the approval email", () => {
      const found = delivered((m) => m.to.includes(owner.email) && /approved/i.test(m.subject));
      return found.length ? found : undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(delivered((m) => m.to.includes(owner.email) && /approved/i.test(m.subject))).toHaveLength(
      approvedMail.length,
    );
    expect(approvedMail).toHaveLength(1);
    figures.push(
      `two approvals at once on A and B: ${won.length} won, ${refused.length} told who decided; ${auditEvents} audit event, ` +
        `${packets} packet, ${approvedMail.length} email delivered`,
    );
  });
});
