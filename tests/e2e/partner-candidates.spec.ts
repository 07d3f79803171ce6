import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { addMember, approvedVersionOne, createCandidate } from "../support/factories";
import { test, expect, expectAccessible, waitForEmail } from "./support/fixtures";

// Employer partners at /candidates. The database is shared with every other spec, so each test makes its own
// candidates with a tag in their names and finds them by searching for it.

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test("an approved employer's member filters candidates, opens one, sees contact details and sends interest", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const tag = `Zq${randomUUID().slice(0, 6)}`;
  await approvedVersionOne(db, tenant.org.id, tenant.owner.id);
  const avery = await createCandidate(db, {
    firstName: "Avery",
    lastName: `Okafor ${tag}`,
    email: `avery.${tag.toLowerCase()}@example.test`,
    phone: "414-555-0142",
    city: "Milwaukee",
    situation: "VETERAN",
    educationLevel: "MILITARY_TRAINING",
    willingToRelocate: true,
    experienceTags: ["military-biomedical"],
    demographics: { create: { sex: "SELFID-SEX-E2E", races: ["SELFID-RACE-E2E"], disability: "SELFID-DIS-E2E" } },
  });
  await createCandidate(db, { firstName: "Blake", lastName: `Santos ${tag}`, situation: "STUDENT" });
  const member = await addMember(db, tenant.org.id, "MEMBER");
  await signInAs(member.user.id);

  await page.goto("/onboarding");
  await mainNav(page).getByRole("link", { name: "Candidates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidates" })).toBeVisible();
  await expect(page.getByText("sees candidates who live in or want to work in the Midwest")).toBeVisible();

  // The filters are a plain form: typing and pressing Enter searches.
  await page.getByRole("searchbox", { name: "Name or city" }).fill(tag);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Showing 1–2 of 2 candidates matching these filters.")).toBeVisible();
  await expect(page.getByRole("cell", { name: `Avery Okafor ${tag}` })).toBeVisible();
  await expect(page.getByText(avery.email)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Situation").selectOption("VETERAN");
  await page.getByLabel("Only candidates willing to relocate").check();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("Showing 1–1 of 1 candidate matching these filters.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Blake Santos ${tag}` })).toHaveCount(0);

  // The export has the contact details and none of the self-identification answers.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Download this candidate \(CSV\)/ }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv).toContain(avery.email);
  expect(csv).not.toContain("Santos");
  expect(csv).not.toContain("SELFID");

  await page.getByRole("searchbox", { name: "Name or city" }).fill(`${tag} nobody`);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("No candidate matches these filters", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "clear the filters" }).click();
  await expect(page).toHaveURL(/\/candidates$/);

  // The profile: contact details, the notice that views are logged, and the interest form.
  await page.goto(`/candidates?q=${tag}&situation=VETERAN`);
  await page.getByRole("link", { name: `Avery Okafor ${tag}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Avery Okafor ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: avery.email })).toHaveAttribute("href", `mailto:${avery.email}`);
  await expect(page.getByRole("link", { name: "414-555-0142" })).toBeVisible();
  await expect(page.getByText("Views of candidate profiles are logged.")).toBeVisible();
  await expect(page.getByText("SELFID")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Send interest" }).click();
  await expect(page.getByText(/Write at least 20 characters/)).toBeVisible();
  await expect(page.getByLabel("Message to Avery")).toBeFocused();
  const message = `Hello Avery, we have a BMET apprentice opening in Madison (${tag}). Call 608-555-0100.`;
  await page.getByLabel("Message to Avery").fill(message);
  await page.getByRole("button", { name: "Send interest" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interest sent" })).toBeVisible();
  await expect(page.getByText(`by ${member.user.name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Send interest" })).toHaveCount(0);
  await expectAccessible(page);

  const mail = await waitForEmail(avery.email, (m) => m.subject.startsWith(tenant.org.legalName));
  expect(mail.subject).toBe(`${tenant.org.legalName} is interested in you for a BMET apprenticeship`);
  expect(mail.text).toContain(message);
  expect(mail.text).toContain(member.user.email);
  // Opening the profile twice (before and after sending), the export, and every list that showed Avery (the two
  // filtered lists, at least, and the one the profile was opened from) are each logged.
  const views = await db.candidateView.groupBy({
    by: ["kind"],
    where: { candidateId: avery.id, organizationId: tenant.org.id },
    _count: { _all: true },
  });
  const viewsOf = (kind: string) => views.find((v) => v.kind === kind)?._count._all ?? 0;
  expect([viewsOf("PROFILE"), viewsOf("EXPORT")]).toEqual([2, 1]);
  expect(viewsOf("LIST")).toBeGreaterThanOrEqual(3);
});

test("a member of an organization AAMI has not approved is told why, and sees no candidates", async ({
  page,
  db,
  tenant,
  signInAs,
}) => {
  const candidate = await createCandidate(db, { firstName: "Casey", lastName: `Unseen${randomUUID().slice(0, 6)}` });
  await signInAs(tenant.owner.id);
  await page.goto("/onboarding");
  await expect(mainNav(page).getByRole("link", { name: "Checklist" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Candidates" })).toHaveCount(0);

  for (const path of ["/candidates", `/candidates/${candidate.id}`]) {
    await page.goto(path);
    await expect(page.getByText("Candidates are available once AAMI approves your organization")).toBeVisible();
    await expect(page.getByText(candidate.lastName)).toHaveCount(0);
    await expect(page.getByText(candidate.email)).toHaveCount(0);
  }
  await expectAccessible(page);
  await page.getByRole("link", { name: "Go to your checklist" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);
  // This organization saw nothing (approved partners browsing at the same time may list the candidate).
  expect(await db.candidateView.count({ where: { candidateId: candidate.id, organizationId: tenant.org.id } })).toBe(0);
});
