import type { CancellationReason } from "@prisma/client";
import { csvLine, type CsvValue } from "@/lib/csv";
import { rapidsDate } from "@/lib/rapids/csv";
import { OCCUPATION_IDENTIFIER } from "@/lib/rapids/ids";
import { CANCELLATION_REASONS } from "@/lib/training/lifecycle/rules";

// The apprentices' status changes AAMI keys into RAPIDS for the Registration Agency: each cancellation, completion and
// transfer to another employer partner, with its day and reason (29 CFR 29.5(b)(19): the Registration Agency is
// notified of each). DOL publishes no bulk-upload layout for these (the public specification,
// ../shared/reference/rapids-apprentice-upload.tableschema.json, covers new apprentices only), so this module is the
// one place that says what the file holds: its columns in order, the codes, and the formats, the last two written
// as the upload's are (MM/DD/YYYY days, the occupation's RAPIDS code, the employer's RAPIDS identifier). The fields
// are a Frictionless Table Schema, which the tests check every file against, like the apprentice upload. Pure.

export type StatusChangeKind = "CANCELLED" | "COMPLETED" | "TRANSFERRED";

export type RapidsStatusChange = {
  rapidsApprenticeId: string | null;
  lastName: string;
  firstName: string;
  startDate: Date;
  /** The Employer tab's identifier of the apprentice's employer at the change (lib/rapids/ids.ts): for a transfer, the sending one. */
  employerRef: string;
  /** Transfers: the receiving employer's identifier. */
  newEmployerRef: string | null;
  kind: StatusChangeKind;
  effectiveOn: Date;
  cancellationReason: CancellationReason | null;
  /** The note that came with the change. */
  note: string | null;
  inProbation: boolean | null;
};

/** The file's code for each change. */
export const CHANGE_CODES: Record<StatusChangeKind, string> = { COMPLETED: "CO", CANCELLED: "CA", TRANSFERRED: "TR" };

/** The file's code for each cancellation reason (two letters; the words are in the next column). */
export const CANCELLATION_CODES: Record<CancellationReason, string> = {
  VOLUNTARY_QUIT: "VQ",
  DISCHARGED: "DT",
  LAID_OFF: "LO",
  OTHER_EMPLOYMENT: "OE",
  MILITARY_SERVICE: "MS",
  MOVED: "MV",
  HEALTH: "HM",
  DECEASED: "DE",
  UNSATISFACTORY_PROGRESS: "UP",
  OTHER: "OT",
};

type Column = {
  name: string;
  type: "string";
  description: string;
  example?: string;
  categories?: string[];
  constraints?: { required?: boolean; maxLength?: number; pattern?: string };
  value: (change: RapidsStatusChange) => CsvValue;
};

const COLUMNS: Column[] = [
  {
    name: "RAPIDS Apprentice ID",
    type: "string",
    description: "The apprentice's id in RAPIDS, recorded by AAMI staff after registration; blank until then.",
    constraints: { maxLength: 20, pattern: "[A-Za-z0-9-]+" },
    value: (c) => c.rapidsApprenticeId,
  },
  {
    name: "Occupation",
    type: "string",
    description: "The program's RAPIDS occupation code.",
    constraints: { required: true },
    categories: [OCCUPATION_IDENTIFIER],
    value: () => OCCUPATION_IDENTIFIER,
  },
  {
    name: "Employer",
    type: "string",
    description:
      "The employer's RAPIDS employer id, or the portal's identifier of it in the RAPIDS workbook; for a transfer, the sending employer.",
    constraints: { required: true, maxLength: 40 },
    value: (c) => c.employerRef,
  },
  {
    name: "Last Name",
    type: "string",
    description: "As registered.",
    constraints: { required: true, maxLength: 100 },
    value: (c) => c.lastName,
  },
  {
    name: "First Name",
    type: "string",
    description: "As registered.",
    constraints: { required: true, maxLength: 100 },
    value: (c) => c.firstName,
  },
  {
    name: "Date Apprenticeship Begins",
    type: "string",
    description: "The start date, as registered.",
    example: "MM/DD/YYYY",
    constraints: { required: true },
    value: (c) => rapidsDate(c.startDate),
  },
  {
    name: "Status Change",
    type: "string",
    description: "CO: completed; CA: cancelled; TR: transferred to another employer partner of the program.",
    categories: Object.values(CHANGE_CODES),
    constraints: { required: true },
    value: (c) => CHANGE_CODES[c.kind],
  },
  {
    name: "Effective Date",
    type: "string",
    description:
      "The day the apprenticeship was completed or ended, or for a transfer the first day with the new employer.",
    example: "MM/DD/YYYY",
    constraints: { required: true },
    value: (c) => rapidsDate(c.effectiveOn),
  },
  {
    name: "Cancellation Reason Code",
    type: "string",
    description: "For cancellations, the reason's code; blank for completions.",
    categories: Object.values(CANCELLATION_CODES),
    value: (c) => (c.cancellationReason ? CANCELLATION_CODES[c.cancellationReason] : null),
  },
  {
    name: "Cancellation Reason",
    type: "string",
    description: "For cancellations, the reason in words, and the employer's note after a colon.",
    constraints: { maxLength: 600 },
    value: (c) =>
      c.cancellationReason ? `${CANCELLATION_REASONS[c.cancellationReason]}${c.note ? `: ${c.note}` : ""}` : null,
  },
  {
    name: "During Probation",
    type: "string",
    description:
      "For cancellations, Y when the day fell within the probationary period, else N; blank for completions.",
    categories: ["Y", "N"],
    value: (c) => (c.inProbation === null ? null : c.inProbation ? "Y" : "N"),
  },
  // Last, so the columns before it stay where a file from before transfers had them.
  {
    name: "New Employer",
    type: "string",
    description:
      "For transfers, the receiving employer's RAPIDS employer id, or the portal's identifier of it in the RAPIDS workbook; blank otherwise.",
    constraints: { maxLength: 40 },
    value: (c) => c.newEmployerRef,
  },
];

/** The file's columns as a Frictionless Table Schema, for the tests and for anyone who reads the file. */
export const STATUS_CHANGE_TABLESCHEMA = {
  fields: COLUMNS.map(({ value: _value, ...field }) => field),
};

/** The whole file: the header, then one line per change. No byte order mark, like the upload: RAPIDS staff key it in. */
export const statusChangesCsv = (changes: readonly RapidsStatusChange[]) =>
  [COLUMNS.map((c) => c.name), ...changes.map((change) => COLUMNS.map((c) => c.value(change)))].map(csvLine).join("");
