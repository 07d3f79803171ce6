import { PDFDocument } from "pdf-lib";
import { addDays, isoDay, mondayOf } from "../../lib/training/weeks";
import { createUser } from "../support/factories";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { notice } from "./support/journey";
import { withMentorAssigned } from "./support/training";

// Issue 17, credentials, on a phone: the apprentice enters CABT with the certificate as a PDF (refused next to the
// field without one), AAMI staff verify it from the apprentice's staff page, and the record shows it verified.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the apprentice enters a credential with a PDF, AAMI verifies it, and the record shows it verified", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, apprenticeUserId } = await withMentorAssigned(db, tenant);
  const earnedOn = isoDay(addDays(mondayOf(new Date()), -7));
  const certificate = await PDFDocument.create();
  certificate.addPage().drawText(`CABT certificate of Sam ${record.lastName}`);

  // ── the apprentice opens the credentials from the record and enters CABT ──
  await signInAs(apprenticeUserId);
  await page.goto(`/training/${record.id}`);
  const credentials = page.getByRole("region", { name: "Credentials" });
  await expect(credentials.getByText("Not entered yet")).toHaveCount(3);
  await credentials.getByRole("link", { name: "Open the credentials" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Credentials" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Credential/).selectOption({ label: "CABT" });
  await page.getByLabel(/^Earned on/).fill(earnedOn);
  await page.getByRole("button", { name: "Enter the credential" }).click();
  await expect(page.locator("#credential-evidence-error")).toHaveText("Attach the certificate: a PDF or a photo.");
  await expect(page.getByLabel(/^Evidence/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await db.credential.count({ where: { apprenticeId: record.id } })).toBe(0);

  await page.getByLabel(/^Evidence/).setInputFiles({
    name: "cabt.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(await certificate.save()),
  });
  await page.getByRole("button", { name: "Enter the credential" }).click();
  await expect(notice(page, "Credential entered.")).toBeVisible();
  const cabt = page.getByRole("listitem").filter({ hasText: "CABT" });
  await expect(cabt.getByText("Waiting for AAMI to verify")).toBeVisible();
  await expect(cabt.getByRole("button", { name: "Download the evidence of CABT" })).toBeVisible();
  // CABT stands, so the form offers only the other two.
  await expect(page.getByLabel(/^Credential/).locator("option")).toHaveText([
    "IT Fundamentals",
    "CBET candidate status",
  ]);
  await expectAccessible(page);

  // ── AAMI staff verify it on the apprentice's staff page ──
  await signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id);
  await page.goto(`/staff/apprentices/${record.id}`);
  const staffCredentials = page.getByRole("region", { name: "Credentials" });
  await expect(staffCredentials.getByText("Waiting for AAMI to verify")).toBeVisible();
  await expectAccessible(page);
  await staffCredentials.getByRole("button", { name: "Verify CABT" }).click();
  await expect(notice(page, "Credential verified.")).toBeVisible();
  await expect(staffCredentials.getByText("Verified by AAMI")).toBeVisible();
  await expect(staffCredentials.getByRole("button", { name: "Verify CABT" })).toHaveCount(0);
  await expectAccessible(page);
  const mail = await waitForEmail(
    record.email!,
    (m) => m.subject === `CABT verified for ${record.firstName} ${record.lastName}`,
  );
  expect(mail.text).toContain(`/training/${record.id}/credentials`);

  // ── the apprentice's record shows it verified ──
  await signInAs(apprenticeUserId);
  await page.goto(`/training/${record.id}`);
  await expect(credentials.getByRole("listitem").filter({ hasText: "CABT" })).toContainText("Verified by AAMI");
  await expect(credentials.getByText("Not entered yet")).toHaveCount(2);
  await expectAccessible(page);
  expect(
    await db.credential.findMany({
      where: { apprenticeId: record.id },
      select: { kind: true, earnedOn: true, verifiedAt: true, evidenceFile: { select: { contentType: true } } },
    }),
  ).toEqual([
    {
      kind: "CABT",
      earnedOn: new Date(`${earnedOn}T00:00:00.000Z`),
      verifiedAt: expect.any(Date),
      evidenceFile: { contentType: "application/pdf" },
    },
  ]);
});
