import { expect, type Page } from "@playwright/test";

// The public interest form (/apprentices/interest) as a candidate walks it with JavaScript: one part at a time.

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
