import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { Db } from "../../lib/prisma-client";
import { approvedVersionOne, completeStepsThroughMentor, createOrganization } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";

// The enrollment form's length (issue 15, point 6): its sections with a table of contents, and a skill set's
// evidence shown only once the skill set is ticked, with JavaScript and without.

const FORM = "/onboarding/apprentices/new";
const ELECTRONICS = "Electronics fundamentals and test equipment";
const THEORY = "Medical device theory of operation";
const SECTIONS = [
  "The apprentice",
  "Contact and address",
  "The apprenticeship",
  "Prior wage and training",
  "Fast-track credit",
  "Programs and funding",
];

/** An employer partner with steps 2–6 done (a wage schedule, a funding plan naming its provider). */
async function partner(db: Db, { org, owner }: Awaited<ReturnType<typeof createOrganization>>) {
  await completeStepsThroughMentor(db, org.id, owner.id);
  await approvedVersionOne(db, org.id, owner.id);
}

const skillSet = (page: Page, title: string) => page.getByRole("checkbox", { name: new RegExp(`^${title}`) });
const evidence = (page: Page, title: string) => page.getByLabel(`How they showed mastery of ${title}`);
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

/** Every required field but the skill sets, for a new hire named `lastName`. */
async function fillRequired(page: Page, lastName: string) {
  await page.getByLabel("New hire").check();
  await page.getByLabel("First name").fill("Jordan");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Date of birth").fill("2000-02-14");
  await page.getByLabel("Email").fill(`jordan.${lastName.toLowerCase()}@example.test`);
  await page.getByLabel("Street address").fill("8 Elm St");
  await page.getByLabel("City").fill("Madison");
  await page.getByLabel("State").selectOption("WI");
  await page.getByLabel("ZIP code").fill("53703");
  await page.getByLabel("Start date").fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Prior wage (dollars)").fill("15");
}

const creditsOf = (db: Db, organizationId: string, lastName: string) =>
  db.apprenticeSkillCredit.findMany({
    where: { organizationId, apprentice: { lastName } },
    select: { skillSetKey: true, evidence: true },
  });

test("the form's sections are linked from a table of contents at the top", async ({ page, db, tenant, signInAs }) => {
  await partner(db, tenant);
  await signInAs(tenant.owner.id);
  await page.goto(FORM);
  const contents = page.getByRole("navigation", { name: "On this form" });
  await expect(contents.getByRole("link")).toHaveText(SECTIONS);
  for (const name of SECTIONS) {
    const section = page.getByRole("region", { name, exact: true });
    await expect(section).toHaveCount(1);
    await contents.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${await section.getAttribute("id")}$`));
    await expect(section.getByRole("heading", { level: 2, name, exact: true })).toBeInViewport();
  }
  // Most enrollments leave the optional RAPIDS details blank: they start folded away.
  const programs = page.getByRole("region", { name: "Programs and funding" });
  await expect(programs.getByLabel("Career connection")).toBeHidden();
  await programs.getByText("Career connection, type, WIOA or TAA, funding sources").click();
  await expect(programs.getByLabel("Career connection")).toBeVisible();
  await expectAccessible(page);
});

test("with JavaScript, a skill set's evidence shows once it is ticked and keeps what was typed when unticked", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  await partner(db, tenant);
  await signInAs(tenant.owner.id);
  await page.goto(FORM);
  const boxes = page.getByRole("group", { name: "Skill sets already mastered" }).getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThan(5);
  await expect(page.getByLabel(/^How they showed mastery of/)).toHaveCount(await boxes.count());
  for (const input of await page.getByLabel(/^How they showed mastery of/).all()) await expect(input).toBeHidden();

  await skillSet(page, ELECTRONICS).check();
  await expect(evidence(page, ELECTRONICS)).toBeVisible();
  await expect(evidence(page, THEORY)).toBeHidden();
  await evidence(page, ELECTRONICS).fill("A.A.S. electronics, 2023");
  await skillSet(page, THEORY).check();
  await evidence(page, THEORY).fill("Two years in a biomed depot");
  await expectAccessible(page);

  // Unticked by mistake: the evidence hides, and is there again when the box is ticked again.
  await skillSet(page, ELECTRONICS).uncheck();
  await expect(evidence(page, ELECTRONICS)).toBeHidden();
  await skillSet(page, ELECTRONICS).check();
  await expect(evidence(page, ELECTRONICS)).toHaveValue("A.A.S. electronics, 2023");

  // A ticked skill set needs its evidence: the message sits under the field.
  const lastName = `Okonkwo${randomUUID().slice(0, 6)}`;
  await fillRequired(page, lastName);
  await evidence(page, THEORY).fill("");
  await page.getByRole("button", { name: "Save enrollment" }).click();
  await expect(evidence(page, THEORY)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Say how the apprentice showed mastery")).toBeVisible();
  await expectAccessible(page);

  // Unticked at the save: no credit, and its evidence is not kept.
  await evidence(page, THEORY).fill("Two years in a biomed depot");
  await skillSet(page, THEORY).uncheck();
  await page.getByRole("button", { name: "Save enrollment" }).click();
  await expect(page.getByText("The enrollment was saved.")).toBeVisible();
  expect(await creditsOf(db, tenant.org.id, lastName)).toEqual([
    { skillSetKey: expect.any(String), evidence: "A.A.S. electronics, 2023" },
  ]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a ticked skill set's evidence is a <details> to open; a missing one comes back open with its message", async ({
    page,
    db,
    tenant,
    signInAs,
  }) => {
    await partner(db, tenant);
    await signInAs(tenant.owner.id);
    await page.goto(FORM);
    const theoryEvidence = page.locator("details").filter({ has: evidence(page, THEORY) });
    await expect(theoryEvidence.locator("summary")).toBeHidden();
    await skillSet(page, THEORY).check();
    // Shown once ticked (CSS alone), closed until opened.
    await expect(theoryEvidence.locator("summary")).toHaveText("Evidence of mastery");
    await expect(evidence(page, THEORY)).toBeHidden();
    const lastName = `Haddad${randomUUID().slice(0, 6)}`;
    await fillRequired(page, lastName);
    await page.getByRole("button", { name: "Save enrollment" }).click();

    await expect(page.getByText("Say how the apprentice showed mastery")).toBeVisible();
    await expect(skillSet(page, THEORY)).toBeChecked();
    await expect(page.getByLabel("Last name")).toHaveValue(lastName);
    await expect(evidence(page, THEORY)).toHaveAttribute("aria-invalid", "true");
    await expect(evidence(page, ELECTRONICS)).toBeHidden();
    await evidence(page, THEORY).fill("Manufacturer's service school, infusion pumps");
    await page.getByRole("button", { name: "Save enrollment" }).click();
    await expect(page.getByText("The enrollment was saved.")).toBeVisible();
    expect(await creditsOf(db, tenant.org.id, lastName)).toEqual([
      { skillSetKey: expect.any(String), evidence: "Manufacturer's service school, infusion pumps" },
    ]);
  });

  test("the summary opens the evidence before the first save", async ({ page, db, tenant, signInAs }) => {
    await partner(db, tenant);
    await signInAs(tenant.owner.id);
    await page.goto(FORM);
    await skillSet(page, ELECTRONICS).check();
    await page
      .locator("details")
      .filter({ has: evidence(page, ELECTRONICS) })
      .getByText("Evidence of mastery")
      .click();
    await evidence(page, ELECTRONICS).fill("CBET certification");
    const lastName = `Lindgren${randomUUID().slice(0, 6)}`;
    await fillRequired(page, lastName);
    await page.getByRole("button", { name: "Save enrollment" }).click();
    await expect(page.getByText("The enrollment was saved.")).toBeVisible();
    expect(await creditsOf(db, tenant.org.id, lastName)).toEqual([
      { skillSetKey: expect.any(String), evidence: "CBET certification" },
    ]);
  });
});

test("the enrollment form's height at 390 and 1280 px", async ({ page, db, tenant, signInAs }) => {
  await partner(db, tenant);
  await signInAs(tenant.owner.id);
  const heights: Record<number, number> = {};
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(FORM);
    await expect(page.getByRole("heading", { level: 1, name: "Enroll an apprentice" })).toBeVisible();
    heights[width] = await pageHeight(page);
  }
  console.log(`Enrollment form height: ${heights[390]} px at 390 px, ${heights[1280]} px at 1280 px`);
  // Before issue 15 it was 5,840 px at 390 px and 3,603 px at 1280 px, ten evidence fields always shown.
  // After: 4,391 and 2,760 px. Ten evidence fields shown again would add about 1,000 and 500 px.
  expect(heights[390]).toBeLessThan(4_800);
  expect(heights[1280]).toBeLessThan(3_100);
});
