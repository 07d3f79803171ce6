import { addDays, mondayOf } from "../../lib/training/weeks";
import { test, expect, expectAccessible } from "./support/fixtures";
import { notice } from "./support/journey";
import { withMentorAssigned } from "./support/training";

// Issue 17, raises on time: a raise of the wage schedule falls due, and an owner records it on the training
// record, refused next to the field below the schedule's wage.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a raise falls due, shows on the owner's training page, and the owner records it, never below the schedule", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record } = await withMentorAssigned(db, tenant);
  // Started ten weeks ago, on a schedule whose first raise (to 65% of $38) comes after two months.
  await db.apprentice.update({ where: { id: record.id }, data: { startDate: addDays(mondayOf(new Date()), -70) } });
  await db.wageSchedule.deleteMany({ where: { organizationId: tenant.org.id } });
  await db.wageSchedule.create({
    data: {
      organizationId: tenant.org.id,
      journeyworkerRateCents: 3800,
      entryWageCents: 2280,
      basis: "MONTHS",
      termLength: 24,
      steps: {
        create: [{ organizationId: tenant.org.id, ordinal: 0, threshold: 2, amountKind: "PERCENT", amountValue: 6500 }],
      },
    },
  });

  await signInAs(tenant.owner.id);
  // The owner's training page lists the raise to give, and links to the record where it is recorded.
  await page.goto("/training");
  const toGive = page.getByRole("region", { name: "Raises to give" });
  await expect(
    toGive.getByRole("row", { name: new RegExp(`${record.firstName} ${record.lastName}.*Due$`) }),
  ).toBeVisible();
  await expectAccessible(page);
  await toGive.getByRole("link", { name: `${record.firstName} ${record.lastName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/training/${record.id}$`));
  const raises = page.getByRole("region", { name: "Raises" });
  await expect(raises.getByText("A raise is due on the wage schedule: record it once given.")).toBeVisible();
  await expect(raises.getByRole("cell", { name: "Due", exact: true })).toBeVisible();
  await page.getByLabel(/^New hourly wage/).fill("24.00");
  await page.getByRole("button", { name: "Record the raise" }).click();
  await expect(page.locator("#raise-wage-error")).toHaveText(
    "The schedule sets this raise at $24.70 an hour: the wage cannot be lower.",
  );
  await expectAccessible(page);
  expect(await db.wageRaise.count({ where: { apprenticeId: record.id } })).toBe(0);

  await page.getByLabel(/^New hourly wage/).fill("25.10");
  await page.getByRole("button", { name: "Record the raise" }).click();
  await expect(notice(page, "Raise recorded.")).toBeVisible();
  await expect(raises.getByText(/^Given: \$25\.10 an hour from/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Record the raise" })).toHaveCount(0);
  await expectAccessible(page);
  expect(
    await db.wageRaise.findMany({ where: { apprenticeId: record.id }, select: { step: true, wageCents: true } }),
  ).toEqual([{ step: 1, wageCents: 2510 }]);
});
