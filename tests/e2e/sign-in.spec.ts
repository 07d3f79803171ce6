import { test, expect, expectAccessible, signInLinkIn as linkIn, waitForEmail } from "./support/fixtures";

test.describe("magic-link sign-in", () => {
  test("an employer signs in from the emailed link and lands on their checklist", async ({ page, tenant, db }) => {
    await page.goto("/");
    await expectAccessible(page);
    await page
      .getByRole("link", { name: /sign in/i })
      .first()
      .click();
    await expect(page).toHaveURL(/\/signin/);
    await expectAccessible(page);

    await page.getByLabel("Work email address").fill(tenant.owner.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expectAccessible(page);

    const mail = await waitForEmail(tenant.owner.email, (m) => m.subject.includes("sign-in link"));
    expect(mail.html).toContain("Sign in");
    const link = linkIn(mail.text);
    expect(link, "the email contains a sign-in link").toBeTruthy();
    await page.goto(link!);

    await expect(page).toHaveURL(/\/onboarding$/);
    await expect(page.getByRole("heading", { name: "Employer-partner checklist" })).toBeVisible();
    await expect(page.getByText(tenant.org.legalName)).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "13");
    expect(await db.auditEvent.count({ where: { kind: "auth.signed_in", actorId: tenant.owner.id } })).toBe(1);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/onboarding");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fonboarding/);
  });

  test("AAMI staff sign in from the emailed link and land on the staff home", async ({
    page,
    staffReviewer,
    tenant,
  }) => {
    await page.goto("/signin");
    await page.getByLabel("Work email address").fill(staffReviewer.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await waitForEmail(staffReviewer.email);
    await page.goto(linkIn(mail.text)!);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole("heading", { name: "Staff home" })).toBeVisible();
    await expect(page.getByRole("table", { name: /Organizations at each checklist step/ })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Employers" }).click();
    await page.getByLabel("Name").fill(tenant.org.legalName);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/[?&]name=/);
    await expectAccessible(page);
    await page.getByRole("link", { name: tenant.org.legalName }).click();
    await expect(page.getByRole("heading", { name: tenant.org.legalName })).toBeVisible();
    await expectAccessible(page);
  });

  test("an unknown address sees the same page and is emailed how to get started", async ({ page }) => {
    const email = `stranger-${Date.now()}@example.test`;
    await page.goto("/signin");
    await page.getByLabel("Work email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    const mail = await waitForEmail(email);
    expect(mail.text).toContain("/employers/start");
    expect(linkIn(mail.text)).toBeUndefined();
  });

  test("a bad address gets a message next to the field, with or without JavaScript", async ({ page, browser }) => {
    await page.goto("/signin");
    await page.getByLabel("Work email address").fill("not-an-address");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText("Enter a valid email address, like name@hospital.org.")).toBeVisible();
    await expect(page.getByLabel("Work email address")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto("/signin");
    await plain.getByLabel("Work email address").fill("still-not-an-address");
    await plain.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(plain.getByText("Enter a valid email address, like name@hospital.org.")).toBeVisible();
    await expect(plain.getByLabel("Work email address")).toHaveValue("still-not-an-address");
    await noJs.close();
  });

  test("someone sent to sign-in from a page lands back on it after using the link", async ({ page, tenant }) => {
    await page.goto("/organization/members");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Forganization%2Fmembers/);
    await page.getByLabel("Work email address").fill(tenant.owner.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    const mail = await waitForEmail(tenant.owner.email);
    await page.goto(linkIn(mail.text)!);
    await expect(page).toHaveURL(/\/organization\/members$/);
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  });
});
