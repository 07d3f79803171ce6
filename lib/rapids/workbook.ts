import ExcelJS from "exceljs";
import { RAPIDS_HEADER, rapidsRow, type RapidsApprentice } from "@/lib/rapids/csv";
import type { CsvValue } from "@/lib/csv";
import { BASIS_UNIT, wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { PROGRAM } from "@/lib/program";
import { OCCUPATION_IDENTIFIER, isPortalId } from "@/lib/rapids/ids";

// DOL's RAPIDS bulk upload as the whole workbook: the Apprentice tab (the 42 columns of the public table schema,
// the same rows as the CSV) and the tabs its identifier columns point into: Employer, Occupation, RTI Providers and
// Wage Schedules, plus Wage Schedule Steps (the schedule's periods, one row each, so a schedule stays one row of
// its tab). The public specification defines only the Apprentice tab; the other tabs' columns are the portal's
// choice from RAPIDS' data model (the ETA-671 registration fields), documented in README.md "RAPIDS export".
// Every identifier written in the Apprentice tab is a row of the tab it names; tests parse the file back to check.
// Pure: the records in, the .xlsx bytes out (written by exceljs; cells are values, never formulas, so text a person
// typed cannot run in a spreadsheet).

export type RapidsEmployer = {
  identifier: string;
  legalName: string;
  dbaName: string | null;
  ein: string | null;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  county: string;
  state: string;
  postalCode: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

export type RapidsProvider = {
  identifier: string;
  name: string;
  providerType: string;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  contact: string | null;
  website: string | null;
};

export type RapidsWageSchedule = {
  identifier: string;
  /** The Employer tab's identifier of the employer whose schedule it is. */
  employer: string;
  schedule: WageScheduleInput;
};

export type RapidsWorkbookInput = {
  apprentices: readonly RapidsApprentice[];
  employers: readonly RapidsEmployer[];
  providers: readonly RapidsProvider[];
  wageSchedules: readonly RapidsWageSchedule[];
};

export const TAB_NAMES = {
  apprentice: "Apprentice",
  employer: "Employer",
  occupation: "Occupation",
  providers: "RTI Providers",
  wageSchedules: "Wage Schedules",
  wageScheduleSteps: "Wage Schedule Steps",
} as const;

type Column<T> = readonly [header: string, value: (row: T) => CsvValue];

const source = (identifier: string) => (isPortalId(identifier) ? "Portal (no RAPIDS id recorded yet)" : "RAPIDS");
const dollars = (cents: number) => Math.round(cents) / 100;
const zip5 = (zip: string | null) => zip?.slice(0, 5) ?? null;

const EMPLOYER_COLUMNS: ReadonlyArray<Column<RapidsEmployer>> = [
  ["Employer", (e) => e.identifier],
  ["Identifier Source", (e) => source(e.identifier)],
  ["Employer Name", (e) => e.legalName],
  ["Doing Business As", (e) => e.dbaName],
  ["FEIN", (e) => e.ein],
  ["Street Address", (e) => e.addressLine1],
  ["Address Line 2", (e) => e.addressLine2],
  ["City", (e) => e.city],
  ["County", (e) => e.county],
  ["State", (e) => e.state],
  ["5-Digit Zip Code", (e) => zip5(e.postalCode)],
  ["Contact Name", (e) => e.contactName],
  ["Contact Email", (e) => e.contactEmail],
  ["Contact Phone", (e) => e.contactPhone],
];

type Occupation = { identifier: string };
const OCCUPATION_COLUMNS: ReadonlyArray<Column<Occupation>> = [
  ["Occupation", (o) => o.identifier],
  ["Occupation Title", () => PROGRAM.occupation],
  ["O*NET-SOC Code", () => PROGRAM.onetCode],
  ["RAPIDS Occupation Code", () => PROGRAM.rapidsCode],
  ["Training Approach", () => PROGRAM.programType],
  ["Sponsor", () => PROGRAM.sponsor],
];

const PROVIDER_COLUMNS: ReadonlyArray<Column<RapidsProvider>> = [
  ["RTI Provider", (p) => p.identifier],
  ["Identifier Source", (p) => source(p.identifier)],
  ["Provider Name", (p) => p.name],
  ["Provider Type", (p) => p.providerType],
  ["Street Address", (p) => p.addressLine1],
  ["Address Line 2", (p) => p.addressLine2],
  ["City", (p) => p.city],
  ["State", (p) => p.state],
  ["5-Digit Zip Code", (p) => zip5(p.postalCode)],
  ["Contact", (p) => p.contact],
  ["Website", (p) => p.website],
];

const WAGE_SCHEDULE_COLUMNS: ReadonlyArray<Column<RapidsWageSchedule>> = [
  ["Wage Schedule", (w) => w.identifier],
  ["Employer", (w) => w.employer],
  ["Occupation", () => OCCUPATION_IDENTIFIER],
  ["Progression Basis", (w) => BASIS_UNIT[w.schedule.basis].many],
  ["Term Length", (w) => w.schedule.termLength],
  ["Journeyworker Wage", (w) => dollars(w.schedule.journeyworkerRateCents)],
  ["Entry Wage", (w) => dollars(w.schedule.entryWageCents)],
  ["Wage Units", () => "H"],
  ["Number of Steps", (w) => wagePeriods(w.schedule).length],
];

type Step = { schedule: string; step: number; from: number; to: number; cents: number; percent: number };
const STEP_COLUMNS: ReadonlyArray<Column<Step>> = [
  ["Wage Schedule", (s) => s.schedule],
  ["Step", (s) => s.step],
  ["From", (s) => s.from],
  ["To", (s) => s.to],
  ["Hourly Wage", (s) => dollars(s.cents)],
  ["Percent of Journeyworker Wage", (s) => s.percent],
];

const stepsOf = (w: RapidsWageSchedule): Step[] =>
  wagePeriods(w.schedule).map((p, i) => ({
    schedule: w.identifier,
    step: i,
    from: p.from,
    to: p.to,
    cents: p.cents,
    percent: p.percentOfJourneyworker,
  }));

function addSheet(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: CsvValue[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  // Strings are written as text cells: a ZIP like 02134 or an id like 0888HY stays exactly as written.
  for (const row of rows) {
    sheet.addRow(row.map((v) => (v === undefined || v === null ? null : v instanceof Date ? v.toISOString() : v)));
  }
  sheet.columns.forEach((column, i) => {
    column.width = Math.min(Math.max(header[i]!.length + 2, 12), 40);
  });
}

const table = <T>(columns: ReadonlyArray<Column<T>>, rows: readonly T[]) => ({
  header: columns.map(([h]) => h),
  rows: rows.map((r) => columns.map(([, value]) => value(r))),
});

/** The workbook as .xlsx bytes. */
export async function buildRapidsWorkbook(input: RapidsWorkbookInput): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = PROGRAM.sponsorShort;
  addSheet(workbook, TAB_NAMES.apprentice, RAPIDS_HEADER, input.apprentices.map(rapidsRow));
  const tabs: Array<[string, { header: string[]; rows: CsvValue[][] }]> = [
    [TAB_NAMES.employer, table(EMPLOYER_COLUMNS, input.employers)],
    [TAB_NAMES.occupation, table(OCCUPATION_COLUMNS, [{ identifier: OCCUPATION_IDENTIFIER }])],
    [TAB_NAMES.providers, table(PROVIDER_COLUMNS, input.providers)],
    [TAB_NAMES.wageSchedules, table(WAGE_SCHEDULE_COLUMNS, input.wageSchedules)],
    [TAB_NAMES.wageScheduleSteps, table(STEP_COLUMNS, input.wageSchedules.flatMap(stepsOf))],
  ];
  for (const [name, { header, rows }] of tabs) addSheet(workbook, name, header, rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
