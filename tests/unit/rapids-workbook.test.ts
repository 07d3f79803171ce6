import { describe, expect, it } from "vitest";
import { RAPIDS_HEADER } from "@/lib/rapids/csv";
import { optionalRapidsId, portalId } from "@/lib/rapids/ids";
import { TAB_NAMES, buildRapidsWorkbook, type RapidsWorkbookInput } from "@/lib/rapids/workbook";
import { SAMPLE_WAGE_SCHEDULE } from "../support/agreement-fixtures";
import { SAMPLE_RAPIDS_APPRENTICE } from "../support/rapids-fixtures";
import { apprenticeTabProblems, columnOf, readWorkbook, unresolvedIdentifiers } from "../support/rapids-workbook";

const EMPLOYER = "PORTAL-EMP-cmorganization000000000001";
const input: RapidsWorkbookInput = {
  apprentices: [SAMPLE_RAPIDS_APPRENTICE],
  employers: [
    {
      identifier: EMPLOYER,
      legalName: "St. Jose Medical Center",
      dbaName: null,
      ein: "12-3456789",
      addressLine1: "1 Main Street",
      addressLine2: null,
      city: "Boston",
      county: "Suffolk",
      state: "MA",
      postalCode: "02134-1001",
      contactName: "Dana Lee",
      contactEmail: "dana@stjose.example",
      contactPhone: "617-555-0100",
    },
  ],
  providers: [
    {
      identifier: "208029",
      name: '=HYPERLINK("http://evil.example")',
      providerType: "Community or technical college",
      addressLine1: "1701 Wright St",
      addressLine2: null,
      city: "Madison",
      state: "WI",
      postalCode: "53704",
      contact: "apprenticeship@madisoncollege.example",
      website: null,
    },
  ],
  wageSchedules: [
    { identifier: "PORTAL-WS-cmwageschedule0000000000001", employer: EMPLOYER, schedule: SAMPLE_WAGE_SCHEDULE },
  ],
};

describe("the RAPIDS workbook", () => {
  it("has every tab, the Apprentice tab in the table schema's columns, and identifiers that resolve", async () => {
    const book = await readWorkbook(await buildRapidsWorkbook(input));
    expect(Object.keys(book)).toEqual(Object.values(TAB_NAMES));
    expect(book[TAB_NAMES.apprentice]!.header).toEqual(RAPIDS_HEADER);
    expect(apprenticeTabProblems(book)).toEqual([]);
    expect(unresolvedIdentifiers(book)).toEqual([]);
    // Text stays text (a ZIP's leading zero, an id of digits), and typed text is never a formula.
    expect(columnOf(book[TAB_NAMES.employer]!, "5-Digit Zip Code")).toEqual(["02134"]);
    expect(columnOf(book[TAB_NAMES.providers]!, "Provider Name")).toEqual(['=HYPERLINK("http://evil.example")']);
    expect(columnOf(book[TAB_NAMES.providers]!, "Identifier Source")).toEqual(["RAPIDS"]);
    expect(columnOf(book[TAB_NAMES.employer]!, "Identifier Source")).toEqual(["Portal (no RAPIDS id recorded yet)"]);
    const steps = book[TAB_NAMES.wageScheduleSteps]!;
    expect(columnOf(steps, "Hourly Wage")[0]).toBe(String(SAMPLE_WAGE_SCHEDULE.entryWageCents / 100));
    expect(steps.rows).toHaveLength(SAMPLE_WAGE_SCHEDULE.steps.length + 1);
  });

  it("is caught when an apprentice names a row that is not there", async () => {
    const book = await readWorkbook(
      await buildRapidsWorkbook({ ...input, apprentices: [{ ...SAMPLE_RAPIDS_APPRENTICE, employerRef: "E-404" }] }),
    );
    expect(unresolvedIdentifiers(book)).toEqual(["Apprentice Employer E-404"]);
  });
});

describe("RAPIDS ids staff record", () => {
  it("takes RAPIDS' form, upper-cased, and never the portal's placeholder", () => {
    const id = optionalRapidsId("the id");
    expect(id.parse(" e-77a ")).toBe("E-77A");
    expect(id.parse("")).toBeUndefined();
    expect(id.safeParse("has space").success).toBe(false);
    expect(id.safeParse("X".repeat(21)).success).toBe(false);
    expect(id.safeParse("portal-emp-1").success).toBe(false);
    // Portal ids are longer than any RAPIDS id, so the two can never be confused.
    expect(portalId("EMP", "cmorganization000000000001").length).toBeGreaterThan(20);
  });
});
