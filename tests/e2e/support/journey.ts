import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { createSession, SESSION_COOKIE } from "../../support/factories";
import type { Db } from "../../../lib/prisma-client";
import { E2E } from "./e2e-env";

// Steps of the employer's journey that several specs walk through in the browser.

/** A second browser, signed in as someone else: the reviewer works beside the employer. */
export async function browserFor(
  browser: Browser,
  db: Db,
  userId: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const value = await createSession(db, userId);
  await context.addCookies([{ name: SESSION_COOKIE, value, url: E2E.baseUrl, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

/** The confirmation a page shows after an action (an Alert, role "status"). */
export const notice = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

export async function signAndSubmit(page: Page, version: number) {
  await page.goto("/onboarding/agreement");
  await page.getByLabel("Your full legal name").fill("Jordan Lee");
  await page.getByLabel("Your job title").fill("HTM Director");
  await page.getByLabel(/I agree to sign this Employer Acceptance Agreement electronically/).check();
  await page.getByRole("button", { name: "Sign the Employer Acceptance Agreement" }).click();
  await expect(page.getByText("The Employer Acceptance Agreement is signed")).toBeVisible();
  await page.goto("/onboarding/submit");
  await page.getByLabel(/I have reviewed everything above/).check();
  await page.getByRole("button", { name: "Submit to AAMI" }).click();
  await expect(page.getByText(`Version ${version} is with AAMI, waiting for a reviewer`)).toBeVisible();
}

/**
 * Follows a link of the header's main navigation, opening the phone's "Menu" first (every link is in it there) or
 * on a desktop the "More" menu when the link is in there.
 */
export async function followNavLink(page: Page, name: string) {
  const menu = page.locator("body > header summary", { hasText: "Menu" });
  if (await menu.isVisible()) await menu.click();
  const nav = page.getByRole("navigation", { name: "Main" });
  const more = nav.locator("summary", { hasText: "More" });
  const link = nav.getByRole("link", { name, exact: true });
  if (!(await link.isVisible()) && (await more.isVisible())) await more.click();
  await link.click();
}
