import { test, expect, expectAccessible } from "./support/fixtures";

test("an employer describes a position and confirms hiring is theirs (step 3)", async ({ page, tenant, signInAs }) => {
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding");
  await page.getByRole("link", { name: "Have a position", exact: true }).click();
  await expect(page.getByText("No position yet", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Add position" }).click();
  await expect(page.getByText("Choose how the position exists.")).toBeVisible();
  await page.getByRole("radio", { name: /An existing vacancy/ }).check();
  await page.getByRole("textbox", { name: /^Position title/ }).fill("BMET I (Apprentice)");
  await page.getByRole("textbox", { name: /^Department/ }).fill("Clinical Engineering");
  await page.getByRole("textbox", { name: /^Site address/ }).fill("1 Main St, Madison, WI 53703");
  await page.getByLabel("Expected start date").fill(new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("Openings").fill("2");
  await page.getByRole("button", { name: "Add position" }).click();
  await expect(page.getByRole("cell", { name: "BMET I (Apprentice)", exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/responsible for hiring, recruiting and vetting/).check();
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(
    page.getByText(/Confirmed by .* your organization hires, recruits and vets its apprentices/),
  ).toBeVisible();

  await page.getByRole("link", { name: "Edit BMET I (Apprentice)" }).click();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Openings").fill("1");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/onboarding\/position$/);
  await expect(page.getByRole("row", { name: /BMET I \(Apprentice\)/ })).toContainText("1");

  await page.goto("/onboarding");
  await expect(page.getByRole("listitem").filter({ hasText: "Step 3." })).toContainText("Complete");
});
