import ExcelJS from "exceljs";
import { csvLine } from "@/lib/csv";
import { TAB_NAMES } from "@/lib/rapids/workbook";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "./tableschema";

// Reads a RAPIDS workbook back with exceljs, as the tests see it: each tab's header and rows as text.

export type Tab = { header: string[]; rows: string[][] };

const text = (value: ExcelJS.CellValue): string =>
  value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);

export async function readWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Record<string, Tab>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes instanceof Uint8Array ? bytes.slice().buffer : bytes);
  const tabs: Record<string, Tab> = {};
  workbook.eachSheet((sheet) => {
    const width = sheet.getRow(1).cellCount;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => text(row.getCell(i + 1).value))));
    tabs[sheet.name] = { header: rows[0] ?? [], rows: rows.slice(1) };
  });
  return tabs;
}

/** One column of a tab, by its header. */
export const columnOf = (tab: Tab, name: string) => {
  const i = tab.header.indexOf(name);
  if (i < 0) throw new Error(`no column ${name} in [${tab.header.join(", ")}]`);
  return tab.rows.map((r) => r[i]!);
};

/**
 * Every identifier that names a row of another tab and finds none, as "tab column value" (empty when they all
 * resolve), and identifiers that name two rows of their own tab.
 */
export function unresolvedIdentifiers(book: Record<string, Tab>): string[] {
  const tab = (name: string) => {
    const t = book[name];
    if (!t) throw new Error(`no tab ${name}`);
    return t;
  };
  const keys = (name: string) => columnOf(tab(name), tab(name).header[0]!);
  const problems: string[] = [];
  for (const name of [TAB_NAMES.employer, TAB_NAMES.occupation, TAB_NAMES.providers, TAB_NAMES.wageSchedules]) {
    const seen = keys(name);
    if (new Set(seen).size !== seen.length) problems.push(`${name}: an identifier names two rows`);
  }
  const check = (from: string, column: string, to: string) => {
    const known = new Set(keys(to));
    for (const value of columnOf(tab(from), column)) {
      if (!known.has(value)) problems.push(`${from} ${column} ${value || "(empty)"}`);
    }
  };
  check(TAB_NAMES.apprentice, "Employer", TAB_NAMES.employer);
  check(TAB_NAMES.apprentice, "Occupation", TAB_NAMES.occupation);
  check(TAB_NAMES.apprentice, "Related Technical Instruction Provider", TAB_NAMES.providers);
  check(TAB_NAMES.apprentice, "Wage Schedule", TAB_NAMES.wageSchedules);
  check(TAB_NAMES.wageSchedules, "Employer", TAB_NAMES.employer);
  check(TAB_NAMES.wageSchedules, "Occupation", TAB_NAMES.occupation);
  check(TAB_NAMES.wageScheduleSteps, "Wage Schedule", TAB_NAMES.wageSchedules);
  return problems;
}

/** The workbook's Apprentice tab checked against DOL's table schema, as the CSV is. */
export function apprenticeTabProblems(book: Record<string, Tab>) {
  const apprentice = book[TAB_NAMES.apprentice]!;
  const csv = [apprentice.header, ...apprentice.rows].map(csvLine).join("");
  return tableSchemaProblems(csv, readTableSchema(RAPIDS_TABLESCHEMA));
}
