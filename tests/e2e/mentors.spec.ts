import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";

test("an employer appoints a mentor, who is emailed, and meets the ratio (step 5)", async ({
  page,
  tenant,
  signInAs,
}) => {
  const mentorEmail = `mentor.${Date.now()}@example.test`;
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding");
  await page.getByRole("link", { name: "Appoint a mentor", exact: true }).click();
  await expect(page.getByText("No mentor yet", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("textbox", { name: /^Name/ }).fill("Chris Ortega");
  await page.getByRole("textbox", { name: /^Job title/ }).fill("Senior BMET");
  await page.getByRole("textbox", { name: /^Email/ }).fill(mentorEmail);
  await page.getByLabel("Years of experience").fill("12");
  await page.getByRole("checkbox", { name: /^CBET/ }).check();
  await page.getByRole("button", { name: "Appoint mentor" }).click();
  await expect(page.getByRole("link", { name: "Edit Chris Ortega" })).toBeVisible();
  const mail = await waitForEmail(mentorEmail);
  expect(mail.subject).toBe(`You have been named a BMET apprenticeship mentor at ${tenant.org.legalName}`);

  await page.getByLabel("Journeyworkers on staff").fill("0");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Not enough journeyworkers for the apprentices planned")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Journeyworkers on staff").fill("3");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The ratio is met")).toBeVisible();

  await page.goto("/onboarding");
  await expect(page.getByRole("listitem").filter({ hasText: "Step 5." })).toContainText("Complete");
});
