import { approvedVersionOne, completeStepsThroughMentor } from "../support/factories";
import { isoDay, mondayOf } from "../../lib/training/weeks";
import { test, expect, expectAccessible, createOrganization, waitForEmail } from "./support/fixtures";
import { notice } from "./support/journey";
import { withMentorAssigned } from "./support/training";

// Issue 17, point 7, in a browser: the sending owner proposes a transfer from the apprentice's status page, the
// receiving owner follows the emailed link, is refused a wage below its schedule next to the field, accepts, and the
// record is theirs, with both steps in its history; the sending owner no longer reaches it.

test("an owner proposes a transfer, the receiving employer's owner accepts it from the email, and the record moves", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const { record } = await withMentorAssigned(db, tenant);
  const receiver = await createOrganization(db);
  await completeStepsThroughMentor(db, receiver.org.id, receiver.owner.id);
  await approvedVersionOne(db, receiver.org.id, receiver.owner.id);

  await signInAs(tenant.owner.id);
  await page.goto(`/training/${record.id}/status`);
  const proposing = page.getByRole("region", { name: "Transfer to another employer partner" });
  await proposing.getByLabel(/^Receiving employer's owner or admin/).fill(receiver.owner.email);
  // This week's Monday: after the start date, and already come, so the receiver can accept at once.
  await proposing.getByLabel(/^First day with the new employer/).fill(isoDay(mondayOf(new Date())));
  await proposing.getByLabel(/^Note to the receiving employer/).fill("Moving to Milwaukee; a strong first month.");
  await proposing.getByRole("checkbox", { name: /has agreed to continue the apprenticeship/ }).check();
  await proposing.getByRole("button", { name: "Propose the transfer" }).click();
  await expect(notice(page, "Transfer proposed.")).toBeVisible();
  await expect(proposing.getByText(/Waiting for their owners or admins to accept or decline it/)).toBeVisible();
  await expectAccessible(page);

  const mail = await waitForEmail(receiver.owner.email, (m) => m.text.includes("/training/transfers/"));
  const link = mail.text.match(/https?:\/\/\S+\/training\/transfers\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, mail.text).toBeTruthy();

  await signInAs(receiver.owner.id);
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: /^Transfer of / })).toBeVisible();
  await expect(page.getByText("Moving to Milwaukee; a strong first month.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Position/).selectOption({ label: "BMET Apprentice, Clinical Engineering" });
  await page.getByLabel(/^Hourly wage from the first day/).fill("1.00");
  await page.getByRole("button", { name: "Accept the transfer" }).click();
  await expect(page.locator("#transfer-wage-error")).toContainText("an hour");
  expect(await db.apprentice.findUniqueOrThrow({ where: { id: record.id } })).toMatchObject({
    organizationId: tenant.org.id,
  });
  await expectAccessible(page);
  await page.getByLabel(/^Hourly wage from the first day/).fill("30.00");
  await page.getByRole("button", { name: "Accept the transfer" }).click();

  await expect(page).toHaveURL(new RegExp(`/training/${record.id}/status`));
  await expect(notice(page, "Transfer accepted")).toBeVisible();
  const history = page.getByRole("table", { name: "Status changes" });
  await expect(history.getByRole("row").filter({ hasText: `To ${receiver.org.legalName}` })).toBeVisible();
  await expect(history.getByRole("row").filter({ hasText: `From ${tenant.org.legalName}` })).toBeVisible();
  await expectAccessible(page);

  await signInAs(tenant.owner.id);
  const gone = await page.goto(`/training/${record.id}`);
  expect(gone?.status()).toBe(404);
});
