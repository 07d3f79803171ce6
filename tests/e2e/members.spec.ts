import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";

test("an owner adds a colleague, who is emailed, then changes their role", async ({ page, tenant, signInAs, db }) => {
  await signInAs(tenant.owner.id);
  await page.goto("/organization/members");
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await expectAccessible(page);

  const email = `colleague-${Date.now()}@example.test`;
  await page.getByLabel("Email address").fill("nope");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Enter a valid email address, like name@hospital.org.")).toBeVisible();
  expect(await db.user.count({ where: { email: "nope" } })).toBe(0);

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role").selectOption("ADMIN");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Member added")).toBeVisible();
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForEmail(email);
  expect(mail.subject).toBe(`You have been added to ${tenant.org.legalName} on the BMET Apprenticeship Portal`);
  expect(mail.text).toContain("What happens next");

  await page.getByRole("link", { name: `Manage ${email}` }).click();
  await expect(page.getByRole("button", { name: "Save role" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("combobox", { name: "Role" }).selectOption("MEMBER");
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page).toHaveURL(/\/organization\/members$/);
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Member");
  await expect(page.getByRole("link", { name: "Members", exact: true })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
});

test("the last owner cannot remove themselves, and is told why", async ({ page, tenant, signInAs, db }) => {
  await signInAs(tenant.owner.id);
  const membership = await db.membership.findFirstOrThrow({
    where: { organizationId: tenant.org.id, userId: tenant.owner.id },
  });
  await page.goto(`/organization/members/${membership.id}`);
  await page.getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByText("Tick the box to confirm the removal.")).toBeVisible();
  await page.getByLabel("Yes, remove this person from the organization").check();
  await page.getByRole("button", { name: "Remove member" }).click();
  const removal = page.getByRole("region", { name: "Remove from organization" });
  await expect(removal.getByRole("alert")).toContainText("needs at least one owner");
  await expectAccessible(page);
  expect(await db.membership.count({ where: { organizationId: tenant.org.id } })).toBe(1);
});
