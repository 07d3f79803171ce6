import type { Db } from "../../lib/prisma-client";
import { test, expect, expectAccessible, createUser } from "./support/fixtures";

// The home page's story and the funding guidance of step 4, both fed by the settings staff administrators keep
// (Staff > Settings). The settings are global and the database is shared with every spec, so these tests run in
// order and put the defaults back at the end; no other spec reads the contact address or the funding resources.

test.describe.configure({ mode: "serial" });

const restoreDefaults = async ({ workerDb }: { workerDb: Db }) => {
  await workerDb.appSetting.deleteMany({ where: { key: { in: ["aamiContactEmail", "fundingResources"] } } });
};
test.beforeAll(restoreDefaults);
test.afterAll(restoreDefaults);

test("the home page tells AAMI's story, with its picture, funding, documents and contact", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const hero = page.getByRole("region", { name: /Train the biomedical equipment technicians/ });
  await expect(hero.getByRole("img", { name: /tests a patient monitor with a multimeter/ })).toBeVisible();
  await expect(
    page.getByText(/certificate of completion issued jointly by AAMI and the U\.S\. Department of Labor/),
  ).toBeVisible();
  await expect(page.getByText("Nearly 3,000")).toBeVisible();
  await expect(page.getByText(/new biomedical equipment technician positions expected by 2029/)).toBeVisible();
  await expect(
    page.getByText(/of today's healthcare technology management \(HTM\) workforce is over 50/),
  ).toBeVisible();
  await expect(page.getByText(/through the lens of your own service practices/)).toBeVisible();
  await expect(page.getByText(/longer tenure/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "AAMI's full support" })).toBeVisible();

  const funding = page.getByRole("region", { name: /Grant funding for employers/ });
  await expect(funding.getByRole("link", { name: "National Apprenticeship Act factsheet" })).toHaveAttribute(
    "href",
    /^https:\/\/www\.dol\.gov\//,
  );
  await expect(funding.getByRole("heading", { name: "WIOA on-the-job training" })).toBeVisible();

  // The current program documents open for anyone, without signing in.
  const documents = page.getByRole("region", { name: "Read the program documents" });
  for (const name of [/National Standards of Apprenticeship \(PDF\)/, /Training Objectives \(PDF\)/]) {
    const href = await documents.getByRole("link", { name }).getAttribute("href");
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
  }

  await expect(page.getByRole("region", { name: "Participating employers" })).toBeVisible();
  // No address set yet: the employer form is the way to reach AAMI.
  await expect(page.getByText(/apprenticeship team will be in touch/)).toBeVisible();

  // Everything on the page comes from this portal: no request to another host.
  const hosts = new Set<string>();
  page.on("request", (r) => void hosts.add(new URL(r.url()).host));
  await page.reload();
  await page.waitForLoadState("networkidle");
  expect([...hosts]).toEqual([new URL(page.url()).host]);
  await expectAccessible(page);
});

test("step 4 shows where to find the money next to the funding choices", async ({ page, tenant, signInAs }) => {
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding/funding");
  const funding = page.getByRole("group", { name: "Funding" });
  await expect(funding.getByRole("checkbox", { name: "Federal grant (for example WIOA)" })).toBeVisible();
  const guidance = funding.getByRole("region", { name: "Where to find the money" });
  for (const title of ["WIOA on-the-job training", "State apprenticeship grants and tax credits", "Federal grants"]) {
    await expect(guidance.getByRole("heading", { name: title })).toBeVisible();
  }
  await expect(guidance.getByRole("link", { name: "National Apprenticeship Act factsheet" })).toBeVisible();
  await expect(guidance.getByRole("link", { name: /Training Objectives, page A-20/ })).toHaveAttribute(
    "href",
    "/api/program-documents/training-objectives",
  );
  await expectAccessible(page);
});

test("a staff administrator edits the contact and the funding resources; bad input changes nothing", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  await signInAs(admin.id);
  await page.goto("/staff/settings");
  await expectAccessible(page);

  await page.getByLabel("AAMI contact email").fill("not an address");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(page.getByText("Enter a valid email address, like name@hospital.org.")).toBeVisible();
  await page.getByLabel("AAMI contact email").fill("apprenticeship@aami.example");
  await page.getByRole("button", { name: "Save contact" }).click();
  await expect(
    page.getByText("Saved: the home page gives apprenticeship@aami.example as AAMI's contact."),
  ).toBeVisible();

  // The first resource gets an unsafe link: refused next to the field, nothing saved.
  const first = page.getByRole("group", { name: "Resource 1" });
  await first.getByLabel("Title").fill("Wisconsin Fast Forward grant");
  await first.getByLabel("Description").fill("The state pays part of the related instruction for new apprentices.");
  await first.getByLabel("Link (optional)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save funding resources" }).click();
  await expect(first.getByText(/Enter a web address starting with https:\/\//)).toBeVisible();
  expect(await db.appSetting.count({ where: { key: "fundingResources" } })).toBe(0);
  await expectAccessible(page);

  await first.getByLabel("Link (optional)").fill("https://dwd.wisconsin.gov/apprenticeship/");
  // Clearing a row removes that resource.
  const second = page.getByRole("group", { name: "Resource 2" });
  for (const label of ["Title", "Description", "Link (optional)"]) await second.getByLabel(label).fill("");
  await page.getByRole("button", { name: "Save funding resources" }).click();
  await expect(page.getByText("Saved: 4 funding resources, shown on step 4 and on the home page.")).toBeVisible();

  await page.goto("/");
  await expect(page.getByRole("link", { name: "apprenticeship@aami.example" })).toHaveAttribute(
    "href",
    "mailto:apprenticeship@aami.example",
  );
  await expect(page.getByRole("link", { name: "Wisconsin Fast Forward grant" })).toBeVisible();
  await expect(page.getByText("WIOA on-the-job training")).toHaveCount(0);
  await expect(page.getByText("State apprenticeship grants and tax credits")).toHaveCount(0);

  await signInAs(tenant.owner.id);
  await page.goto("/onboarding/funding");
  const guidance = page.getByRole("region", { name: "Where to find the money" });
  await expect(guidance.getByRole("link", { name: "Wisconsin Fast Forward grant" })).toBeVisible();
  await expect(guidance.getByRole("link", { name: "apprenticeship@aami.example" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the funding resources form adds a resource in a spare row and refuses a half-filled one", async ({
    page,
    db,
    signInAs,
  }) => {
    await db.appSetting.deleteMany({ where: { key: "fundingResources" } });
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    await signInAs(admin.id);
    await page.goto("/staff/settings");
    // The five defaults, then two blank rows.
    const spare = page.getByRole("group", { name: "Resource 6 (blank: add one)" });
    await spare.getByLabel("Title").fill("Employer apprenticeship tax credit");
    await spare.getByLabel("Description").fill("A state income tax credit for each registered apprentice.");
    await spare.getByLabel("Link (optional)").fill("https://revenue.example.gov/apprenticeship-credit");
    const halfFilled = page.getByRole("group", { name: "Resource 7 (blank: add one)" });
    await halfFilled.getByLabel("Title").fill("A title alone");
    await page.getByRole("button", { name: "Save funding resources" }).click();
    await expect(halfFilled.getByText("Enter a description, or clear the row.")).toBeVisible();
    await expect(spare.getByLabel("Title")).toHaveValue("Employer apprenticeship tax credit");
    expect(await db.appSetting.count({ where: { key: "fundingResources" } })).toBe(0);

    await halfFilled.getByLabel("Title").fill("");
    await page.getByRole("button", { name: "Save funding resources" }).click();
    await expect(page.getByText("Saved: 6 funding resources, shown on step 4 and on the home page.")).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Employer apprenticeship tax credit" })).toBeVisible();
  });
});
