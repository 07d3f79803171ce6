import { describe, expect, it } from "vitest";
import { CANCELLATION_REASON_KEYS } from "@/lib/training/lifecycle/rules";
import {
  CANCELLATION_CODES,
  STATUS_CHANGE_TABLESCHEMA,
  statusChangesCsv,
  type RapidsStatusChange,
} from "@/lib/rapids/status-changes";
import { parseCsv } from "../support/csv";
import { tableSchemaFields, tableSchemaProblems } from "../support/tableschema";

// The status changes AAMI keys into RAPIDS (cancellations, completions and transfers): its columns, codes and formats live in
// lib/rapids/status-changes.ts as a Table Schema, and every file is checked against it like the apprentice upload.

const fields = tableSchemaFields(STATUS_CHANGE_TABLESCHEMA);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const cancelled: RapidsStatusChange = {
  rapidsApprenticeId: "2027-WI-000123",
  lastName: "Rivera",
  firstName: "Sam",
  startDate: day("2027-01-04"),
  employerRef: "PORTAL-EMP-clx0000000000000000000000",
  newEmployerRef: null,
  kind: "CANCELLED",
  effectiveOn: day("2027-03-12"),
  cancellationReason: "OTHER",
  note: 'Went back to school, "full time"',
  inProbation: true,
};
const completed: RapidsStatusChange = {
  ...cancelled,
  rapidsApprenticeId: null,
  lastName: "O'Neil, Jr.",
  kind: "COMPLETED",
  effectiveOn: day("2029-01-05"),
  cancellationReason: null,
  note: null,
  inProbation: null,
};
const transferred: RapidsStatusChange = {
  ...completed,
  employerRef: "WI-EMP-0042",
  newEmployerRef: "PORTAL-EMP-clx1111111111111111111111",
  kind: "TRANSFERRED",
  effectiveOn: day("2027-09-13"),
};

describe("the RAPIDS status-change file", () => {
  it("conforms to its table schema, with the days, codes and reasons written as the schema says", () => {
    const csv = statusChangesCsv([cancelled, completed, transferred]);
    expect(tableSchemaProblems(csv, fields)).toEqual([]);
    const [header, first, second, third] = parseCsv(csv);
    expect(header).toEqual(fields.map((f) => f.name));
    const row = (cells: string[] | undefined) => Object.fromEntries(header!.map((name, i) => [name, cells![i]]));
    expect(row(first)).toEqual({
      "RAPIDS Apprentice ID": "2027-WI-000123",
      Occupation: "0888HY",
      Employer: "PORTAL-EMP-clx0000000000000000000000",
      "Last Name": "Rivera",
      "First Name": "Sam",
      "Date Apprenticeship Begins": "01/04/2027",
      "Status Change": "CA",
      "Effective Date": "03/12/2027",
      "Cancellation Reason Code": "OT",
      "Cancellation Reason": 'Other (say what in the note): Went back to school, "full time"',
      "During Probation": "Y",
      "New Employer": "",
    });
    expect(row(second)).toMatchObject({
      "RAPIDS Apprentice ID": "",
      "Last Name": "O'Neil, Jr.",
      "Status Change": "CO",
      "Effective Date": "01/05/2029",
      "Cancellation Reason Code": "",
      "Cancellation Reason": "",
      "During Probation": "",
      "New Employer": "",
    });
    // A transfer: from the employer in the Employer column to the one in the last.
    expect(row(third)).toMatchObject({
      Employer: "WI-EMP-0042",
      "Status Change": "TR",
      "Effective Date": "09/13/2027",
      "Cancellation Reason Code": "",
      "During Probation": "",
      "New Employer": "PORTAL-EMP-clx1111111111111111111111",
    });
  });

  it("gives every cancellation reason a code of its own, and the checker catches a file that breaks the schema", () => {
    const codes = CANCELLATION_REASON_KEYS.map((k) => CANCELLATION_CODES[k]);
    expect(new Set(codes).size).toBe(CANCELLATION_REASON_KEYS.length);
    for (const reason of CANCELLATION_REASON_KEYS) {
      expect(tableSchemaProblems(statusChangesCsv([{ ...cancelled, cancellationReason: reason }]), fields)).toEqual([]);
    }
    const broken = statusChangesCsv([cancelled]).replace("03/12/2027", "2027-03-12");
    expect(tableSchemaProblems(broken, fields)).toEqual([
      'row 1, Effective Date: "2027-03-12" is not a day written MM/DD/YYYY',
    ]);
  });
});
