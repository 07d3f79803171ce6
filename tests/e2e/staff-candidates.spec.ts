import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createCandidate } from "../support/factories";
import { parseCsv } from "../support/csv";
import { test, expect, expectAccessible, createUser } from "./support/fixtures";

test("staff filter the candidates, mark one contacted with a note, and export the filtered list as CSV", async ({
  page,
  db,
  signInAs,
}) => {
  // Four axe runs over staff pages that list the whole shared database: 55–60 s on a busy 2-core machine, at the
  // default limit.
  test.setTimeout(120_000);
  // The database is shared with every other spec: this test's candidates share a surname no one else has.
  const tag = randomUUID().slice(0, 8);
  const surname = `Quillfeather${tag}`;
  const staff = await createUser(db, { staffRole: "STAFF_REVIEWER", name: `Sam Staff ${tag}` });
  await createCandidate(db, {
    firstName: "Marisol",
    lastName: surname,
    state: "NM",
    situation: "VETERAN",
    educationLevel: "MILITARY_TRAINING",
    selfId: { veteranStatus: "VETERAN", ethnicity: "HISPANIC" },
  });
  await createCandidate(db, { firstName: "Tobias", lastName: surname, state: "OR", situation: "STUDENT" });
  await createCandidate(db, { firstName: "Wren", lastName: surname, state: "NM", withdrawnAt: new Date() });
  await signInAs(staff.id);

  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Candidates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidates" })).toBeVisible();

  // Filters: a plain GET form, so the URL carries them.
  await page.getByLabel("Search").fill(surname);
  await page.getByLabel("State").selectOption({ label: "New Mexico" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${surname}.*state=NM`));
  await expect(page.getByText(`Showing 1–1 of 1 candidate matching “${surname}”, in New Mexico.`)).toBeVisible();
  const results = page.getByRole("table", { name: "Candidates, newest first" });
  await expect(results.getByRole("link", { name: `Marisol ${surname}` })).toBeVisible();
  await expect(results.getByText("Military technical training")).toBeVisible();
  await expect(page.getByText(`Tobias ${surname}`)).toHaveCount(0);
  await expect(page.getByText(`Wren ${surname}`)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Include candidates who withdrew").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(results.getByRole("row", { name: new RegExp(`Wren ${surname}.*Withdrawn`) })).toBeVisible();

  await page.getByLabel("Search").fill(`${surname}-nobody`);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText(/No candidate matches these filters/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "clear the filters" }).click();
  await expect(page).toHaveURL(/\/staff\/candidates$/);

  // The candidate's page: the status form refuses an empty choice in the browser, then saves with a note.
  await page.getByLabel("Search").fill(`marisol ${surname}`);
  await page.keyboard.press("Enter");
  await page.getByRole("link", { name: `Marisol ${surname}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Marisol ${surname}` })).toBeVisible();
  const selfId = page.getByRole("region", { name: /Voluntary self-identification/ });
  await expect(selfId.getByText("Hispanic or Latino")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByText("Choose the new status.")).toBeVisible();
  await page.getByRole("radio", { name: "Contacted" }).check();
  await page.getByLabel("Note (optional)").fill(`Left a voicemail (${tag}).`);
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByText("Saved. The status is now contacted.")).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").first()).toContainText(`Status changed to contacted by Sam Staff ${tag}`);
  await expect(history.getByText(`Left a voicemail (${tag}).`)).toBeVisible();
  // The form starts over for the new status: "Contacted" is no longer offered.
  await expect(page.getByRole("radio", { name: "Contacted" })).toHaveCount(0);
  await expectAccessible(page);

  // The export carries the list's filters and holds no self-identification answer.
  await page.goto(`/staff/candidates?q=${surname}&withdrawn=include`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^candidates-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  const [header, ...rows] = parseCsv(text);
  const column = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => [r[column("First name")], r[column("Status")], r[column("Withdrawn (UTC)")] !== ""])).toEqual([
    ["Wren", "New", true],
    ["Tobias", "New", false],
    ["Marisol", "Contacted", false],
  ]);
  expect(rows[2]![column("Education")]).toBe("Military technical training");
  expect(text).not.toContain("Hispanic");
  expect(text).not.toContain("HISPANIC");
});

test("a staff administrator deletes a candidate at their request; only anonymous counts of their answers remain", async ({
  page,
  db,
  signInAs,
}) => {
  const tag = randomUUID().slice(0, 8);
  const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
  const candidate = await createCandidate(db, {
    firstName: "Ottoline",
    lastName: `Brightwater${tag}`,
    state: "AK",
    selfId: { sex: "FEMALE", races: ["PACIFIC_ISLANDER"], disability: "YES" },
  });
  // The database is shared with other specs: compare this region's counts before and after.
  const count = (question: "SEX" | "RACE" | "DISABILITY", answer: string) =>
    db.candidateSelfIdTally
      .aggregate({ where: { region: "WEST", question, answer }, _sum: { count: true } })
      .then((r) => r._sum.count ?? 0);
  const before = [
    await count("SEX", "FEMALE"),
    await count("RACE", "PACIFIC_ISLANDER"),
    await count("DISABILITY", "YES"),
  ];
  await signInAs(admin.id);

  await page.goto(`/staff/candidates/${candidate.id}`);
  await page.getByLabel("The candidate asked AAMI to delete their data.").check();
  await page.getByRole("button", { name: "Delete this candidate" }).click();
  await expect(page.getByText("The candidate is deleted.")).toBeVisible();
  expect(await db.candidate.count({ where: { id: candidate.id } })).toBe(0);
  expect([
    await count("SEX", "FEMALE"),
    await count("RACE", "PACIFIC_ISLANDER"),
    await count("DISABILITY", "YES"),
  ]).toEqual(before.map((n) => n + 1));

  await page.goto("/staff");
  const sex = page.getByRole("table", { name: "Deleted candidates by answer to “Sex” and home region" });
  // Regions in their table order; the West's column is the sixth.
  await expect(
    sex
      .getByRole("row", { name: /^Female/ })
      .getByRole("cell")
      .nth(5),
  ).toHaveText(String(before[0]! + 1));
  await expect(page.getByText(`Brightwater${tag}`)).toHaveCount(0);
  await expectAccessible(page);
});
