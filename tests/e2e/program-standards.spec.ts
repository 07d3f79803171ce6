import { readFileSync } from "node:fs";
import { createUser } from "../support/factories";
import { test, expect, expectAccessible } from "./support/fixtures";
import { followNavLink } from "./support/journey";

// A staff administrator replaces the SAMPLE work-process schedule with AAMI's: a draft, an import whose preview
// names the line of an error, the fixed file, its preview, and publishing. The schedule keeps version 1's keys and
// hours, so employers of tests running alongside see the same credit.
const EXAMPLE = readFileSync("public/standards/work-process-schedule-example.csv", "utf8");
const BROKEN = EXAMPLE.replace("SAFETY,,,1.02,", "SAFETY,,,1.01,");
const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

test("a staff administrator imports AAMI's schedule through its preview and publishes version 2", async ({
  page,
  db,
  signInAs,
}) => {
  // Four axe runs over pages carrying the whole schedule (its preview too): about 60 s on a busy 2-core machine,
  // where the default 60 s limit stopped it at the last one.
  test.setTimeout(120_000);
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  await signInAs(admin.id);
  await page.goto("/staff");
  await followNavLink(page, "Standards");
  await expect(page.getByRole("heading", { level: 1, name: "Program standards" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Current standards: version 1" })).toBeVisible();
  await expect(page.getByText("SAMPLE").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Start version 2 from version 1" }).click();
  await expect(page.getByRole("heading", { name: "Draft: version 2" })).toBeVisible();
  await page.getByLabel("AAMI's program registration number").fill("TEST-E2E-0001");
  await page.getByLabel("Date the program was registered").fill("2021-06-15");
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByText("The draft is saved.")).toBeVisible();

  await page.getByLabel("Work-process schedule (.csv or .json)").setInputFiles(csv("aami-schedule.csv", BROKEN));
  await page.getByRole("button", { name: "Check and preview" }).click();
  await expect(page.getByText("Line 3: The skill 1.01 appears twice: also on line 2.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Work-process schedule (.csv or .json)").setInputFiles(csv("aami-schedule.csv", EXAMPLE));
  await page.getByRole("button", { name: "Check and preview" }).click();
  await expect(page.getByRole("heading", { name: "Preview: aami-schedule.csv" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Replace the draft's schedule with this one" }).click();
  await expect(page.getByRole("heading", { name: "Preview: aami-schedule.csv" })).toBeHidden();

  await page.getByLabel(/I have checked version 2/).check();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByText("Version 2 is published: it is now the program's standards.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Current standards: version 2" })).toBeVisible();
  await expect(page.getByText("TEST-E2E-0001")).toBeVisible();
  await expectAccessible(page);
});
