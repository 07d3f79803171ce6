import { verifiedProvider } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";

test("an employer plans related-instruction funding (step 4)", async ({ page, db, tenant, signInAs }) => {
  await verifiedProvider(db);
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding");
  await page.getByRole("link", { name: "Fund related instruction", exact: true }).click();
  // axe must check the funding page, not the checklist while the navigation is still in flight (that once found the
  // title gone mid-swap).
  await expect(page).toHaveURL(/\/onboarding\/funding$/);
  await expect(page.getByRole("combobox", { name: /^Provider/ })).toBeVisible();
  await expectAccessible(page);

  // Picked from AAMI's list of providers.
  await page.getByRole("combobox", { name: /^Provider/ }).selectOption({ label: "Madison College" });
  await page.getByRole("radio", { name: "Hybrid (online and in person)" }).check();
  await page.getByLabel("Hours of instruction per year").fill("120");
  await expect(page.getByText("DOL recommends at least 144 hours of related instruction per year.")).toBeVisible();
  await page.getByLabel("Hours of instruction per year").fill("150");
  await expect(page.getByText("DOL recommends at least 144 hours")).toBeHidden();
  await page.getByLabel("Estimated cost per apprentice (USD)").fill("3,200");
  await page.getByRole("checkbox", { name: "Federal grant (for example WIOA)" }).check();
  await page.getByRole("radio", { name: /Yes, apprentices are paid/ }).check();
  await page.getByRole("button", { name: "Save funding plan" }).click();
  await expect(page.getByText(/confirm your organization pays 100%/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/pays 100% of the cost of the related instruction/).check();
  await page.getByRole("button", { name: "Save funding plan" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByRole("listitem").filter({ hasText: "Step 4." })).toContainText("Complete");

  await page.goto("/onboarding/funding");
  await expect(page.getByText("Madison College (Community or technical college)")).toBeVisible();
  await expect(page.getByText("$3,200.00")).toBeVisible();
  await expect(page.getByText("Federal grant (for example WIOA)").first()).toBeVisible();
});
