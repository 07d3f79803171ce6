import type { Page } from "@playwright/test";
import { completeStepsThroughMentor } from "../support/factories";
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

test("a reviewer asks for changes, the employer resubmits, the reviewer approves, both download the packet, staff register it", async ({
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
  await page.getByRole("link", { name: "Fund related instruction" }).click();
  await page.getByLabel("Hours of instruction per year").fill("180");
  await page.getByLabel(/pays 100% of the cost of the related instruction/).check();
  await page.getByRole("button", { name: "Save funding plan" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  await signAndSubmit(page, 2);

  // The reviewer sees what changed in version 2, claims it and approves.
  await staff.goto(`/staff/queue?q=${encodeURIComponent(org.legalName)}`);
  await staff.getByRole("link", { name: org.legalName }).click();
  await expect(staff.getByRole("heading", { name: `${org.legalName}: version 2` })).toBeVisible();
  await expect(staff.getByRole("row", { name: /hoursPerYear 160 180/ })).toBeVisible();
  await staff.getByRole("button", { name: "Claim for review" }).click();
  await expect(notice(staff, "You are reviewing this submission.")).toBeVisible();
  await staff.getByLabel(/this submission meets the program's standards/).check();
  await staff.getByRole("button", { name: "Approve and build the DOL packet" }).click();
  await expect(notice(staff, "Approved. The DOL registration packet is below")).toBeVisible();
  await expectAccessible(staff);

  // Both download the packet and find the cover data in it.
  const staffPacket = await downloadPacket(staff, /registration packet version 1/);
  for (const text of [org.legalName, "49-9062.00", "0888HY", staffReviewer.name!]) expect(staffPacket).toContain(text);
  const approvedMail = await waitForEmail(owner.email, (m) => m.subject.startsWith("AAMI approved"));
  expect(approvedMail.text).toContain("/api/packets/");
  await page.goto("/onboarding/submit");
  const employerPacket = await downloadPacket(page, /registration packet version 1/);
  expect(employerPacket).toContain(org.legalName);

  // Staff record the DOL registration; the employer's checklist shows it and step 8 opens.
  await staff.getByLabel("DOL registration (program) number").fill("2026-WI-0777");
  await staff.getByRole("button", { name: "Record the registration" }).click();
  await expect(notice(staff, "Registration recorded.")).toBeVisible();
  await expect(staff.getByText("Registered with DOL as 2026-WI-0777")).toBeVisible();
  const registeredMail = await waitForEmail(owner.email, (m) => m.subject.includes("is registered with the U.S."));
  expect(registeredMail.text).toContain("2026-WI-0777");
  await page.goto("/onboarding");
  await expect(page.getByText("program registration number 2026-WI-0777", { exact: false })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Step 8." })).not.toContainText("Locked");
  await expectAccessible(page);
  await staff.context().close();
});
