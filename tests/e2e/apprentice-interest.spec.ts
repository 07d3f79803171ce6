import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";
import { fillAboutYou, nextStep, sendInterestForm, smallTapTargets } from "./support/interest-form";

/** Sends the interest form once from San Antonio, a veteran willing to move to the Southwest. */
async function sendInterest(page: Page, email: string) {
  await page.goto("/apprentices/interest");
  await sendInterestForm(page, {
    email,
    city: "San Antonio",
    willingToRelocate: true,
    regions: [/Southwest/],
    education: "MILITARY_TRAINING",
    situation: "Veteran",
  });
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a prospective apprentice sends the interest form on a phone, updates it through the emailed link, withdraws and shares it again", async ({
  page,
  db,
}) => {
  const email = `casey.${randomUUID().slice(0, 8)}@example.test`;
  await page.goto("/apprentices/interest");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Enter your first name.")).toBeVisible();
  await expectAccessible(page);

  await fillAboutYou(page, { email, city: "San Antonio" });
  await nextStep(page, 2);
  await page.getByRole("radio", { name: /Yes, I would move/ }).check();
  await page.getByRole("checkbox", { name: /Southwest/ }).check();
  await page.getByLabel("Highest education").selectOption("MILITARY_TRAINING");
  await page.getByRole("radio", { name: "Veteran", exact: true }).check();
  await page.getByRole("checkbox", { name: "Military biomedical equipment repair" }).check();
  await nextStep(page, 3);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/Tick the box so AAMI may share your profile/)).toBeVisible();
  await page.getByLabel(/AAMI may share my profile/).check();
  await nextStep(page, 4);
  await page.getByRole("radio", { name: "I am a veteran" }).check();
  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your interest is saved" })).toBeVisible();
  await expectAccessible(page);

  const candidate = await db.candidate.findUniqueOrThrow({ where: { email }, include: { demographics: true } });
  expect(candidate).toMatchObject({ region: "SOUTHWEST", situation: "VETERAN", regionsOfInterest: ["SOUTHWEST"] });
  expect(candidate.demographics).toMatchObject({ veteranStatus: "VETERAN" });

  // The confirmation email carries the private link; on the phone it opens the profile, filled in.
  const mail = await waitForEmail(email, (m) => m.subject === "We received your interest in a BMET apprenticeship");
  const link = mail.text.match(/https?:\/\/\S+\/apprentices\/profile\/[A-Za-z0-9._-]+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "Your profile, Casey" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByLabel("City")).toHaveValue("San Antonio");
  await expect(page.getByRole("checkbox", { name: /Southwest/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: "I am a veteran" })).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel("ZIP code").fill("7820");
  await page.getByRole("button", { name: "Save my changes" }).click();
  await expect(page.getByText(/Enter a 5-digit ZIP code/)).toBeVisible();
  await page.getByLabel("City").fill("El Paso");
  await page.getByLabel("ZIP code").fill("79901");
  await page.getByRole("checkbox", { name: /West \(San Francisco/ }).check();
  await page.getByRole("button", { name: "Save my changes" }).click();
  await expect(page.getByText("Your changes are saved.")).toBeVisible();
  await expect(page.getByLabel("City")).toHaveValue("El Paso");
  expect(
    await db.candidate.findUniqueOrThrow({ where: { email }, select: { city: true, regionsOfInterest: true } }),
  ).toEqual({ city: "El Paso", regionsOfInterest: ["SOUTHWEST", "WEST"] });

  // Withdrawing hides the profile from employers at once; the page says so.
  await page.getByRole("button", { name: "Withdraw my profile" }).click();
  await expect(page.getByText("Withdrawn: employers cannot see your profile")).toBeVisible();
  await expectAccessible(page);
  expect((await db.candidate.findUniqueOrThrow({ where: { email } })).withdrawnAt).not.toBeNull();

  // Only the owner's link shares it again.
  await page.getByRole("button", { name: "Share my profile again" }).click();
  await expect(page.getByText("Your profile is shared with employer partners again.")).toBeVisible();
  expect((await db.candidate.findUniqueOrThrow({ where: { email } })).withdrawnAt).toBeNull();
});

// Apart from the journey above so neither runs near its time limit on a busy machine.
test("sending the interest form again with the same address changes nothing and emails a new link that revokes the old one, until its owner signs it out", async ({
  page,
  db,
}) => {
  const email = `casey.${randomUUID().slice(0, 8)}@example.test`;
  await sendInterest(page, email);
  const mail = await waitForEmail(email, (m) => m.subject === "We received your interest in a BMET apprenticeship");
  const link = mail.text.match(/https?:\/\/\S+\/apprentices\/profile\/[A-Za-z0-9._-]+/)?.[0];
  expect(link, mail.text).toBeTruthy();

  // Sending the form again with the same address changes nothing: the same confirmation, and the owner is emailed a
  // new link, which revokes the one in use.
  await page.goto("/apprentices/interest");
  await sendInterestForm(page, {
    email: email.toUpperCase(),
    city: "Austin",
    willingToRelocate: false,
    education: "ASSOCIATE",
    situation: "Veteran",
  });
  const again = await waitForEmail(email, (m) => m.subject.includes("the interest form was sent again"));
  expect(
    await db.candidate.findMany({
      where: { email },
      select: { city: true, willingToRelocate: true, withdrawnAt: true },
    }),
  ).toEqual([{ city: "San Antonio", willingToRelocate: true, withdrawnAt: null }]);
  await page.goto(link!);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // The new link works until its owner signs it out.
  const newLink = again.text.match(/https?:\/\/\S+\/apprentices\/profile\/[A-Za-z0-9._-]+/)?.[0];
  await page.goto(newLink!);
  await page.getByRole("button", { name: "Sign out this link" }).click();
  await expect(page.getByText("Your link is signed out")).toBeVisible();
  await expectAccessible(page);
  await page.goto(newLink!);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});

test("on a phone the interest form comes in four short steps with thumb-sized targets, and a refused answer is shown and focused", async ({
  page,
  db,
}) => {
  const email = `jordan.${randomUUID().slice(0, 8)}@example.test`;
  await page.goto("/apprentices/interest");
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
  await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Where you would work/ })).toBeHidden();
  expect(await smallTapTargets(page)).toEqual([]);

  // Next checks only this step, with the form's own schema, and puts the keyboard on its first refused field.
  await page.getByLabel("First name").fill("Jordan");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Enter your last name.")).toBeVisible();
  await expect(page.getByLabel("Last name")).toBeFocused();
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
  await expectAccessible(page);
  await fillAboutYou(page, { email, city: "Tucson" });
  await nextStep(page, 2);
  await expect(page.getByRole("heading", { name: "Where you would work and your background" })).toBeFocused();
  expect(await smallTapTargets(page)).toEqual([]);
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("radio", { name: /Yes, I would move/ })).toBeFocused();
  await page.getByRole("radio", { name: /Yes, I would move/ }).check();
  await page.getByLabel("Highest education").selectOption("HIGH_SCHOOL");
  await page.getByRole("radio", { name: "Student", exact: true }).check();

  // Back keeps what was typed.
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
  await expect(page.getByLabel("City")).toHaveValue("Tucson");
  await nextStep(page, 2);
  await nextStep(page, 3);
  expect(await smallTapTargets(page)).toEqual([]);
  await page.getByLabel(/AAMI may share my profile/).check();
  await nextStep(page, 4);
  expect(await smallTapTargets(page)).toEqual([]);
  await expectAccessible(page);

  // No click leaves an earlier step invalid (Next checks each), so a script empties a field of step 1, as autofill
  // or an extension might. Sending then lists the problem at the top and opens the step that holds it.
  await page.getByLabel("City").evaluate((input: HTMLInputElement) => {
    input.value = "";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Send my interest" }).click();
  const summary = page.getByRole("region", { name: "One answer needs your attention" });
  await expect(summary.getByRole("link", { name: "Enter your city." })).toHaveAttribute("href", "#city");
  await expect(page.getByText("Step 1 of 4")).toBeVisible();
  await expect(page.getByLabel("City")).toBeFocused();
  expect(await smallTapTargets(page)).toEqual([]);
  await expectAccessible(page);
  await page.getByLabel("City").fill("Tucson");
  await nextStep(page, 2);
  await nextStep(page, 3);
  await nextStep(page, 4);
  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your interest is saved" })).toBeVisible();
  expect(await db.candidate.findUniqueOrThrow({ where: { email }, select: { city: true, situation: true } })).toEqual({
    city: "Tucson",
    situation: "STUDENT",
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the interest form is one page that lists what to fix at the top, starts on the first refused field and sends", async ({
    page,
    db,
  }) => {
    const email = `riley.${randomUUID().slice(0, 8)}@example.test`;
    await page.goto("/apprentices/interest");
    for (const step of [1, 2, 3, 4]) await expect(page.getByText(`Step ${step} of 4`)).toBeVisible();
    await expect(page.getByRole("button", { name: "Next" })).toHaveCount(0);
    expect(await smallTapTargets(page)).toEqual([]);

    await page.getByLabel("First name").fill("Riley");
    await page.getByRole("textbox", { name: /^Email/ }).fill(email);
    await page.getByRole("button", { name: "Send my interest" }).click();

    // The server's answer: every refused field linked in page order, the keyboard on the first of them.
    const summary = page.getByRole("region", { name: /answers need your attention/ });
    const links = summary.getByRole("link");
    await expect(links.first()).toHaveText("Enter your last name.");
    await expect(links.first()).toHaveAttribute("href", "#lastName");
    await expect(summary.getByRole("link", { name: /Say whether you would move/ })).toHaveAttribute(
      "href",
      "#willingToRelocate-yes",
    );
    await expect(links.last()).toHaveText(/Tick the box so AAMI may share your profile/);
    await expect(page.getByLabel("Last name")).toBeFocused();
    await expect(page.getByLabel("First name")).toHaveValue("Riley");
    // (axe needs JavaScript in the page; the summary is checked with axe in the test above.)
    expect(await smallTapTargets(page)).toEqual([]);

    await page.getByLabel("Last name").fill("Okafor");
    await page.getByLabel("City").fill("Duluth");
    await page.getByRole("combobox", { name: /^State/ }).selectOption("MN");
    await page.getByLabel("ZIP code").fill("55802");
    await page.getByRole("radio", { name: /No, only near where I live/ }).check();
    await page.getByLabel("Highest education").selectOption("SOME_COLLEGE");
    await page.getByRole("radio", { name: "Looking for work", exact: true }).check();
    await page.getByLabel(/AAMI may share my profile/).check();
    await page.getByRole("button", { name: "Send my interest" }).click();
    await expect(page.getByRole("heading", { name: "Thank you: your interest is saved" })).toBeVisible();
    expect(await db.candidate.findUniqueOrThrow({ where: { email }, select: { lastName: true, city: true } })).toEqual({
      lastName: "Okafor",
      city: "Duluth",
    });
  });
});
