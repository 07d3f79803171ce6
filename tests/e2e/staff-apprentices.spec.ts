import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { apprentice, employer, uniqueSsn } from "../support/apprentices";
import { parseCsv } from "../support/csv";
import { createUser } from "../support/factories";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";
import { test, expect, expectAccessible } from "./support/fixtures";

test("staff administrators tick apprentices and download their RAPIDS file, which conforms to DOL's schema", async ({
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

  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Apprentices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Apprentices for DOL" })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`Upload ${tag}`) });
  await expect(row.getByText(`***-**-${last4}`)).toBeVisible();
  await expect(page.getByText(ssn)).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Download RAPIDS file of the ticked apprentices" }).click();
  await expect(page.getByText("Tick at least one apprentice to put in the file.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("checkbox", { name: `Sam Upload ${tag}` }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download RAPIDS file of the ticked apprentices" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA))).toEqual([]);
  const rows = parseCsv(csv).slice(1);
  expect(rows.map((r) => r[2])).toEqual([`Upload ${tag}`]);
  expect(csv).toContain(ssn);
});
