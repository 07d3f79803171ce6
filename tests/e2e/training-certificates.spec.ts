import { readFile } from "node:fs/promises";
import { formatLongDate } from "../../lib/dates";
import { verifiedCompletion } from "../support/completions";
import { createUser } from "../support/factories";
import { pdfText } from "../support/pdf-text";
import { test, expect, expectAccessible } from "./support/fixtures";
import { withMentorAssigned } from "./support/training";

// Issue 17, certificates, on a phone: once AAMI verified the completion, the apprentice downloads AAMI's certificate
// from the status page (read back by pdftotext: their name and its code), then opens its public verification page,
// which confirms the name and the day of completion; a code never issued finds nothing (404).

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the apprentice downloads AAMI's certificate and its /verify page confirms it", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, apprenticeUserId } = await withMentorAssigned(db, tenant);
  const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
  const completion = await verifiedCompletion(db, record, { requestedById: tenant.owner.id, decidedById: reviewer.id });
  const name = `${record.firstName} ${record.lastName}`;
  const code = completion.certificateCode;

  // ── the apprentice downloads AAMI's certificate from the status page ──
  await signInAs(apprenticeUserId);
  await page.goto(`/training/${record.id}/status`);
  const certificates = page.getByRole("region", { name: "Certificates" });
  await expect(certificates.getByText(code)).toBeVisible();
  await expect(certificates.getByText(/AAMI adds it here when it arrives/)).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    certificates.getByRole("button", { name: "Download AAMI's certificate" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`aami-certificate-${code}.pdf`);
  const text = pdfText(await readFile(await download.path()));
  expect(text).toContain(name);
  expect(text).toContain(`Verification code ${code}`);
  expect(text).toContain(`/verify/${code}`);

  // ── anyone confirms it at its public page, by the code on it ──
  await certificates.getByRole("link", { name: "its verification page" }).click();
  await expect(page).toHaveURL(new RegExp(`/verify/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Certificate verified" })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByText(formatLongDate(completion.completedOn))).toBeVisible();
  await expectAccessible(page);

  // ── a code never issued finds nothing ──
  const response = await page.goto("/verify/ABCDE-FGHJK");
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "We could not find a certificate with this code" }),
  ).toBeVisible();
  await expectAccessible(page);
});
