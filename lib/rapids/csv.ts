import { NOT_SELF_IDENTIFIED } from "@/lib/apprentices/self-identification/answers";
import { csvLine, type CsvValue } from "@/lib/csv";
import { OCCUPATION_IDENTIFIER } from "@/lib/rapids/ids";

// One apprentice as a row of DOL's RAPIDS bulk-upload file (the Apprentice tab), in the columns, order, codes and
// formats of ../shared/reference/rapids-apprentice-upload.tableschema.json; a test checks every row against that
// file itself. Identifier columns (Employer, Occupation, RTI provider, Wage schedule) name rows of the workbook's
// other tabs (lib/rapids/workbook.ts), by the identifiers of lib/rapids/ids.ts: RAPIDS' own id where staff
// recorded one, else a portal-made one; the occupation is the program's RAPIDS code. Pure.

export type RapidsDemographics = {
  /** "M" | "F" | "9" */
  gender: string;
  ethnicity: number;
  raceAmericanIndian: number;
  raceAsian: number;
  raceBlack: number;
  racePacificIslander: number;
  raceWhite: number;
  veteranStatus: number;
  disabilityStatus: number;
  educationLevel: number;
};

export type RapidsApprentice = {
  startDate: Date;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  /** Decrypted, only for this file. */
  ssn: string | null;
  dateOfBirth: Date;
  employmentStatus: "NEW_EMPLOYEE" | "EXISTING_EMPLOYEE";
  streetAddress: string;
  city: string;
  state: string;
  postalCode: string;
  phone: string | null;
  email: string | null;
  /** The Employer tab's identifier of the apprentice's employer. */
  employerRef: string;
  /** The apprentice's own answers, null until they answer: every column then reads "did not self-identify". */
  demographics: RapidsDemographics | null;
  /** The RTI Providers tab's identifier of the apprentice's related-instruction provider. */
  rtiProviderRef: string;
  creditPreviousExperience: string;
  creditPreviousTrainingHours: number;
  priorWageCents: number;
  priorWageUnit: string;
  entryWageCents: number;
  entryWageUnit: string;
  /** The Wage Schedules tab's identifier of the employer's wage schedule. */
  wageScheduleRef: string;
  careerLatticeLevels: string | null;
  careerConnection: string | null;
  wioaParticipant: boolean;
  apprenticeType: string | null;
  careerLinkageOrDirectEntry: string | null;
  taaParticipant: boolean;
  ojtFundingSources: string | null;
  studentStatus: string;
};

/** MM/DD/YYYY from the stored UTC day. Upload the file as it is: a spreadsheet that saves it rewrites dates and ZIPs. */
export const rapidsDate = (d: Date) =>
  `${String(d.getUTCMonth() + 1).padStart(2, "0")}/${String(d.getUTCDate()).padStart(2, "0")}/${d.getUTCFullYear()}`;

/**
 * The file's wage columns are whole numbers in their unit. The entry wage is rounded up, so it never reads below the
 * occupation's minimum entry wage, which RAPIDS refuses; the prior wage to the nearest dollar.
 */
const nearestDollar = (cents: number) => Math.round(cents / 100);
const dollarsRoundedUp = (cents: number) => Math.ceil(cents / 100);
/** Digits only: the number as RAPIDS stores it (and never a leading "+" that spreadsheets read as a formula). */
const phoneDigits = (phone: string | null) => phone?.replace(/\D/g, "") || null;
const flag = (value: boolean) => (value ? 1 : 0);
/** Stored as 9 digits; written the way people and RAPIDS read it, 123-45-6789. */
const ssnWithDashes = (ssn: string) => ssn.replace(/\D/g, "").replace(/^(\d{3})(\d{2})(\d{4})$/, "$1-$2-$3");
const demo = (a: RapidsApprentice) => a.demographics ?? NOT_SELF_IDENTIFIED;

const COLUMNS: ReadonlyArray<readonly [name: string, value: (a: RapidsApprentice) => CsvValue]> = [
  ["Date Apprenticeship Begins", (a) => rapidsDate(a.startDate)],
  ["Apprentice First Name", (a) => a.firstName],
  ["Apprentice Last Name", (a) => a.lastName],
  ["Apprentice Middle Name", (a) => a.middleName],
  ["Apprentice Suffix", (a) => a.suffix],
  ["Social Security Number", (a) => a.ssn && ssnWithDashes(a.ssn)],
  ["Date of Birth", (a) => rapidsDate(a.dateOfBirth)],
  ["Gender", (a) => demo(a).gender],
  ["Employment Status", (a) => (a.employmentStatus === "EXISTING_EMPLOYEE" ? "EE" : "NE")],
  ["Apprentice Street Address", (a) => a.streetAddress],
  ["Apprentice City", (a) => a.city],
  ["Apprentice State", (a) => a.state],
  ["Apprentice 5-Digit Zip Code", (a) => a.postalCode.slice(0, 5)],
  ["Telephone", (a) => phoneDigits(a.phone)],
  ["Email", (a) => a.email],
  ["Employer", (a) => a.employerRef],
  ["Ethnicity Hispanic / Latino", (a) => demo(a).ethnicity],
  ["Race-American Indian / Alaskan Native", (a) => demo(a).raceAmericanIndian],
  ["Asian", (a) => demo(a).raceAsian],
  ["Black / African American", (a) => demo(a).raceBlack],
  ["Native Hawaiian / Other Pacific Islander", (a) => demo(a).racePacificIslander],
  ["White", (a) => demo(a).raceWhite],
  ["Veteran Status", (a) => demo(a).veteranStatus],
  ["Apprentice Disability Status", (a) => demo(a).disabilityStatus],
  ["Apprentice Education Level", (a) => demo(a).educationLevel],
  ["Occupation", () => OCCUPATION_IDENTIFIER],
  ["Related Technical Instruction Provider", (a) => a.rtiProviderRef],
  ["Credit for previous experience", (a) => a.creditPreviousExperience || "0"],
  ["Credit for Previous Related Training In Hours", (a) => a.creditPreviousTrainingHours],
  ["Prior Wages", (a) => nearestDollar(a.priorWageCents)],
  ["Prior Wage Units", (a) => a.priorWageUnit],
  ["Entry Wages", (a) => dollarsRoundedUp(a.entryWageCents)],
  ["Entry Wage Units", (a) => a.entryWageUnit],
  ["Wage Schedule", (a) => a.wageScheduleRef],
  ["Previously Completed Career Lattice Levels", (a) => a.careerLatticeLevels],
  ["Career Connection", (a) => a.careerConnection],
  ["WIOA Participant", (a) => flag(a.wioaParticipant)],
  ["Type", (a) => a.apprenticeType],
  ["Career Linkage or Direct Entry", (a) => a.careerLinkageOrDirectEntry],
  ["TAA Participant", (a) => flag(a.taaParticipant)],
  ["On-the-Job Training Funding Sources", (a) => a.ojtFundingSources],
  ["Student Status", (a) => a.studentStatus],
];

export const RAPIDS_HEADER: readonly string[] = COLUMNS.map(([name]) => name);

export const rapidsRow = (apprentice: RapidsApprentice): CsvValue[] => COLUMNS.map(([, value]) => value(apprentice));

/** The whole upload file: the header, then one line per apprentice. No byte order mark: RAPIDS reads it, not Excel. */
export const rapidsCsv = (apprentices: readonly RapidsApprentice[]) =>
  [RAPIDS_HEADER, ...apprentices.map(rapidsRow)].map(csvLine).join("");
