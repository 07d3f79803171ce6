import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "@playwright/test";
import { completeStepsThroughMentor, createCandidate, createUser } from "../support/factories";
import { apprentice, signedAgreementStandIn, uniqueSsn } from "../support/apprentices";
import { parseCsv } from "../support/csv";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { browserFor, notice, signAndSubmit } from "./support/journey";

// Step 8 end to end: an approved employer enrolls a candidate with two mastered skill sets, the apprentice answers
// the voluntary self-identification questions and signs through the emailed link, and AAMI staff approve the
// registration and download the RAPIDS file. Every response the browsers receive is kept, to show the full SSN
// appears only in that file, and the employer's pages are kept apart, to show they never carry the answers.

const { ssn: SSN, last4: SSN_LAST4, pattern: SSN_PATTERN } = uniqueSsn();
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Recorded = { url: string; type: string; body: string };

/** Collects the text of every response a browser context receives (pages, RSC payloads, JSON, PDFs as bytes). */
function recordResponses(context: BrowserContext, into: Recorded[]) {
  context.on("response", async (response) => {
    try {
      const body = await response.body();
      into.push({ url: response.url(), type: response.headers()["content-type"] ?? "", body: body.toString("latin1") });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
}

/** The employer's (and staff's) one line about the apprentice's self-identification. */
const selfIdentification = (page: Page) =>
  page
    .getByRole("term")
    .filter({ hasText: "Self-identification (voluntary, by the apprentice)" })
    .locator("xpath=following-sibling::dd[1]");

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
  const responses: Recorded[] = [];
  recordResponses(page.context(), responses);
  const employerResponses: Recorded[] = [];
  recordResponses(page.context(), employerResponses);
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
  // The self-identification questions are the apprentice's: the employer's form has none of them.
  await expect(page.getByRole("group", { name: /Race/ })).toHaveCount(0);
  await expect(page.getByText(/self-identification/i)).toHaveCount(0);
  await page.getByRole("checkbox", { name: /^Electronics fundamentals and test equipment/ }).check();
  await page.getByRole("checkbox", { name: /^Medical device theory of operation/ }).check();
  await page
    .getByLabel("How they showed mastery of Electronics fundamentals and test equipment")
    .fill("A.A.S. electronics, 2023");
  await page
    .getByLabel("How they showed mastery of Medical device theory of operation")
    .fill("Two years in a biomed depot");
  await expect(page.getByRole("status").filter({ hasText: "1,000 of 4,000 on-the-job hours credited" })).toBeVisible();
  await page.getByRole("button", { name: "Save enrollment" }).click();
  await expect(page.getByText("Apprentices must be at least 16 on their start date.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Date of birth").fill("1998-06-30");
  await page.getByRole("button", { name: "Save enrollment" }).click();
  await expect(page.getByText("The enrollment was saved.")).toBeVisible();
  await expect(page.getByText(`***-**-${SSN_LAST4}`)).toBeVisible();
  await expect(page.getByText("1,000 of 4,000 on-the-job hours credited")).toBeVisible();
  await expect(selfIdentification(page)).toHaveText("Not answered");
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
  // The voluntary questions, each starting at "I do not wish to answer"; a contradictory race answer first.
  const question = (name: string | RegExp) => apprenticePage.getByRole("group", { name });
  await expect(question("Sex").getByLabel("I do not wish to answer")).toBeChecked();
  await expect(apprenticePage.getByRole("heading", { name: "Voluntary Disability Disclosure" })).toBeVisible();
  await question("Sex").getByLabel("Female").check();
  await question("Ethnicity").getByLabel("Not Hispanic or Latino").check();
  await question(/^Race/).getByLabel("White").check();
  await question(/^Race/).getByLabel("Asian", { exact: true }).check();
  await question(/^Race/).getByLabel("I do not wish to answer").check();
  await question(/^Education/)
    .getByLabel("Bachelor's degree")
    .check();
  await question("Please check one of the boxes below:")
    .getByLabel("Yes, I have a disability (or previously had a disability)")
    .check();
  await apprenticePage.getByLabel("Your full legal name").fill(`Morgan Achterberg${tag}`);
  await apprenticePage.getByLabel(/I have read this apprenticeship agreement/).check();
  await apprenticePage.getByRole("button", { name: "Sign my apprenticeship agreement" }).click();
  await expect(apprenticePage.getByText(/not both/)).toBeVisible();
  await expect(question("Sex").getByLabel("Female")).toBeChecked();
  await expectAccessible(apprenticePage);
  await question(/^Race/).getByLabel("I do not wish to answer").uncheck();
  await apprenticePage.getByRole("button", { name: "Sign my apprenticeship agreement" }).click();
  await expect(apprenticePage.getByRole("heading", { name: "Thank you: your agreement is signed" })).toBeVisible();
  await apprenticeContext.close();

  await page.reload();
  await expect(page.getByText("With AAMI for review").first()).toBeVisible();
  // The employer learns that Morgan answered, and nothing of what: in no page or payload it received.
  await expect(selfIdentification(page)).toHaveText("Answered");
  const employerPages = employerResponses.filter((r) => /text\/html|text\/x-component/.test(r.type));
  expect(employerPages.length).toBeGreaterThan(5);
  for (const words of ["Yes, I have a disability", "Not Hispanic or Latino", "Bachelor's degree", "raceAsian"]) {
    expect(employerPages.filter((r) => r.body.includes(words)).map((r) => r.url)).toEqual([]);
  }

  // AAMI staff approve the registration and download the RAPIDS file.
  const name = `Morgan Achterberg${tag}`;
  await staffPage.goto("/staff/queue/apprentices");
  await staffPage.getByRole("link", { name }).click();
  await expect(staffPage.getByText(`***-**-${SSN_LAST4}`).first()).toBeVisible();
  await expectAccessible(staffPage);
  await staffPage.getByLabel(/I checked the enrollment, the fast-track credit/).check();
  await staffPage.getByRole("button", { name: "Approve and add to the DOL packet" }).click();
  await expect(staffPage.getByText(/Approved by AAMI/).first()).toBeVisible();

  // Found by name: other tests' apprentices share this database and may fill the first page.
  await staffPage.goto(`/staff/apprentices?name=${encodeURIComponent(name)}`);
  await staffPage.getByRole("checkbox", { name }).check();
  const [download] = await Promise.all([
    staffPage.waitForEvent("download"),
    staffPage.getByRole("button", { name: "Download the Apprentice tab only (.csv)" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
  expect(csv).toContain(SSN);
  // The answers go to DOL in this file, as RAPIDS codes.
  const [header, row] = parseCsv(csv);
  const answer = (column: string) => row![header!.indexOf(column)];
  expect(
    [
      "Gender",
      "Ethnicity Hispanic / Latino",
      "Asian",
      "White",
      "Apprentice Disability Status",
      "Apprentice Education Level",
    ].map(answer),
  ).toEqual(["F", "2", "1", "1", "1", "7"]);
  const leaks = responses.filter((r) => SSN_PATTERN.test(r.body) && !r.url.includes("/api/staff/apprentices/rapids"));
  expect(leaks.map((r) => r.url)).toEqual([]);
  expect(responses.length).toBeGreaterThan(20);

  // Over the ratio: with every journeyworker taken, the next signed registration cannot be approved, and the
  // apprentice's page says why, with the numbers.
  const { journeyworkerCount } = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
  for (let i = 1; i < journeyworkerCount!; i++) await apprentice(db, org.id, `Taken${i}${tag}`, "APPROVED");
  const over = await apprentice(db, org.id, `Over${tag}`, "PENDING_REGISTRATION");
  await signedAgreementStandIn(db, over);
  await staffPage.goto(`/staff/apprentices/${over.id}`);
  await expect(staffPage.getByText("This registration cannot be approved yet")).toBeVisible();
  await expect(
    staffPage.getByText(
      `Approving would make ${journeyworkerCount! + 1} approved or registered apprentices at the employer's worksite`,
    ),
  ).toBeVisible();
  await expect(staffPage.getByRole("button", { name: "Approve and add to the DOL packet" })).toHaveCount(0);
  await expectAccessible(staffPage);
});
