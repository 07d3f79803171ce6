import { randomBytes, randomUUID } from "node:crypto";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { OrgRole, StaffRole } from "@prisma/client";
import { createPrismaClient, type Db } from "../../../lib/prisma-client";
import { regionOf } from "../../../lib/regions";
import { E2E_DATABASE_URL } from "../../support/test-env";
import { E2E } from "./e2e-env";
import type { CapturedMail } from "../../support/smtp-capture";

type Person = { id: string; email: string; name: string | null };

async function createUser(db: Db, staffRole?: StaffRole): Promise<Person> {
  const id = randomUUID().slice(0, 8);
  return db.user.create({
    data: { email: `e2e-${id}@example.test`, name: `Pat Example ${id}`, staffRole },
    select: { id: true, email: true, name: true },
  });
}

async function createTenant(db: Db, role: OrgRole = "OWNER") {
  const id = randomUUID().slice(0, 8);
  const owner = await createUser(db);
  const name = `E2E Medical Center ${id}`;
  const org = await db.organization.create({
    data: {
      legalName: name,
      legalNameKey: name.toLowerCase(),
      addressLine1: "1 Test Way",
      city: "Madison",
      county: "Dane",
      state: "WI",
      postalCode: "53703",
      region: regionOf("WI"),
      contactName: owner.name ?? "",
      contactEmail: owner.email,
      contactPhone: "608-555-0100",
      memberships: { create: { userId: owner.id, role } },
      steps: { create: { step: "INTENT", status: "COMPLETE", completedAt: new Date(), completedById: owner.id } },
    },
  });
  return { org, owner };
}

/** Signs a user in without the login page: a real database session and its cookie. */
async function signInAs(db: Db, context: BrowserContext, userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
  await context.addCookies([
    { name: "authjs.session-token", value: sessionToken, url: E2E.baseUrl, httpOnly: true, sameSite: "Lax" },
  ]);
}

/** Waits until the real SMTP server has received a message for this address (arrivals before the call count). */
async function waitForEmail(
  to: string,
  match: (m: CapturedMail) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${E2E.smtpHttpUrl}/messages?to=${encodeURIComponent(to)}`);
    const found = ((await res.json()) as CapturedMail[]).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No email to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every page the tests visit must have no axe violations (WCAG 2.1 A/AA rules and best practices). */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

type Fixtures = {
  db: Db;
  tenant: Awaited<ReturnType<typeof createTenant>>;
  staffReviewer: Person;
  signInAs: (userId: string) => Promise<void>;
};

export const test = base.extend<Fixtures, { workerDb: Db }>({
  workerDb: [
    async ({}, use) => {
      const db = createPrismaClient(E2E_DATABASE_URL, 2);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  db: async ({ workerDb }, use) => use(workerDb),
  tenant: async ({ workerDb }, use) => use(await createTenant(workerDb)),
  staffReviewer: async ({ workerDb }, use) => use(await createUser(workerDb, "STAFF_REVIEWER")),
  signInAs: async ({ workerDb, context }, use) => use((userId) => signInAs(workerDb, context, userId)),
});

export { expect, expectAccessible, waitForEmail, createTenant, createUser };
