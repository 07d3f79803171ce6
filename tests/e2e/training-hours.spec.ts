import type { Page } from "@playwright/test";
import { isoDay, weekLabel } from "../../lib/training/weeks";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { browserFor, followNavLink, notice } from "./support/journey";
import { approvedApprentice, withMentorAssigned } from "./support/training";

// Issue 17: on-the-job hours, on a phone. The employer assigns a mentor to an approved apprentice, which gives both
// a sign-in; the apprentice logs weeks, the mentor approves one and sends another back, the apprentice fixes it.
// Each step is a test of its own, set up as the step before leaves the records, so none runs near its timeout on a
// busy machine.

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

/** Opens a week in the week form (its picker posts by GET, so it works without JavaScript too). */
async function showWeek(page: Page, week: Date) {
  await page.getByLabel("Week", { exact: true }).selectOption(isoDay(week));
  await page.getByRole("button", { name: "Show week" }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${weekLabel(week)}:`) })).toBeVisible();
}

/** A day's hours field (its label shows "Mon", its name is "Monday"). */
const day = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

test("the owner assigns a mentor, which gives the mentor and the apprentice a sign-in and an email each", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, mentor } = await approvedApprentice(db, tenant);
  const name = `Sam ${record.lastName}`;
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding");
  await followNavLink(page, "Training");
  await expect(page.getByRole("heading", { level: 1, name: "Training" })).toBeVisible();
  await expectAccessible(page);
  // The apprentice, who has logged nothing yet, is also under Needs attention: open them from the list.
  await page
    .getByRole("table", { name: "Apprentices in training and their progress" })
    .getByRole("link", { name })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `${name}'s training` })).toBeVisible();
  await expect(page.getByText("No hours logged yet")).toBeVisible();
  await page.getByRole("combobox", { name: /^Mentor/ }).selectOption(mentor.id);
  await page.getByRole("button", { name: "Assign mentor" }).click();
  await expect(notice(page, "Mentor saved")).toBeVisible();
  await expectAccessible(page);
  const mentorMail = await waitForEmail(mentor.email, (m) => m.subject.includes(name));
  expect(mentorMail.subject).toBe(`You are now ${name}'s apprenticeship mentor`);
  expect(mentorMail.text).toContain("/signin?callbackUrl=%2Ftraining%2Freview");
  const apprenticeMail = await waitForEmail(record.email!);
  expect(apprenticeMail.subject).toBe("Your apprenticeship training record is open");
  expect(apprenticeMail.text).toContain(mentor.name);
  const linked = await db.apprentice.findUniqueOrThrow({
    where: { id: record.id },
    select: { user: { select: { email: true } }, mentor: { select: { user: { select: { email: true } } } } },
  });
  expect([linked.user?.email, linked.mentor?.user?.email]).toEqual([record.email, mentor.email]);
});

test("the apprentice logs a week on a phone, with a refused day next to its field, and copies it into the next week", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, weeks, apprenticeUserId } = await withMentorAssigned(db, tenant);
  const [firstWeek, secondWeek] = weeks;
  await signInAs(apprenticeUserId);
  await page.goto("/training");
  await expect(page).toHaveURL(new RegExp(`/training/${record.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Your training" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Log hours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log hours" })).toBeVisible();
  await showWeek(page, firstWeek);
  await page.getByRole("combobox", { name: /^Skill set/ }).selectOption("SAFETY");
  await day(page, "Monday").fill("25");
  await day(page, "Tuesday").fill("8");
  await page.getByRole("button", { name: "Save hours" }).click();
  const mondayError = "A day has 24 hours: Monday cannot have more.";
  await expect(page.locator("#log-day0-error")).toHaveText(mondayError);
  await expect(day(page, "Monday")).toHaveAccessibleDescription(mondayError);
  await expect(day(page, "Monday")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await db.ojtEntry.count({ where: { apprenticeId: record.id } })).toBe(0);

  await day(page, "Monday").fill("8");
  await day(page, "Wednesday").fill("7.5");
  await page.getByLabel(/^Note for your mentor/).fill("Electrical safety checks on infusion pumps.");
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(notice(page, "Saved. The entry waits for the mentor's approval.")).toBeVisible();
  await expect(page.getByText("23.5 hours")).toBeVisible();

  // The next week: "Same as last week" in one tap.
  await showWeek(page, secondWeek);
  await page.getByRole("button", { name: "Same as last week" }).click();
  await expect(notice(page, "Last week's hours were copied into this week.")).toBeVisible();
  await expect(page.getByText("23.5 hours")).toBeVisible();
  await expectAccessible(page);
  const entries = await db.ojtEntry.findMany({
    where: { apprenticeId: record.id },
    orderBy: { weekStart: "asc" },
    select: { weekStart: true, dayMinutes: true, status: true },
  });
  expect(entries.map((e) => [isoDay(e.weekStart), e.dayMinutes, e.status])).toEqual([
    [isoDay(firstWeek), [480, 480, 450, 0, 0, 0, 0], "SUBMITTED"],
    [isoDay(secondWeek), [480, 480, 450, 0, 0, 0, 0], "SUBMITTED"],
  ]);
});

test("the mentor approves one week with the batch form and sends another back, and the apprentice fixes it", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, weeks, apprenticeUserId, mentorUserId } = await withMentorAssigned(db, tenant);
  const [firstWeek, secondWeek] = weeks;
  // Two weeks waiting for the mentor, as the apprentice's log leaves them.
  const waiting = [];
  for (const weekStart of weeks) {
    waiting.push(
      await db.ojtEntry.create({
        data: {
          organizationId: tenant.org.id,
          apprenticeId: record.id,
          weekStart,
          skillSetKey: "SAFETY",
          dayMinutes: [480, 480, 450, 0, 0, 0, 0],
          totalMinutes: 1410,
          loggedById: apprenticeUserId,
        },
      }),
    );
  }

  await signInAs(mentorUserId);
  await page.goto("/training");
  await followNavLink(page, "Approvals");
  await expect(page.getByRole("heading", { level: 1, name: "Waiting for you" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: new RegExp(weekLabel(firstWeek)) }).check();
  await page.getByRole("button", { name: /^Approve ticked entries/ }).click();
  await expect(notice(page, "1 entry approved.")).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(1);
  await page.getByText("Send back to Sam").click();
  const comment = "Wednesday was on the imaging equipment, not safety: split it between the two skill sets.";
  await page.getByLabel(/^What should the apprentice change/).fill(comment);
  await page.getByRole("button", { name: "Send back" }).click();
  await expect(notice(page, "Sent back. We emailed the apprentice your comment.")).toBeVisible();
  await expect(page.getByText("Nothing waits for your approval")).toBeVisible();
  await expectAccessible(page);
  const returnedMail = await waitForEmail(record.email!, (m) => m.subject.startsWith("Your mentor sent back"));
  expect(returnedMail.subject).toBe(`Your mentor sent back your hours for the ${weekLabel(secondWeek).toLowerCase()}`);
  expect(returnedMail.text).toContain(comment);
  expect(returnedMail.text).toContain(`/training/${record.id}/log?week=${isoDay(secondWeek)}`);

  // The apprentice sees it returned, edits it and sends it again.
  await signInAs(apprenticeUserId);
  await page.goto(`/training/${record.id}`);
  const returnedWeek = page.getByRole("region", { name: weekLabel(secondWeek) });
  await expect(returnedWeek.getByText("Sent back")).toBeVisible();
  await expect(returnedWeek.getByText(`Mentor: ${comment}`)).toBeVisible();
  await expect(page.getByRole("region", { name: weekLabel(firstWeek) }).getByText("Approved")).toBeVisible();
  await expectAccessible(page);
  await returnedWeek.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Edit this entry" })).toBeVisible();
  await expect(day(page, "Wednesday")).toHaveValue("7.5");
  await day(page, "Wednesday").fill("4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(notice(page, "Saved. The entry waits for the mentor's approval.")).toBeVisible();
  expect(
    await db.ojtEntry.findUniqueOrThrow({ where: { id: waiting[1]!.id }, select: { dayMinutes: true, status: true } }),
  ).toEqual({ dayMinutes: [480, 480, 240, 0, 0, 0, 0], status: "SUBMITTED" });
  await page.goto(`/training/${record.id}`);
  await expect(
    page.getByRole("region", { name: weekLabel(secondWeek) }).getByText("Waiting for the mentor"),
  ).toBeVisible();
});

test("without JavaScript, the apprentice logs a week and the server's field error sits next to the day", async ({
  browser,
  db,
  tenant,
}) => {
  const { record, mentor, weeks } = await approvedApprentice(db, tenant);
  // Signed in as the assignment leaves the apprentice: a user of their own, linked to the record.
  const user = await db.user.create({ data: { email: record.email!, name: `Sam ${record.lastName}` } });
  await db.apprentice.update({ where: { id: record.id }, data: { userId: user.id, mentorId: mentor.id } });
  const page = await browserFor(browser, db, user.id, { javaScriptEnabled: false, viewport: PHONE });

  await page.goto(`/training/${record.id}/log`);
  await showWeek(page, weeks[0]);
  await page.getByRole("combobox", { name: /^Skill set/ }).selectOption("SAFETY");
  await day(page, "Friday").fill("25");
  await page.getByRole("button", { name: "Save hours" }).click();
  const fridayError = "A day has 24 hours: Friday cannot have more.";
  await expect(page.locator("#log-day4-error")).toHaveText(fridayError);
  await expect(day(page, "Friday")).toHaveAccessibleDescription(fridayError);
  await expect(page.getByRole("link", { name: fridayError })).toHaveAttribute("href", "#log-day4");
  // What was typed comes back, so only the refused day needs changing.
  await expect(day(page, "Friday")).toHaveValue("25");
  expect(await db.ojtEntry.count({ where: { apprenticeId: record.id } })).toBe(0);

  await day(page, "Friday").fill("6");
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(notice(page, "Saved. The entry waits for the mentor's approval.")).toBeVisible();
  expect(
    await db.ojtEntry.findFirstOrThrow({
      where: { apprenticeId: record.id },
      select: { weekStart: true, dayMinutes: true, status: true },
    }),
  ).toEqual({ weekStart: weeks[0], dayMinutes: [0, 0, 0, 0, 360, 0, 0], status: "SUBMITTED" });
});
