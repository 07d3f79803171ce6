import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { apprentice, employer, uniqueSsn } from "../support/apprentices";
import { parseCsv } from "../support/csv";
import { createUser } from "../support/factories";
import { apprenticeTabProblems, columnOf, readWorkbook, unresolvedIdentifiers } from "../support/rapids-workbook";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { test, expect, expectAccessible } from "./support/fixtures";

test("staff administrators record an employer's RAPIDS id, then download the RAPIDS workbook and the CSV", async ({
  page,
  db,
  signInAs,
}) => {
  const tag = randomUUID().slice(0, 8);
  const { ssn, last4 } = uniqueSsn();
  const org = await employer(db);
  await apprentice(db, org.id, `Upload ${tag}`, "APPROVED", ssn);
  await apprentice(db, org.id, `Later ${tag}`, "REGISTERED");
  await signInAs((await createUser(db, { staffRole: "STAFF_ADMIN" })).id);
  const rapidsEmployerId = `E-${tag.toUpperCase()}`;

  // RAPIDS has assigned the employer an id: staff record it on the employer's page.
  await page.goto(`/staff/employers/${org.id}`);
  const rapids = page.getByRole("region", { name: "RAPIDS" });
  await expect(rapids.getByText(`PORTAL-EMP-${org.id}`)).toBeVisible();
  await rapids.getByRole("textbox", { name: /^RAPIDS employer id/ }).fill("not valid!");
  await rapids.getByRole("button", { name: "Record the RAPIDS employer id" }).click();
  await expect(rapids.getByText(/up to 20 letters, digits and hyphens/).first()).toBeVisible();
  await rapids.getByRole("textbox", { name: /^RAPIDS employer id/ }).fill(rapidsEmployerId);
  await rapids.getByRole("button", { name: "Record the RAPIDS employer id" }).click();
  await expect(rapids.getByRole("definition").filter({ hasText: rapidsEmployerId }).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Apprentices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Apprentices for DOL" })).toBeVisible();
  // Other tests' apprentices share this database and may start earlier: staff find theirs by name.
  const search = page.getByRole("search", { name: "Find apprentices for DOL" });
  await search.getByRole("searchbox", { name: /^Apprentice or employer/ }).fill(`Upload ${tag}`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/of 1 apprentice matching/)).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`Upload ${tag}`) });
  await expect(row.getByText(`***-**-${last4}`)).toBeVisible();
  await expect(page.getByText(ssn)).toHaveCount(0);
  await expectAccessible(page);

  const workbookButton = page.getByRole("button", {
    name: "Download RAPIDS workbook (.xlsx) of the ticked apprentices",
  });
  await workbookButton.click();
  await expect(page.getByText("Tick at least one apprentice to put in the file.")).toBeVisible();
  await expectAccessible(page);

  // The workbook: every tab, and the apprentice's employer (by its RAPIDS id), provider and schedule are rows there.
  await page.getByRole("checkbox", { name: `Sam Upload ${tag}` }).check();
  const [workbook] = await Promise.all([page.waitForEvent("download"), workbookButton.click()]);
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = await readWorkbook(await readFile(await workbook.path()));
  expect(unresolvedIdentifiers(book)).toEqual([]);
  expect(apprenticeTabProblems(book)).toEqual([]);
  expect(columnOf(book["Apprentice"]!, "Employer")).toEqual([rapidsEmployerId]);
  expect(columnOf(book["Employer"]!, "Employer")).toEqual([rapidsEmployerId]);

  // The Apprentice tab alone, as CSV.
  await page.getByRole("checkbox", { name: `Sam Upload ${tag}` }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the Apprentice tab only (.csv)" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
  const rows = parseCsv(csv).slice(1);
  expect(rows.map((r) => r[2])).toEqual([`Upload ${tag}`]);
  expect(csv).toContain(ssn);
  expect(rows[0]).toContain(rapidsEmployerId);
});
