import { PDFDocument } from "pdf-lib";
import { createUser } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";
import { followNavLink } from "./support/journey";

test("a staff administrator finds an employer, uploads a draft standards version and sets the review target", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  // Five axe runs over staff pages that list the whole shared database: 55–60 s on a busy 2-core machine, at the
  // default limit.
  test.setTimeout(120_000);
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  await signInAs(admin.id);

  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1, name: "Staff home" })).toBeVisible();
  await expectAccessible(page);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Employers" }).click();
  await page.getByLabel("Name", { exact: true }).fill(tenant.org.legalName);
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: tenant.org.legalName }).click();
  await expect(page.getByRole("heading", { level: 1, name: tenant.org.legalName })).toBeVisible();
  await expectAccessible(page);

  // A draft only: publishing would change what every other test's employers must acknowledge.
  await followNavLink(page, "Documents");
  await expectAccessible(page);
  const pdf = await PDFDocument.create();
  pdf.addPage().drawText("BMET Training Objectives, draft for the end-to-end test");
  await page.getByLabel("Document").selectOption({ label: "BMET Training Objectives" });
  await page.getByLabel("Title").fill("Training Objectives (e2e draft)");
  // Only the server can tell a renamed file from a PDF; after its error the form must submit again (the shared
  // form hook once re-rendered endlessly after a server error).
  await page.getByLabel("PDF file").setInputFiles({
    name: "objectives.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("This is a text file renamed to .pdf"),
  });
  await page.getByRole("button", { name: "Upload as a new version" }).click();
  await expect(page.locator("#file-error")).toBeVisible();
  await page.getByLabel("PDF file").setInputFiles({
    name: "objectives.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await pdf.save()),
  });
  await page.getByRole("button", { name: "Upload as a new version" }).click();
  await expect(page.getByRole("cell", { name: "Training Objectives (e2e draft)" })).toBeVisible();
  await expectAccessible(page);

  await followNavLink(page, "Settings");
  await page.getByLabel("Review target (business days)").fill("0");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("The review target must be at least 1.")).toBeVisible();
  await expectAccessible(page);
});
