import { apprentice } from "../support/apprentices";
import { completeStepsThroughMentor, createUser } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";
import { browserFor, notice, signAndSubmit } from "./support/journey";

// The status messages of lib/status-messages.ts as people see them, for the states that once read wrong: an
// organization the Registration Agency accepted, whose apprentice waits for AAMI's review with no agreement on file,
// and a staff reviewer on an administrator's page.

test("an accepted organization's step 7, step 8 and empty agreement panel tell the truth, to the employer and to staff", async ({
  browser,
  page,
  db,
  tenant,
  staffReviewer,
  signInAs,
}) => {
  test.setTimeout(150_000);
  const { org, owner } = tenant;
  await completeStepsThroughMentor(db, org.id, owner.id);
  await signInAs(owner.id);
  await signAndSubmit(page, 1);

  const admin = await browserFor(browser, db, (await createUser(db, { staffRole: "STAFF_ADMIN" })).id);
  await admin.goto(`/staff/queue?q=${encodeURIComponent(org.legalName)}`);
  await admin.getByRole("link", { name: org.legalName }).click();
  await admin.getByRole("button", { name: "Claim for review" }).click();
  await expect(notice(admin, "You are reviewing this submission.")).toBeVisible();
  await admin.getByLabel(/this submission meets the program's standards/).check();
  await admin.getByLabel("Your title at AAMI").fill("Director, Apprenticeship Programs");
  await admin.getByLabel(/I countersign this employer acceptance agreement/).check();
  await admin.getByRole("button", { name: "Approve and countersign for AAMI" }).click();
  await expect(notice(admin, "Approved and countersigned for AAMI.")).toBeVisible();
  // Two apprentices, as the demo's accepted organization has them: one approved, one with AAMI for review and
  // (as seeded data can be) no agreement on file. Recording the acceptance recomputes the checklist.
  await apprentice(db, org.id, "Approved", "APPROVED");
  const waiting = await apprentice(db, org.id, "Waiting", "PENDING_REGISTRATION");
  await admin.getByRole("button", { name: "Record the agency's acceptance" }).click();
  await expect(notice(admin, "Acceptance recorded.")).toBeVisible();

  // Step 7: accepted, and nothing about AAMI reviewing or asking for changes.
  await page.goto("/onboarding/submit");
  await expect(page.getByText("Version 1 is accepted by the Registration Agency")).toBeVisible();
  await expect(page.getByText(/The Registration Agency accepted your agreement into AAMI's program/)).toBeVisible();
  await expect(page.getByText(/If AAMI asks for changes/)).toHaveCount(0);
  await expect(page.getByText(/is with AAMI/)).toHaveCount(0);
  await expectAccessible(page);

  // Step 8: in progress while Sam Waiting waits for review, and says so.
  await page.goto("/onboarding");
  const step8 = page.getByRole("listitem").filter({ hasText: "Step 8." });
  await expect(step8).toContainText("In progress");
  await expect(step8).not.toContainText("Complete");
  await expect(step8).toContainText("Apprentices: 1 with AAMI for review · 1 approved by AAMI, going to DOL.");

  // The agreement panel of the waiting apprentice: why it is empty, and who acts.
  await page.goto(`/onboarding/apprentices/${waiting.id}`);
  const panel = page.getByRole("region", { name: "Apprenticeship agreement" });
  await expect(panel.getByText("No agreement on file")).toBeVisible();
  await expect(panel.getByText(/AAMI cannot approve this registration/)).toBeVisible();
  await expectAccessible(page);

  // Staff: the same apprentice's panel, and the employers list's status as written.
  const reviewer = await browserFor(browser, db, staffReviewer.id);
  await reviewer.goto(`/staff/apprentices/${waiting.id}`);
  const staffPanel = reviewer.getByRole("region", { name: "Apprenticeship agreement" });
  await expect(staffPanel.getByText(/Send it back to the employer: they sign again/)).toBeVisible();
  await expectAccessible(reviewer);
  await reviewer.goto(`/staff/employers?name=${encodeURIComponent(org.legalName)}`);
  await expect(reviewer.getByRole("cell", { name: "Version 1: Accepted by the Registration Agency" })).toBeVisible();

  // An administrator's page: the reviewer is told whose it is.
  const response = await reviewer.goto("/staff/documents");
  expect(response?.status()).toBe(403);
  await expect(
    reviewer.getByRole("heading", { level: 1, name: "This page needs an AAMI staff administrator" }),
  ).toBeVisible();
  await expect(reviewer.getByText(/another organization/)).toHaveCount(0);
  await expectAccessible(reviewer);
});
