import type { Page } from "@playwright/test";
import { addDays, isoDay, mondayOf } from "../../lib/training/weeks";
import { drawImage } from "../support/images";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { followNavLink, notice } from "./support/journey";
import { withMentorAssigned } from "./support/training";

// Issue 17: skill sign-offs and related instruction, on a phone. The mentor signs off a skill with a photo, the
// apprentice asks for another, the mentor signs it off from their queue and undoes it; the apprentice adds a course
// and an owner confirms it.

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

// Two skills of the published schedule's first set (the program standards migration).
const SAFETY = "Orientation and Safety";
const ORIENTATION = "1.01 HR safety and employee orientation courses";
const DEPARTMENT = "1.02 Orientation to the department and the organization";

/** Opens a skill from the record's list of skills (each set folds its skills away). */
async function openSkill(page: Page, apprenticeId: string, skill: string) {
  await page.goto(`/training/${apprenticeId}`);
  await page.locator("summary", { hasText: SAFETY }).click();
  await page.getByRole("link", { name: skill }).click();
  await expect(page.getByRole("heading", { level: 1, name: skill })).toBeVisible();
}

test("the mentor signs off a skill with a photo, and the apprentice sees it signed off", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, mentor, apprenticeUserId, mentorUserId } = await withMentorAssigned(db, tenant);

  // ── the mentor signs off 1.01 with a note and a photo of the work ──
  await signInAs(mentorUserId);
  await openSkill(page, record.id, ORIENTATION);
  await expect(page.getByText("Not signed off yet.")).toBeVisible();
  await expectAccessible(page);
  const note = "Finished the hospital's safety orientation and the PPE module.";
  await page.getByLabel(/^Note/).fill(note);
  await page.getByLabel(/^Evidence/).setInputFiles({
    name: "orientation.png",
    mimeType: "image/png",
    buffer: await drawImage("png", 120, 80),
  });
  await page.getByRole("button", { name: "Sign off this skill" }).click();
  await expect(notice(page, "Signed off. We emailed the apprentice.")).toBeVisible();
  await expect(page.getByText(`Signed off by ${mentor.name}`)).toBeVisible();
  await expect(page.getByText(`Note: ${note}`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Undo the sign-off" })).toBeVisible();
  await expectAccessible(page);
  const signedOff = await db.skillSignOff.findFirstOrThrow({
    where: { apprenticeId: record.id, skillCode: "1.01" },
    select: { note: true, undoneAt: true, evidenceFile: { select: { contentType: true } } },
  });
  expect(signedOff).toEqual({ note, undoneAt: null, evidenceFile: { contentType: "image/png" } });
  const signedOffMail = await waitForEmail(record.email!, (m) => m.subject === `Skill signed off: ${ORIENTATION}`);
  expect(signedOffMail.text).toContain(`/training/${record.id}/skills/1.01`);

  // ── the apprentice sees it signed off (the evidence is there to download; nothing is downloaded here) ──
  await signInAs(apprenticeUserId);
  await openSkill(page, record.id, ORIENTATION);
  await expect(page.getByText(`Signed off by ${mentor.name}`)).toBeVisible();
  await expect(page.getByText(`Note: ${note}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Download the evidence" })).toBeVisible();
  // Undoing is the mentor's, and a skill signed off is not asked for.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Where it stands"]);
  await expectAccessible(page);
});

test("the apprentice asks for a sign-off, which the mentor gives from the queue and then undoes with a reason", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, mentor, apprenticeUserId, mentorUserId } = await withMentorAssigned(db, tenant);
  const name = `Sam ${record.lastName}`;

  // ── the apprentice asks for a sign-off of 1.02 ──
  await signInAs(apprenticeUserId);
  await openSkill(page, record.id, DEPARTMENT);
  const request = "Toured imaging, surgery and the lab with the department manager on Tuesday.";
  await page.getByLabel(/^Note for your mentor/).fill(request);
  await page.getByRole("button", { name: "Ask for a sign-off" }).click();
  await expect(notice(page, "Asked. We emailed your mentor")).toBeVisible();
  await expect(page.getByText("Sign-off asked for")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask for a sign-off" })).toHaveCount(0);
  await expectAccessible(page);
  const requestMail = await waitForEmail(
    mentor.email,
    (m) => m.subject === `${name} asks you to sign off ${DEPARTMENT}`,
  );
  expect(requestMail.text).toContain(request);
  expect(requestMail.text).toContain(`/training/${record.id}/skills/1.02`);

  // ── the mentor finds it under "Sign-offs asked for", signs it off, then undoes it with a reason ──
  await signInAs(mentorUserId);
  await page.goto("/training");
  await followNavLink(page, "Approvals");
  await expect(page.getByRole("heading", { level: 1, name: "Waiting for you" })).toBeVisible();
  const asked = page.getByRole("region", { name: "Sign-offs asked for" });
  await expect(asked.getByText(request)).toBeVisible();
  await asked.getByRole("link", { name: `${name}: ${DEPARTMENT}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEPARTMENT })).toBeVisible();
  await expect(page.getByText("Sign-off asked for")).toBeVisible();
  await page.getByRole("button", { name: "Sign off this skill" }).click();
  await expect(notice(page, "Signed off. We emailed the apprentice.")).toBeVisible();
  const reason = "Signed off on the wrong apprentice's record: the tour is not finished yet.";
  await page.getByLabel("Why undo the sign-off?").fill(reason);
  await page.getByRole("button", { name: "Undo the sign-off" }).click();
  await expect(notice(page, "The sign-off was undone.")).toBeVisible();
  await expect(page.getByText("Not signed off yet.")).toBeVisible();
  const undone = page.getByRole("region", { name: "Undone sign-offs" });
  await expect(undone.getByRole("listitem")).toHaveCount(1);
  await expect(undone.getByRole("listitem")).toContainText(`undone by ${mentor.name}`);
  await expect(undone.getByRole("listitem")).toContainText(reason);
  await expectAccessible(page);
  expect(
    await db.skillSignOff.findMany({
      where: { apprenticeId: record.id, skillCode: "1.02" },
      select: { undoneAt: true, undoReason: true },
    }),
  ).toEqual([{ undoneAt: expect.any(Date), undoReason: reason }]);
  // Signing it off answered the request, so the queue no longer lists it.
  await page.goto("/training/review");
  await expect(page.getByText("No sign-offs asked for")).toBeVisible();
});

test("the apprentice adds a related-instruction course, fixing hours the form refused, and an owner confirms it", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, apprenticeUserId } = await withMentorAssigned(db, tenant);
  const completedOn = isoDay(addDays(mondayOf(new Date()), -7));
  const hours = page.getByRole("textbox", { name: /^Hours/ });

  // ── the apprentice adds the course; 0 hours is refused next to the field, and nothing is saved ──
  await signInAs(apprenticeUserId);
  await page.goto(`/training/${record.id}`);
  await page.getByRole("link", { name: "Courses (0)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Related instruction" })).toBeVisible();
  await expect(page.getByText("No courses yet")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("textbox", { name: /^Course/ }).fill("Basic electronics I");
  await expect(page.getByRole("textbox", { name: /^Provider/ })).not.toHaveValue("");
  await hours.fill("0");
  await page.getByLabel(/^Completed on/).fill(completedOn);
  await page.getByRole("button", { name: "Add the course" }).click();
  const hoursError = "Enter the course's hours.";
  await expect(page.locator("#course-hours-error")).toHaveText(hoursError);
  await expect(hours).toHaveAccessibleDescription(hoursError);
  await expect(hours).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await db.instructionCourse.count({ where: { apprenticeId: record.id } })).toBe(0);

  await hours.fill("45");
  await page.getByRole("button", { name: "Add the course" }).click();
  await expect(notice(page, "Course added.")).toBeVisible();
  const course = page.getByRole("listitem").filter({ hasText: "Basic electronics I" });
  await expect(course.getByText("Waiting for confirmation")).toBeVisible();
  await expect(course).toContainText("45 hours");
  await expectAccessible(page);

  // ── the owner confirms it with the batch form ──
  await signInAs(tenant.owner.id);
  await page.goto(`/training/${record.id}/instruction`);
  await page.getByRole("checkbox", { name: "Basic electronics I" }).check();
  await page.getByRole("button", { name: /^Confirm ticked courses/ }).click();
  await expect(notice(page, "1 course confirmed.")).toBeVisible();
  await expect(course.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expectAccessible(page);
  expect(
    await db.instructionCourse.findFirstOrThrow({
      where: { apprenticeId: record.id },
      select: { minutes: true, completedOn: true, confirmedById: true },
    }),
  ).toEqual({
    minutes: 45 * 60,
    completedOn: new Date(`${completedOn}T00:00:00.000Z`),
    confirmedById: tenant.owner.id,
  });
});
