import type { Page } from "@playwright/test";
import { completeStepsThroughMentor, createUser } from "../support/factories";
import { pdfText } from "../support/pdf-text";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { browserFor, notice, signAndSubmit } from "./support/journey";

async function downloadPacket(page: Page, linkName: RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return pdfText(new Uint8Array(await readFile(path)));
}

test("a reviewer asks for changes, the employer resubmits, an administrator approves and countersigns, both download the packet, staff record the agency's acceptance", async ({
  browser,
  page,
  db,
  tenant,
  staffReviewer,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const { org, owner } = tenant;
  await completeStepsThroughMentor(db, org.id, owner.id);
  await signInAs(owner.id);
  await signAndSubmit(page, 1);

  // The reviewer finds it in the queue and claims it.
  const staff = await browserFor(browser, db, staffReviewer.id);
  await staff.goto(`/staff/queue?q=${encodeURIComponent(org.legalName)}`);
  await expectAccessible(staff);
  await staff.getByRole("link", { name: org.legalName }).click();
  await expect(staff.getByRole("heading", { name: `${org.legalName}: version 1` })).toBeVisible();
  await staff.getByRole("button", { name: "Claim for review" }).click();
  await expect(notice(staff, "You are reviewing this submission.")).toBeVisible();
  await expectAccessible(staff);
  await waitForEmail(owner.email, (m) => m.subject.startsWith("AAMI is reviewing"));

  // Changes to step 4 only; an empty request is refused next to the fields.
  await staff.locator("summary", { hasText: "Request changes" }).click();
  await staff.getByRole("button", { name: "Send the change request" }).click();
  await expect(staff.getByText("Write what needs to change in at least one step.")).toBeVisible();
  const comment = "Please plan at least 180 hours of related instruction a year.";
  await staff.getByLabel("Step 4: fund related instruction").fill(comment);
  await staff.getByRole("button", { name: "Send the change request" }).click();
  await expect(notice(staff, "Changes requested.")).toBeVisible();

  // The employer reads the comment on the checklist, fixes step 4, signs again and resubmits.
  const changesMail = await waitForEmail(owner.email, (m) => m.subject.startsWith("AAMI asked for changes"));
  expect(changesMail.text).toContain(comment);
  await page.goto("/onboarding");
  await expect(page.getByRole("listitem").filter({ hasText: "Step 4." })).toContainText(comment);
  await expect(page.getByRole("listitem").filter({ hasText: "Step 5." })).toContainText("Complete");
  await page.getByRole("link", { name: "Fund related instruction", exact: true }).click();
  await page.getByLabel("Hours of instruction per year").fill("180");
  await page.getByLabel(/pays 100% of the cost of the related instruction/).check();
  await page.getByRole("button", { name: "Save funding plan" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await signAndSubmit(page, 2);

  // The reviewer sees what changed in version 2 and claims it; approving countersigns, which is an administrator's.
  await staff.goto(`/staff/queue?q=${encodeURIComponent(org.legalName)}`);
  await staff.getByRole("link", { name: org.legalName }).click();
  await expect(staff.getByRole("heading", { name: `${org.legalName}: version 2` })).toBeVisible();
  await expect(staff.getByRole("row", { name: /hoursPerYear 160 180/ })).toBeVisible();
  await staff.getByRole("button", { name: "Claim for review" }).click();
  await expect(notice(staff, "You are reviewing this submission.")).toBeVisible();
  await expect(staff.getByText("a staff administrator approves")).toBeVisible();
  await expect(staff.getByRole("button", { name: "Approve and countersign for AAMI" })).toHaveCount(0);

  // A staff administrator approves and countersigns; a missing title is refused next to the field first.
  const adminUser = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Avery Administrator" });
  const admin = await browserFor(browser, db, adminUser.id);
  await admin.goto(staff.url());
  await expect(admin.getByLabel("Your full name")).toHaveValue("Avery Administrator");
  await admin.getByLabel(/this submission meets the program's standards/).check();
  await admin.getByLabel(/I countersign this employer acceptance agreement/).check();
  await admin.getByRole("button", { name: "Approve and countersign for AAMI" }).click();
  await expect(admin.getByText("Enter your title at AAMI")).toBeVisible();
  await admin.getByLabel("Your title at AAMI").fill("Director, Apprenticeship Programs");
  await admin.getByRole("button", { name: "Approve and countersign for AAMI" }).click();
  await expect(notice(admin, "Approved and countersigned for AAMI.")).toBeVisible();
  await expectAccessible(admin);

  // Both download the packet and find the cover data and the countersignature in it.
  const staffPacket = await downloadPacket(admin, /registration packet version 1/);
  for (const text of [
    org.legalName,
    "49-9062.00",
    "0888HY",
    "Avery Administrator, Director, Apprenticeship Programs",
    "Countersignature of the Sponsor (AAMI)",
  ]) {
    expect(staffPacket.replace(/\s+/g, " ")).toContain(text);
  }
  const approvedMail = await waitForEmail(owner.email, (m) => m.subject.startsWith("AAMI approved"));
  expect(approvedMail.text).toContain("/api/packets/");
  expect(approvedMail.text).toContain("countersigned");
  await page.goto("/onboarding/submit");
  const employerPacket = await downloadPacket(page, /registration packet version 1/);
  expect(employerPacket).toContain(org.legalName);
  // Step 8 opens at approval.
  await page.goto("/onboarding");
  await expect(page.getByRole("listitem").filter({ hasText: "Step 8." })).not.toContainText("Locked");

  // Staff record the day the Registration Agency accepted the agreement; the employer's checklist shows it.
  await staff.reload();
  const today = new Date().toISOString().slice(0, 10);
  await staff.getByLabel("Day the Registration Agency accepted the agreement").fill(today);
  await staff.getByRole("button", { name: "Record the agency's acceptance" }).click();
  await expect(notice(staff, "Acceptance recorded.")).toBeVisible();
  await expect(staff.getByText(`Accepted by the Registration Agency on ${today}`)).toBeVisible();
  const acceptedMail = await waitForEmail(owner.email, (m) => m.subject.includes("is accepted into AAMI's BMET"));
  expect(acceptedMail.text).toContain("no separate program number");
  await page.goto("/onboarding");
  await expect(page.getByText("Accepted by the Registration Agency")).toBeVisible();
  await expectAccessible(page);
  await staff.context().close();
  await admin.context().close();
});
