import { readFile } from "node:fs/promises";
import { addDays, isoDay } from "../../lib/training/weeks";
import { pdfText } from "../support/pdf-text";
import { test, expect, expectAccessible } from "./support/fixtures";
import { notice } from "./support/journey";
import { withMentorAssigned } from "./support/training";
import { createUser } from "../support/factories";
import { meetCompletionChecklist } from "../support/training-records";

// Issue 17, the lifecycle after registration: on a phone, an owner suspends an apprentice's training (a return date
// before the start is refused next to its field), the record says it is suspended and offers no logging, the owner
// resumes it, then cancels it (a reason "Other" without a note is refused next to the note); the apprentice reads
// the status and its history.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("an owner suspends, resumes and cancels an apprenticeship; the apprentice reads its history", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, apprenticeUserId } = await withMentorAssigned(db, tenant);
  await signInAs(tenant.owner.id);
  await page.goto(`/training/${record.id}`);
  await page.getByRole("link", { name: "Suspend, resume or cancel" }).click();
  await expect(page.getByRole("heading", { name: /training status$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/^Expected back on/).fill(isoDay(addDays(new Date(), -1)));
  await page
    .getByLabel(/^Reason/)
    .first()
    .fill("Shoulder surgery and recovery");
  await page.getByRole("button", { name: "Suspend the training" }).click();
  await expect(page.locator("#suspend-return-error")).toHaveText(
    "The return date comes after the day the suspension starts.",
  );
  expect(await db.trainingStatusChange.count({ where: { apprenticeId: record.id } })).toBe(0);
  await page.getByLabel(/^Expected back on/).fill(isoDay(addDays(new Date(), 21)));
  await page.getByRole("button", { name: "Suspend the training" }).click();
  await expect(notice(page, "Training suspended.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /Shoulder surgery and recovery \(expected back/ })).toBeVisible();

  await page.getByRole("link", { name: "Back to the training record" }).click();
  await expect(page.getByText("Nothing new is recorded on this record while it is not active.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Log hours" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/training/${record.id}/status`);
  await page.getByRole("button", { name: "Resume the training today" }).click();
  await expect(notice(page, "Training resumed.")).toBeVisible();

  // The cancel form: the transfer form beside it has a note of its own.
  const cancelling = page.getByRole("region", { name: "Cancel the apprenticeship" });
  await cancelling.getByRole("combobox", { name: /^Reason/ }).selectOption("OTHER");
  await cancelling.getByRole("button", { name: "Cancel the apprenticeship" }).click();
  await expect(page.locator("#cancel-note-error")).toHaveText("Say what the reason was.");
  await cancelling.getByLabel(/^Note/).fill("Went back to school full time");
  await cancelling.getByRole("button", { name: "Cancel the apprenticeship" }).click();
  await expect(notice(page, "Apprenticeship cancelled.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel the apprenticeship" })).toHaveCount(0);
  await expectAccessible(page);
  expect(
    (await db.trainingStatusChange.findMany({ where: { apprenticeId: record.id }, orderBy: { createdAt: "asc" } })).map(
      (c) => [c.toStatus, c.inProbation],
    ),
  ).toEqual([
    ["SUSPENDED", null],
    ["ACTIVE", null],
    ["CANCELLED", true],
  ]);

  await signInAs(apprenticeUserId);
  await page.goto(`/training/${record.id}/status`);
  await expect(page.getByRole("heading", { name: "Your training status" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Status changes" }).getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("button")).toHaveCount(
    await page.getByRole("button", { name: /menu|Sign out/i }).count(),
  );
  await expectAccessible(page);
});

test("an owner asks AAMI to verify a completion, a staff reviewer verifies it, and AAMI's certificate is confirmed at /verify", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, apprenticeUserId, mentorUserId } = await withMentorAssigned(db, tenant);
  // Two years and a month into the term, with every item of the checklist done.
  const startDate = new Date(Date.UTC(new Date().getUTCFullYear() - 2, new Date().getUTCMonth() - 1, 1));
  await db.apprentice.update({ where: { id: record.id }, data: { startDate } });
  await meetCompletionChecklist(db, {
    apprenticeId: record.id,
    organizationId: tenant.org.id,
    startDate,
    apprenticeUserId,
    mentorUserId,
    ownerId: tenant.owner.id,
  });

  await signInAs(tenant.owner.id);
  await page.goto(`/training/${record.id}/status`);
  const completion = page.getByRole("region", { name: "Completion" });
  await expect(completion.getByRole("list", { name: "Completion checklist" }).getByText(": done")).toHaveCount(4);
  await expectAccessible(page);
  await completion.getByRole("button", { name: "Ask AAMI to verify the completion" }).click();
  await expect(notice(page, "Sent to AAMI.")).toBeVisible();
  await expect(completion.getByText("Waiting for AAMI")).toBeVisible();

  const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
  await signInAs(reviewer.id);
  await page.goto(`/staff/apprentices/${record.id}`);
  const staffCompletion = page.getByRole("region", { name: "Completion" });
  await expect(staffCompletion.getByText("Waiting for AAMI")).toBeVisible();
  await expectAccessible(page);
  await staffCompletion.getByRole("button", { name: "Verify the completion and issue AAMI's certificate" }).click();
  await expect(notice(page, "Completion verified.")).toBeVisible();
  await expect(staffCompletion.getByText("Completion verified by AAMI")).toBeVisible();
  const verified = await db.completion.findFirstOrThrow({ where: { apprenticeId: record.id } });
  expect(verified.status).toBe("VERIFIED");
  expect((await db.apprentice.findUniqueOrThrow({ where: { id: record.id } })).trainingStatus).toBe("COMPLETED");

  // The owner downloads AAMI's certificate (read back by pdftotext), and its public page confirms it.
  const code = verified.certificateCode!;
  await signInAs(tenant.owner.id);
  await page.goto(`/training/${record.id}/status`);
  const certificates = page.getByRole("region", { name: "Certificates" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    certificates.getByRole("button", { name: "Download AAMI's certificate" }).click(),
  ]);
  const text = pdfText(await readFile(await download.path()));
  expect(text).toContain(`${record.firstName} ${record.lastName}`);
  expect(text).toContain(`Verification code ${code}`);
  await page.goto(`/verify/${code.toLowerCase()}`);
  await expect(page.getByRole("heading", { level: 1, name: "Certificate verified" })).toBeVisible();
  await expect(page.getByText(`${record.firstName} ${record.lastName}`)).toBeVisible();
  await expectAccessible(page);
});
