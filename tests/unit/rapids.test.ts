import { describe, expect, it } from "vitest";
import { RAPIDS_HEADER, rapidsCsv, rapidsDate, rapidsRow, type RapidsApprentice } from "@/lib/rapids/csv";
import { parseCsv } from "../support/csv";
import { SAMPLE_RAPIDS_APPRENTICE as SAMPLE } from "../support/rapids-fixtures";
import { RAPIDS_TABLESCHEMA, readTableSchema, tableSchemaProblems } from "../support/tableschema";

const fields = readTableSchema(RAPIDS_TABLESCHEMA);
const cell = (a: RapidsApprentice, column: string) => parseCsv(rapidsCsv([a]))[1]![RAPIDS_HEADER.indexOf(column)];

describe("the RAPIDS apprentice upload file", () => {
  it("has every column of DOL's table schema, in its order, and its rows conform to it", () => {
    expect(RAPIDS_HEADER).toEqual(fields.map((f) => f.name));
    const minimal: RapidsApprentice = {
      ...SAMPLE,
      middleName: null,
      suffix: null,
      ssn: null,
      phone: null,
      email: null,
      demographics: null,
      creditPreviousExperience: "",
      careerConnection: null,
      apprenticeType: null,
      careerLinkageOrDirectEntry: null,
    };
    expect(tableSchemaProblems(rapidsCsv([SAMPLE, { ...minimal, ssn: "987-65-4321" }, minimal]), fields)).toEqual([]);
    // The portal stores the digits; the file writes them as people read them.
    expect(cell({ ...minimal, ssn: "987654321" }, "Social Security Number")).toBe("987-65-4321");
  });

  it("is caught by the schema check when a rule is broken, one case per kind of rule", () => {
    const broken = rapidsCsv([
      { ...SAMPLE, firstName: "x".repeat(56), entryWageUnit: "D", studentStatus: "NO", email: "not-an-email" },
      { ...SAMPLE, lastName: "", postalCode: "2134", dateOfBirth: new Date("2001-02-31"), apprenticeType: "ZZ" },
    ]);
    expect(tableSchemaProblems(broken, fields).sort()).toEqual(
      [
        "row 1, Apprentice First Name: longer than 55",
        "row 2, Apprentice Last Name: required",
        'row 2, Social Security Number: "123-45-6789" appears twice',
        "row 2, Apprentice 5-Digit Zip Code: does not match ^[0-9]{5}",
        "row 1, Email: not an email",
        'row 1, Entry Wage Units: "D" is not one of H, W, M, Q, S, A',
        'row 2, Type: "ZZ" is not one of IW, AD, YT, DI',
        'row 1, Student Status: "NO" is not one of WBLRA, YRA, NA',
      ].sort(),
    );
    // Not the builder's doing, so written by hand: a cell that is not a number, an impossible day, a missing cell,
    // and a byte order mark.
    const [header, row] = parseCsv(rapidsCsv([{ ...SAMPLE, ssn: null }])) as [string[], string[]];
    const withCell = (column: string, value: string) => row.map((v, i) => (header[i] === column ? value : v));
    const line = (cells: string[]) => cells.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
    const handMade = [
      line(header),
      line(withCell("Prior Wages", "18.50")),
      line(withCell("Date Apprenticeship Begins", "02/30/2027")),
      line(row.slice(0, -1)),
    ].join("\r\n");
    expect(tableSchemaProblems(`\uFEFF${handMade}\r\n`, fields)).toEqual([
      "starts with a byte order mark",
      `row 3: ${fields.length - 1} cells, the schema has ${fields.length}`,
      'row 2, Date Apprenticeship Begins: "02/30/2027" is not a day written MM/DD/YYYY',
      'row 1, Prior Wages: "18.50" is not an integer',
      "row 3, Student Status: required",
    ]);
  });

  it("writes dates as MM/DD/YYYY in UTC, and the ZIP as five digits", () => {
    expect(rapidsDate(new Date("2027-01-04T00:00:00Z"))).toBe("01/04/2027");
    expect(cell(SAMPLE, "Date of Birth")).toBe("07/09/2001");
    expect(cell(SAMPLE, "Apprentice 5-Digit Zip Code")).toBe("53703");
  });

  it("uses RAPIDS' codes: employment status, the program's occupation, flags, and whole-dollar wages", () => {
    expect(cell(SAMPLE, "Employment Status")).toBe("NE");
    expect(cell({ ...SAMPLE, employmentStatus: "EXISTING_EMPLOYEE" }, "Employment Status")).toBe("EE");
    expect(cell(SAMPLE, "Occupation")).toBe("0888HY");
    expect([cell(SAMPLE, "WIOA Participant"), cell(SAMPLE, "TAA Participant")]).toEqual(["0", "1"]);
    // The entry wage rounds up so it never reads below the occupation's minimum; the prior wage to the nearest.
    expect([cell(SAMPLE, "Prior Wages"), cell(SAMPLE, "Entry Wages")]).toEqual(["19", "23"]);
    expect(cell({ ...SAMPLE, phone: "+1 (608) 555-0123" }, "Telephone")).toBe("16085550123");
  });

  it("reads a missing self-identification as 'did not self-identify' and missing credit as 0", () => {
    const row = rapidsRow({ ...SAMPLE, demographics: null, creditPreviousExperience: "" });
    const at = (column: string) => row[RAPIDS_HEADER.indexOf(column)];
    expect(at("Gender")).toBe("9");
    expect([at("Ethnicity Hispanic / Latino"), at("White"), at("Veteran Status")]).toEqual([9, 9, 9]);
    expect(at("Apprentice Education Level")).toBe(5);
    expect(at("Credit for previous experience")).toBe("0");
  });
});
