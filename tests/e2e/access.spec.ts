import { test, expect, expectAccessible, createOrganization } from "./support/fixtures";

test("the landing page explains the program and works on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /start employer onboarding/i }).first()).toHaveAttribute(
    "href",
    "/employers/start",
  );
  await expect(page.getByRole("link", { name: /interested/i }).first()).toHaveAttribute(
    "href",
    "/apprentices/interest",
  );
  await expect(page.getByText("49-9062.00").first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no horizontal scrolling at 375 px").toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test("anonymous visitors are sent to sign-in, with the page they wanted kept", async ({ page }) => {
  await page.goto("/organization/members");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Forganization%2Fmembers/);
});

test("employers cannot reach the staff area", async ({ page, tenant, signInAs }) => {
  await signInAs(tenant.owner.id);
  const response = await page.goto("/staff");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});

test("another organization's records are 'not found', and so are mangled links", async ({
  page,
  tenant,
  signInAs,
  db,
}) => {
  const other = await createOrganization(db);
  const otherMembership = await db.membership.findFirstOrThrow({ where: { organizationId: other.org.id } });
  await signInAs(tenant.owner.id);
  expect((await page.goto(`/organization/members/${otherMembership.id}`))?.status()).toBe(404);
  expect((await page.goto("/organization/members/%00%27%22"))?.status()).toBe(404);
  expect((await page.goto("/organization/members/not-an-id"))?.status()).toBe(404);
});

test("the development mailbox does not exist in production", async ({ page }) => {
  expect((await page.goto("/dev/mailbox"))?.status()).toBe(404);
});

test("keyboard users can skip to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("someone signed in without an organization is shown how to start or join one", async ({ page, signInAs, db }) => {
  const newcomer = await db.user.create({ data: { email: `newcomer-${Date.now()}@example.test` } });
  await signInAs(newcomer.id);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/welcome$/);
  await expect(page.getByRole("heading", { name: "You're signed in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start employer onboarding" })).toHaveAttribute(
    "href",
    "/employers/start",
  );
  await expectAccessible(page);
});

test("an expired sign-in link explains itself and offers a new one", async ({ page }) => {
  await page.goto("/signin/error?error=Verification");
  await expect(page.getByText("That sign-in link has expired or was already used.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Get a new sign-in link" })).toHaveAttribute("href", "/signin");
  await expectAccessible(page);
});
