import { test, expect, expectAccessible } from "./support/fixtures";

test("an employer reads both documents and acknowledges them (step 2)", async ({
  page,
  tenant,
  signInAs,
  request,
  context,
}) => {
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding");
  // "What's next" is a button to the step.
  await page.getByRole("link", { name: "Step 2: Review the standards" }).click();
  await expect(page).toHaveURL(/\/onboarding\/standards$/);
  await expect(page.getByRole("heading", { name: "BMET National Standards of Apprenticeship" })).toBeVisible();
  await expectAccessible(page);

  // The documents are real PDFs served from storage to signed-in users.
  const href = await page.getByRole("link", { name: /Read BMET Training Objectives/ }).getAttribute("href");
  const pdf = await context.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect((await request.get(href!)).status(), "not for anonymous visitors").toBe(401);

  await page.getByRole("button", { name: "Acknowledge and continue" }).click();
  await expect(page.getByText("Tick the box to confirm you have read both documents.")).toBeVisible();
  await page.getByLabel(/I have read the BMET National Standards/).check();
  await page.getByLabel("Type your full name to acknowledge").fill("Pat Example");
  await page.getByRole("button", { name: "Acknowledge and continue" }).click();

  await expect(page).toHaveURL(/\/onboarding$/);
  const step2 = page.getByRole("listitem").filter({ hasText: "Step 2." });
  await expect(step2).toContainText("Complete");
  await expect(step2).toContainText(`by ${tenant.owner.name}`);
  await expect(page.getByRole("link", { name: /^Step 3: / })).toHaveAttribute("href", "/onboarding/position");
});
