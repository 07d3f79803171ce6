import { test, expect, expectAccessible, signInLinkIn, waitForEmail, confirmRegistration } from "./support/fixtures";

test("a new employer registers at /employers/start, signs in from the email and finds step 1 done", async ({
  page,
  staffReviewer,
}) => {
  const stamp = Date.now();
  const email = `hr.lead.${stamp}@lakeview.example`;
  const legalName = `Lakeview Community Hospital ${stamp}`;

  await page.goto("/");
  await page
    .getByRole("link", { name: /start employer onboarding/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/employers\/start$/);
  await expectAccessible(page);

  // Bad input: messages next to the fields, nothing sent.
  await page.getByLabel("Legal name").fill(legalName);
  await page.getByLabel("Federal EIN").fill("12-34");
  await page.getByRole("button", { name: "Register and continue" }).click();
  await expect(page.getByText("Enter the EIN as 9 digits, like 12-3456789.")).toBeVisible();
  await expect(page.getByText("Enter the street address.")).toBeVisible();
  await expect(page.getByLabel("Federal EIN")).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel("Federal EIN").fill("");
  await page.getByLabel("Street address").fill("1 Lakeview Drive");
  await page.getByLabel("City").fill("Duluth");
  await page.getByLabel("County").fill("St. Louis");
  await page.getByLabel("State").selectOption("MN");
  await page.getByLabel("ZIP code").fill("55802");
  await page.getByLabel("Full name").fill("Robin Park");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Phone").fill("218-555-0142");
  await page.getByLabel("How many apprentices would you like to host?").fill("2");
  await page.getByRole("button", { name: "Register and continue" }).click();

  // Nothing exists yet: the contact confirms from the email first.
  await expect(page).toHaveURL(/\/employers\/start\/done$/);
  await expect(page.getByRole("heading", { name: "Check your email to confirm" })).toBeVisible();
  await expectAccessible(page);
  const confirmMail = await waitForEmail(email, (m) => m.subject.startsWith("Confirm: start "));
  await page.goto(confirmMail.text.match(/https?:\/\/\S+\/employers\/start\/confirm\/[A-Za-z0-9_-]+/)![0]);
  await expect(page.getByRole("heading", { name: `Confirm: start ${legalName}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Confirm and create the organization" }).click();
  await expect(page).toHaveURL(/\/employers\/start\/created$/);
  await expect(page.getByRole("heading", { name: "Your organization is registered" })).toBeVisible();
  await expectAccessible(page);

  const welcome = await waitForEmail(email, (m) =>
    m.subject.includes("has started the BMET employer-partner checklist"),
  );
  expect(welcome.text).toContain("What happens next");
  const staffNote = await waitForEmail(
    staffReviewer.email,
    (m) => m.subject === `New employer: ${legalName} started onboarding`,
  );
  expect(staffNote.text).toContain("Robin Park");

  const signInMail = await waitForEmail(email, (m) => m.subject.includes("sign-in link"));
  await page.goto(signInLinkIn(signInMail.text)!);
  await expect(page).toHaveURL(/\/onboarding$/);
  await expect(page.getByText(legalName)).toBeVisible();
  const step1 = page.getByRole("listitem").filter({ hasText: "Step 1." });
  await expect(step1).toContainText("Complete");
  await expect(step1).toContainText("by Robin Park");
});

test("registering an organization that already exists: after confirming, only 'AAMI will be in touch'", async ({
  page,
  tenant,
}) => {
  const email = `alex.${Date.now()}@example.test`;
  await page.goto("/employers/start");
  await page.getByLabel("Legal name").fill(tenant.org.legalName);
  await page.getByLabel("Street address").fill("9 Other Street");
  await page.getByLabel("City").fill("Madison");
  await page.getByLabel("County").fill("Dane");
  await page.getByLabel("State").selectOption(tenant.org.state);
  await page.getByLabel("ZIP code").fill("53703");
  await page.getByLabel("Full name").fill("Alex Newcomer");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Phone").fill("608-555-0111");
  await page.getByRole("button", { name: "Register and continue" }).click();
  // The same answer as for a new organization: the form reveals nothing.
  await expect(page.getByRole("heading", { name: "Check your email to confirm" })).toBeVisible();
  await confirmRegistration(page, email);
  await expect(page.getByRole("heading", { name: "Thank you: AAMI will be in touch" })).toBeVisible();
  await expect(page.getByText(tenant.org.legalName)).toHaveCount(0);
  await expectAccessible(page);
  const note = await waitForEmail(tenant.owner.email, (m) => m.subject.startsWith("Someone asked AAMI for access"));
  expect(note.text).not.toContain("Alex Newcomer");
  expect(note.text).not.toContain(email);
});
