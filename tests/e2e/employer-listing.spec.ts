import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { approvedVersionOne } from "../support/factories";
import { drawImage } from "../support/images";
import { test, expect, expectAccessible, createUser } from "./support/fixtures";
import { followNavLink } from "./support/journey";

// The participating-employer listing, from the employer's settings to the home page, and staff hiding it. The
// database is shared with every other spec, so each test finds its own organization by a tag in its name.

const employersSection = (page: Page) => page.getByRole("region", { name: "Participating employers" });

test("an approved employer lists itself with a logo, by keyboard, and the home page shows it", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const name = `Lakeshore ${randomUUID().slice(0, 6)} Health`;
  await approvedVersionOne(db, tenant.org.id, tenant.owner.id);
  await signInAs(tenant.owner.id);

  await page.goto("/onboarding");
  await followNavLink(page, "Listing");
  await expect(page.getByRole("heading", { level: 1, name: "Home page listing" })).toBeVisible();
  await expect(page.getByText("Your organization is not listed on the home page.")).toBeVisible();
  await expectAccessible(page);

  // Keyboard only: the radio by Space, the fields by typing, the form sent with Enter.
  await page.getByLabel("Yes, list us among the participating employers").focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Name to show").fill(name);
  await page.getByLabel("City").fill("Madison");
  await page.getByLabel("State").selectOption("WI");
  // Only the server can tell a renamed text file from a PNG; its message sits next to the field.
  await page.getByLabel("Logo").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from("This is a text file renamed to .png"),
  });
  await page.getByLabel("City").press("Enter");
  await expect(page.locator("#logo-error")).toHaveText("Upload the logo as a PNG, JPEG or WebP image.");
  await expect(page.getByLabel("Logo")).toBeFocused();
  await expectAccessible(page);

  // An 800 × 400 PNG: the preview shows it at once, and it is stored shrunk to 400 × 200.
  await page.getByLabel("Logo").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: await drawImage("png", 800, 400),
  });
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name })).toBeVisible();
  await expect(preview.getByText("Madison, WI")).toBeVisible();
  await expect(preview.getByRole("img", { name })).toBeVisible();
  await page.getByLabel("Name to show").press("Enter");
  await expect(page.getByText("Your listing settings were saved.")).toBeVisible();
  await expect(page.getByText("Your organization is listed on the home page.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove logo" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/");
  const card = employersSection(page).getByRole("listitem").filter({ hasText: name });
  await expect(card.getByRole("heading", { name })).toBeVisible();
  await expect(card.getByText("Madison, WI")).toBeVisible();
  const logo = card.getByRole("img", { name });
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
  const response = await page.request.get((await logo.getAttribute("src"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff" });
  await expectAccessible(page);
});

test("a staff administrator hides a listing and the home page stops showing it", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const name = `Alamo ${randomUUID().slice(0, 6)} Hospital`;
  await approvedVersionOne(db, tenant.org.id, tenant.owner.id);
  await db.organization.update({
    where: { id: tenant.org.id },
    data: { listingOptIn: true, listingDisplayName: name, listingCity: "San Antonio", listingState: "TX" },
  });
  await page.goto("/");
  await expect(employersSection(page).getByRole("heading", { name })).toBeVisible();

  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  await signInAs(admin.id);
  await page.goto(`/staff/employers/${tenant.org.id}`);
  const listing = page.getByRole("region", { name: "Home page listing" });
  await expect(listing.getByText("Shown on the home page")).toBeVisible();
  await expectAccessible(page);
  await listing.getByRole("button", { name: "Hide the listing" }).click();
  await expect(listing.getByText("Hidden by AAMI staff")).toBeVisible();
  await expect(listing.getByRole("button", { name: "Show the listing again" })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/");
  await expect(employersSection(page)).toBeVisible();
  await expect(employersSection(page).getByRole("heading", { name })).toHaveCount(0);
});
