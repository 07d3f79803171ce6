import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./support/fixtures";

async function fillAboutYou(page: Page, email: string, city: string) {
  await page.getByLabel("First name").fill("Casey");
  await page.getByLabel("Last name").fill("Nguyen");
  await page.getByRole("textbox", { name: /^Email/ }).fill(email);
  await page.getByLabel("City").fill(city);
  await page.getByRole("combobox", { name: /^State/ }).selectOption("TX");
  await page.getByLabel("ZIP code").fill("78205");
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a prospective apprentice sends the interest form on a phone and can send it again to update it", async ({
  page,
  db,
}) => {
  const email = `casey.${randomUUID().slice(0, 8)}@example.test`;
  await page.goto("/apprentices/interest");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByText("Enter your first name.")).toBeVisible();
  await expect(page.getByText(/Tick the box so AAMI may share your profile/)).toBeVisible();
  await expectAccessible(page);

  await fillAboutYou(page, email, "San Antonio");
  await page.getByRole("radio", { name: /Yes, I would move/ }).check();
  await page.getByRole("checkbox", { name: /Southwest/ }).check();
  await page.getByLabel("Highest education").selectOption("MILITARY_TRAINING");
  await page.getByRole("radio", { name: "Veteran", exact: true }).check();
  await page.getByRole("checkbox", { name: "Military biomedical equipment repair" }).check();
  await page.getByRole("radio", { name: "I am a veteran" }).check();
  await page.getByLabel(/AAMI may share my profile/).check();
  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your interest is saved" })).toBeVisible();
  await expectAccessible(page);

  const candidate = await db.candidate.findUniqueOrThrow({ where: { email }, include: { demographics: true } });
  expect(candidate).toMatchObject({ region: "SOUTHWEST", situation: "VETERAN", regionsOfInterest: ["SOUTHWEST"] });
  expect(candidate.demographics).toMatchObject({ veteranStatus: "VETERAN" });

  // Sending the form again with the same address updates the profile; it does not create a second one.
  await page.goto("/apprentices/interest");
  await fillAboutYou(page, email.toUpperCase(), "Austin");
  await page.getByRole("radio", { name: /No, only near where I live/ }).check();
  await page.getByLabel("Highest education").selectOption("ASSOCIATE");
  await page.getByRole("radio", { name: "Veteran", exact: true }).check();
  await page.getByLabel(/AAMI may share my profile/).check();
  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your interest is saved" })).toBeVisible();
  expect(await db.candidate.findMany({ where: { email }, select: { city: true, willingToRelocate: true } })).toEqual([
    { city: "Austin", willingToRelocate: false },
  ]);
});
