import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { StaffContext } from "@/lib/authz";
import { createTransport } from "@/lib/mail/transport";
import { messageIdFor, startMailWorker } from "@/lib/mail/worker";
import { legalNameKey } from "@/lib/onboarding/intent/schemas";
import { claimSubmission } from "@/lib/review/decide";
import { createUser } from "../support/factories";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";

// Durability (issue 13, point 9): staff decisions made while the SMTP server is down are each delivered exactly
// once when it is back. The decisions are real: AAMI staff claiming submitted organizations for review, through the
// review state machine, which queues the employer's "in review" email in the decision's own transaction. The workers
// are the real one, polling, three at once as in three app instances, with fast retries through their options
// (production back-off is untouched); the SMTP server is a real one on localhost, down (nothing listening on its
// port) and then up.

const DECISIONS = 100;
/** Decisions under way at once, as several reviewers would make them. */
const REVIEWERS = 4;
const INSTANCES = 3;

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

const newId = () => `c${randomBytes(12).toString("hex")}`;

/** `n` organizations, each with its owner and version 1 submitted by them and waiting for AAMI (one statement each). */
async function submittedOrganizations(n: number) {
  const orgs = Array.from({ length: n }, (_, i) => ({
    id: newId(),
    ownerId: newId(),
    name: `Outage Health ${i}`,
    email: `outage-owner-${i}-${randomBytes(3).toString("hex")}@example.test`,
  }));
  await db.user.createMany({ data: orgs.map((o) => ({ id: o.ownerId, email: o.email, name: `Owner of ${o.name}` })) });
  await db.organization.createMany({
    data: orgs.map((o) => ({
      id: o.id,
      legalName: o.name,
      legalNameKey: legalNameKey(o.name),
      addressLine1: "1 Main St",
      city: "Madison",
      county: "Dane",
      state: "WI",
      postalCode: "53703",
      region: "MIDWEST",
      contactName: `Owner of ${o.name}`,
      contactEmail: o.email,
      contactPhone: "608-555-0100",
    })),
  });
  await db.membership.createMany({
    data: orgs.map((o) => ({ userId: o.ownerId, organizationId: o.id, role: "OWNER" })),
  });
  await db.submission.createMany({
    data: orgs.map((o) => ({ organizationId: o.id, version: 1, snapshot: {}, submittedById: o.ownerId })),
  });
  return db.submission.findMany({ where: { status: "SUBMITTED" }, select: { id: true, rowVersion: true } });
}

/** Checks every 200 ms: on a busy machine the test's own polling of the database slows the workers. */
async function until(condition: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** How many items share each key. */
function countBy<T>(items: readonly T[], key: (item: T) => string) {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe("mail through an SMTP outage", () => {
  /** The mail server's port, with nothing listening on it while it is down: connections are refused. */
  let port: number;
  let decisionsMs: number;

  // The outage begins, and staff make their decisions (the worker has not run yet; its part is the test's).
  beforeAll(async () => {
    const probe = await startSmtpCapture();
    port = probe.port;
    await probe.stop();
    const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    const ctx: StaffContext = {
      user: {
        ...reviewer,
        staffRole: "STAFF_REVIEWER",
        activeOrganizationId: null,
        memberships: [],
        partnerScopes: {},
        training: { apprentice: false, mentor: false },
      },
      staffRole: "STAFF_REVIEWER",
    };
    const submissions = await submittedOrganizations(DECISIONS);
    const started = Date.now();
    for (let i = 0; i < submissions.length; i += REVIEWERS) {
      await Promise.all(
        submissions
          .slice(i, i + REVIEWERS)
          .map((s) => claimSubmission(ctx, { submissionId: s.id, rowVersion: s.rowVersion }, null)),
      );
    }
    decisionsMs = Date.now() - started;
  });

  it(`${DECISIONS} decisions made while SMTP is down each reach the employer exactly once when it is back`, async () => {
    const started = Date.now();
    expect(await db.submission.count({ where: { status: "IN_REVIEW" } })).toBe(DECISIONS);
    expect(await db.mailMessage.count({ where: { template: "submission-in-review", status: "PENDING" } })).toBe(
      DECISIONS,
    );

    // The worker runs and fails, and retries: every message fails at least twice before the server is back. Each
    // failure is logged with its error; counted here rather than printed a few hundred times.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    cleanup.push(async () => logged.mockRestore());
    // Each with a pooled connection once the server is back (nodemailer's ?pool=true, as SMTP_URL allows).
    const transports = Array.from({ length: INSTANCES }, () => createTransport(`smtp://127.0.0.1:${port}?pool=true`));
    const stopWorkers = transports.map((transport) =>
      startMailWorker(db, transport, { ...TEST_SENDER, pollMs: 100, retryDelay: () => 0.2 }),
    );
    const stopAll = async () => {
      await Promise.all(stopWorkers.map((stop) => stop()));
      for (const transport of transports) transport.close?.();
    };
    cleanup.push(stopAll);
    // A worker logs a failure just after recording it, so wait for the log lines as well as the rows (on a busy
    // machine the last rows can be seen a moment before their lines are written).
    const failuresLogged = () =>
      logged.mock.calls.filter((c) => /^\[mail\] delivery of \w+ failed/.test(String(c[0]))).length;
    await until(
      async () =>
        (await db.mailMessage.count({ where: { status: "PENDING", attempts: { gte: 2 } } })) === DECISIONS &&
        failuresLogged() >= 2 * DECISIONS,
      "every message to fail twice, and each failure to be logged",
    );
    const failures = failuresLogged();
    const errors = await db.mailMessage.findMany({ select: { lastError: true } });
    expect(errors.every((m) => m.lastError?.includes("ECONNREFUSED"))).toBe(true);

    const failing = Date.now() - started;
    const smtp = await startSmtpCapture(port);
    cleanup.push(smtp.stop);
    await until(async () => (await db.mailMessage.count({ where: { status: "SENT" } })) === DECISIONS, "all sent");
    await stopAll();

    // Exactly once, counted both ways: by Message-ID, and by recipient and subject.
    const rows = await db.mailMessage.findMany({ select: { id: true, to: true, subject: true } });
    const byMessageId = countBy(smtp.messages, (m) => m.messageId);
    const byRecipientAndSubject = countBy(smtp.messages, (m) => `${m.to.join(",")} ${m.subject}`);
    const expectedIds = rows.map((r) => messageIdFor(r.id, TEST_SENDER.messageIdDomain));
    const lost = expectedIds.filter((id) => !byMessageId.has(id)).length;
    const twice = [...byMessageId.values()].filter((n) => n > 1).length;
    console.log(
      `durability: ${DECISIONS} decisions while SMTP was down, ${failures} failed attempts, ` +
        `${smtp.messages.length} received, ${lost} lost, ${twice} received twice ` +
        `(decisions ${decisionsMs} ms; failing ${failing} ms, then delivered in ${Date.now() - started - failing} ms)`,
    );
    expect(smtp.messages).toHaveLength(DECISIONS);
    expect([...byMessageId.keys()].sort()).toEqual(expectedIds.sort());
    expect([...byMessageId.values()].every((n) => n === 1)).toBe(true);
    expect([...byRecipientAndSubject.keys()].sort()).toEqual(rows.map((r) => `${r.to} ${r.subject}`).sort());
    expect([...byRecipientAndSubject.values()].every((n) => n === 1)).toBe(true);
    // One email per decision, each to its organization's owner.
    expect(new Set(rows.map((r) => r.to)).size).toBe(DECISIONS);
  });
});
