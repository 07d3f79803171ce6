import { expect, type Page } from "@playwright/test";

// The public interest form (/apprentices/interest) as a candidate walks it with JavaScript: one part at a time.

/** What a candidate answers on the form, where a test cares; the rest takes the defaults below. */
export interface InterestAnswers {
  email: string;
  city: string;
  firstName?: string;
  lastName?: string;
  /** A state's two-letter code. */
  state?: string;
  zip?: string;
  willingToRelocate: boolean;
  /** The labels of the regions of interest to tick. */
  regions?: RegExp[];
  /** A value of the "Highest education" list. */
  education: string;
  /** The exact label of the situation radio ("Veteran", "Employed", …). */
  situation: string;
}

/** Fills step 1, "About you". */
export async function fillAboutYou(
  page: Page,
  answers: Pick<InterestAnswers, "email" | "city" | "firstName" | "lastName" | "state" | "zip">,
) {
  await page.getByLabel("First name").fill(answers.firstName ?? "Casey");
  await page.getByLabel("Last name").fill(answers.lastName ?? "Nguyen");
  await page.getByRole("textbox", { name: /^Email/ }).fill(answers.email);
  await page.getByLabel("City").fill(answers.city);
  await page.getByRole("combobox", { name: /^State/ }).selectOption(answers.state ?? "TX");
  await page.getByLabel("ZIP code").fill(answers.zip ?? "78205");
}

/**
 * Answers every required question of the form already on screen, sends it and waits for the thank-you page: the
 * first send of a test about what follows it.
 */
export async function sendInterestForm(page: Page, answers: InterestAnswers) {
  await fillAboutYou(page, answers);
  await nextStep(page, 2);
  await page
    .getByRole("radio", { name: answers.willingToRelocate ? /Yes, I would move/ : /No, only near where I live/ })
    .check();
  for (const region of answers.regions ?? []) await page.getByRole("checkbox", { name: region }).check();
  await page.getByLabel("Highest education").selectOption(answers.education);
  await page.getByRole("radio", { name: answers.situation, exact: true }).check();
  await nextStep(page, 3);
  await page.getByLabel(/AAMI may share my profile/).check();
  await nextStep(page, 4);
  await page.getByRole("button", { name: "Send my interest" }).click();
  await expect(page.getByRole("heading", { name: "Thank you: your interest is saved" })).toBeVisible();
}

/** Moves on with the part's Next button and waits until the next part shows its "Step n of 4". */
export async function nextStep(page: Page, step: number) {
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(`Step ${step} of 4`)).toBeVisible();
}

/**
 * Every control in the form that is on screen and smaller than 44 × 44 px, as "what (width×height)". A checkbox or
 * radio button counts as its label's row, which must also hold the box itself.
 */
export async function smallTapTargets(page: Page) {
  return page.locator("main form").evaluate((form) => {
    const controls = form.querySelectorAll<HTMLElement>(
      "input:not([type=hidden]), select, textarea, button, a, summary",
    );
    const small: string[] = [];
    for (const control of controls) {
      if (control.closest("[aria-hidden=true]") || control.getClientRects().length === 0) continue;
      const box = control.getBoundingClientRect();
      let target = box;
      if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
        const label = control.labels?.[0];
        target = label?.getBoundingClientRect() ?? box;
        const holdsBox = label && box.top >= target.top && box.bottom <= target.bottom && box.left >= target.left;
        if (!holdsBox) small.push(`${control.id}: its label does not hold the box`);
      }
      if (target.width < 44 || target.height < 44) {
        const name = control.id || control.textContent?.trim() || control.tagName;
        small.push(`${name} (${Math.round(target.width)}×${Math.round(target.height)})`);
      }
    }
    return small;
  });
}
