import { test as base, expect, type Page } from "@playwright/test";
import axe from "axe-core";
import { createPrismaClient, type Db } from "../../../lib/prisma-client";
import { E2E_DATABASE_URL } from "../../support/test-env";
import { SESSION_COOKIE, createOrganization, createSession, createUser } from "../../support/factories";
import type { CapturedMail } from "../../support/smtp-capture";
import { E2E } from "./e2e-env";

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

/** The sign-in link inside an email's text, if any. */
const signInLinkIn = (text: string) => text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];

/**
 * After /employers/start: opens the confirmation link emailed to the contact and confirms, as the contact would.
 * Returns the page at whatever the confirmation led to (created, or "AAMI will be in touch").
 */
async function confirmRegistration(page: Page, contactEmail: string) {
  const mail = await waitForEmail(contactEmail, (m) => m.subject.startsWith("Confirm: start "));
  const link = mail.text.match(/https?:\/\/\S+\/employers\/start\/confirm\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(link!);
  await page.getByRole("button", { name: "Confirm and create the organization" }).click();
  await expect(page).toHaveURL(/\/employers\/start\/(created|claimed)$/);
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * axe-core's violations on the page, one line per rule with the elements it found. axe is injected once per document,
 * so a page checked at two widths pays for it once. (AxeBuilder from @axe-core/playwright took 0.7 s a check against
 * 0.1 s here, measured on one page: it injected the source every time and opened a blank page to merge the frames'
 * results; the layout walk checks some 230 page-widths.) `iframes: false`: the portal's one frame shows a signed
 * agreement's PDF, which axe cannot read as HTML and would wait for; the <iframe> element itself is still checked.
 */
async function axeViolations(page: Page): Promise<string[]> {
  type WithAxe = { axe?: typeof axe };
  if (!(await page.evaluate(() => typeof (window as WithAxe).axe?.run === "function"))) {
    await page.evaluate(axe.source);
  }
  return page.evaluate(async (tags) => {
    const { violations } = await (window as WithAxe).axe!.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
      iframes: false,
    });
    return violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
    );
  }, AXE_TAGS);
}

/**
 * Every page the tests visit must have no axe violations (WCAG 2.1 A/AA rules and best practices). `soft` records a
 * failure and goes on, for a test that checks many pages and should report every one that fails.
 */
async function expectAccessible(page: Page, { soft = false } = {}) {
  // After a client-side navigation (a form's redirect), Next.js sets the new page's <title> a moment after its content
  // shows; axe checks for it, so wait for it first (a page with no title still fails here, after the wait).
  await expect(page).toHaveTitle(/\S/);
  (soft ? expect.soft : expect)(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

type Fixtures = {
  db: Db;
  /** A fresh organization with its owner, for this test only. */
  tenant: Awaited<ReturnType<typeof createOrganization>>;
  staffReviewer: Awaited<ReturnType<typeof createUser>>;
  /** Signs this browser context in as the user without the login page (a real database session). */
  signInAs: (userId: string) => Promise<void>;
};

type WorkerFixtures = {
  workerDb: Db;
  /**
   * Records that tests only look at, prepared once per worker under a key and shared by that worker's tests that ask
   * for the same key. It lives here rather than in the one spec that needs it because a spec with worker fixtures of
   * its own cannot share workers with the others: Playwright would run it on workers of its own after them.
   */
  oncePerWorker: <T>(key: string, prepare: () => Promise<T>) => Promise<T>;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  workerDb: [
    async ({}, use) => {
      const db = createPrismaClient(E2E_DATABASE_URL, 2);
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  oncePerWorker: [
    async ({}, use) => {
      const prepared = new Map<string, Promise<unknown>>();
      await use(<T>(key: string, prepare: () => Promise<T>) => {
        if (!prepared.has(key)) prepared.set(key, prepare());
        return prepared.get(key) as Promise<T>;
      });
    },
    { scope: "worker" },
  ],
  db: async ({ workerDb }, use) => use(workerDb),
  tenant: async ({ workerDb }, use) => use(await createOrganization(workerDb)),
  staffReviewer: async ({ workerDb }, use) => use(await createUser(workerDb, { staffRole: "STAFF_REVIEWER" })),
  signInAs: async ({ workerDb, context }, use) =>
    use(async (userId) => {
      const value = await createSession(workerDb, userId);
      await context.addCookies([{ name: SESSION_COOKIE, value, url: E2E.baseUrl, httpOnly: true, sameSite: "Lax" }]);
    }),
});

export { expect, expectAccessible, waitForEmail, signInLinkIn, confirmRegistration, createOrganization, createUser };
