import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { BrowserContext } from "@playwright/test";
import { completeStepsThroughMentor, createCandidate, createUser } from "../support/factories";
import { uniqueSsn } from "../support/apprentices";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { browserFor, notice, signAndSubmit } from "./support/journey";

// Step 8 end to end: an approved employer enrolls a candidate with two mastered skill sets, the apprentice signs
// through the emailed link, and AAMI staff approve the registration and download the RAPIDS file. Every response
// the browsers receive is kept, to show the full SSN appears only in that file.

const { ssn: SSN, last4: SSN_LAST4, pattern: SSN_PATTERN } = uniqueSsn();
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Collects the text of every response a browser context receives (pages, RSC payloads, JSON, PDFs as bytes). */
function recordResponses(context: BrowserContext, into: Array<{ url: string; body: string }>) {
  context.on("response", async (response) => {
    try {
      const body = await response.body();
      into.push({ url: response.url(), body: body.toString("latin1") });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
}

test("enroll a candidate with fast-track credit, the apprentice signs by email, AAMI approves and exports", async ({
  page,
  browser,
  db,
  tenant,
  signInAs,
}) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 6);
  const { org, owner } = tenant;
  await completeStepsThroughMentor(db, org.id, owner.id);
  const candidate = await createCandidate(db, {
    firstName: "Morgan",
    lastName: `Achterberg${tag}`,
    email: `morgan.${tag}@example.test`,
  });
  const responses: Array<{ url: string; body: string }> = [];
  recordResponses(page.context(), responses);
  await signInAs(owner.id);

  // Steps 6–7, AAMI's approval (countersigned) and the agency's acceptance, as tests/e2e/staff-review.spec.ts walks them.
  await signAndSubmit(page, 1);
  // A staff administrator: only they may take the RAPIDS file at the end.
  const staff = await createUser(db, { staffRole: "STAFF_ADMIN" });
  const staffPage = await browserFor(browser, db, staff.id);
  recordResponses(staffPage.context(), responses);
  await staffPage.goto(`/staff/queue?q=${encodeURIComponent(org.legalName)}`);
  await staffPage.getByRole("link", { name: org.legalName }).click();
  await staffPage.getByRole("button", { name: "Claim for review" }).click();
  await expect(notice(staffPage, "You are reviewing this submission.")).toBeVisible();
  await staffPage.getByLabel(/this submission meets the program's standards/).check();
  await staffPage.getByLabel("Your title at AAMI").fill("Director, Apprenticeship Programs");
  await staffPage.getByLabel(/I countersign this employer acceptance agreement/).check();
  await staffPage.getByRole("button", { name: "Approve and countersign for AAMI" }).click();
  await expect(notice(staffPage, "Approved and countersigned for AAMI.")).toBeVisible();
  await staffPage.getByRole("button", { name: "Record the agency's acceptance" }).click();
  await expect(notice(staffPage, "Acceptance recorded.")).toBeVisible();

  // From the candidate's profile to a pre-filled enrollment.
  await page.goto(`/candidates/${candidate.id}`);
  await page.getByRole("link", { name: "Enroll Morgan as an apprentice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Enroll an apprentice" })).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("Morgan");
  await expect(page.getByLabel("Email")).toHaveValue(candidate.email);

  // A mistake first: too young, and a ZIP+4.
  await page.getByLabel("New hire").check();
  await page.getByLabel("Date of birth").fill(isoDay(-365 * 15));
  await page.getByLabel("Social Security number").fill(SSN);
  await page.getByLabel("Street address").fill("12 Willow Ln");
  await page.getByLabel("ZIP code").fill("53703");
  await page.getByLabel("Start date").fill(isoDay(14));
  await page.getByLabel("Prior wage (dollars)").fill("16.50");
  await page.getByRole("checkbox", { name: "White" }).check();
  await page.getByRole("checkbox", { name: /^Electronics fundamentals and test equipment/ }).check();
  await page.getByRole("checkbox", { name: /^Medical device theory of operation/ }).check();
  await page
    .getByLabel("Evidence of mastery: Electronics fundamentals and test equipment")
    .fill("A.A.S. electronics, 2023");
  await page.getByLabel("Evidence of mastery: Medical device theory of operation").fill("Two years in a biomed depot");
  await expect(page.getByRole("status").filter({ hasText: "1,000 of 4,000 on-the-job hours credited" })).toBeVisible();
  await page.getByRole("button", { name: "Save enrollment" }).click();
  await expect(page.getByText("Apprentices must be at least 16 on their start date.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Date of birth").fill("1998-06-30");
  await page.getByRole("button", { name: "Save enrollment" }).click();
  await expect(page.getByText("The enrollment was saved.")).toBeVisible();
  await expect(page.getByText(`***-**-${SSN_LAST4}`)).toBeVisible();
  await expect(page.getByText("1,000 of 4,000 on-the-job hours credited")).toBeVisible();
  await expectAccessible(page);

  // The employer signs; the apprentice is emailed.
  await page.getByLabel("Your job title").fill("HTM Manager");
  await page.getByLabel("Your full legal name").fill("Dana Owner");
  await page.getByLabel(/I agree to sign this apprenticeship agreement electronically/).check();
  await page.getByRole("button", { name: "Sign and email the apprentice" }).click();
  await expect(page.getByText(`We emailed Morgan at ${candidate.email}`)).toBeVisible();

  const mail = await waitForEmail(candidate.email, (m) => m.subject.includes("sign your BMET apprenticeship"));
  const link = /https?:\/\/\S+\/apprentices\/agreement\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();

  // The apprentice, with no account, in a browser of their own.
  const apprenticeContext = await browser.newContext();
  recordResponses(apprenticeContext, responses);
  const apprenticePage = await apprenticeContext.newPage();
  await apprenticePage.goto(link!);
  await expect(
    apprenticePage.getByRole("heading", { level: 1, name: "Sign your apprenticeship agreement" }),
  ).toBeVisible();
  await expectAccessible(apprenticePage);
  await apprenticePage.getByLabel("Your full legal name").fill(`Morgan Achterberg${tag}`);
  await apprenticePage.getByLabel(/I have read this apprenticeship agreement/).check();
  await apprenticePage.getByRole("button", { name: "Sign my apprenticeship agreement" }).click();
  await expect(apprenticePage.getByRole("heading", { name: "Thank you: your agreement is signed" })).toBeVisible();
  await apprenticeContext.close();

  await page.reload();
  await expect(page.getByText("With AAMI for review").first()).toBeVisible();

  // AAMI staff approve the registration and download the RAPIDS file.
  const name = `Morgan Achterberg${tag}`;
  await staffPage.goto("/staff/queue/apprentices");
  await staffPage.getByRole("link", { name }).click();
  await expect(staffPage.getByText(`***-**-${SSN_LAST4}`).first()).toBeVisible();
  await expectAccessible(staffPage);
  await staffPage.getByLabel(/I checked the enrollment, the fast-track credit/).check();
  await staffPage.getByRole("button", { name: "Approve and add to the DOL packet" }).click();
  await expect(staffPage.getByText(/Approved by AAMI/).first()).toBeVisible();

  await staffPage.goto("/staff/apprentices");
  await staffPage.getByRole("checkbox", { name }).check();
  const [download] = await Promise.all([
    staffPage.waitForEvent("download"),
    staffPage.getByRole("button", { name: "Download the Apprentice tab only (.csv)" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
  expect(csv).toContain(SSN);
  const leaks = responses.filter((r) => SSN_PATTERN.test(r.body) && !r.url.includes("/api/staff/apprentices/rapids"));
  expect(leaks.map((r) => r.url)).toEqual([]);
  expect(responses.length).toBeGreaterThan(20);
});
