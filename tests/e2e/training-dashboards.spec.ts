import { addDays, mondayOf } from "../../lib/training/weeks";
import { createUser } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";
import { withMentorAssigned } from "./support/training";

// Issue 17, dashboards: on a phone, the owner's training page says what needs attention (a week waiting for the
// mentor) and shows the apprentice's progress; AAMI staff read the program's training figures.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the owner's training page lists what needs attention and each apprentice's progress; staff read the figures", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record, apprenticeUserId } = await withMentorAssigned(db, tenant);
  const week = addDays(mondayOf(new Date()), -7);
  await db.ojtEntry.create({
    data: {
      organizationId: tenant.org.id,
      apprenticeId: record.id,
      weekStart: week,
      skillSetKey: "SAFETY",
      dayMinutes: [480, 480, 0, 0, 0, 0, 0],
      totalMinutes: 960,
      loggedById: apprenticeUserId,
    },
  });
  const name = `${record.firstName} ${record.lastName}`;

  await signInAs(tenant.owner.id);
  await page.goto("/training");
  const attention = page.getByRole("region", { name: "Needs attention" });
  const waiting = attention.getByRole("region", { name: "Weeks waiting for approval" });
  await expect(waiting.getByText("1 apprentice", { exact: true })).toBeVisible();
  await expect(waiting.getByRole("link", { name })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: /^0 of [\d,]+ h$/ })).toBeVisible();
  await expect(row.getByRole("cell", { name: "0 of 3 verified" })).toBeVisible();
  await expectAccessible(page);

  await signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id);
  await page.goto("/staff/training");
  await expect(page.getByRole("heading", { name: "Training figures", level: 1 })).toBeVisible();
  await expect(page.getByRole("img", { name: "Hours approved per month" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Download every employer's figures/ })).toBeVisible();
  await expectAccessible(page);
});
