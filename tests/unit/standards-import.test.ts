import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  MAX_SCHEDULE_ROWS,
  csvRecords,
  parseSchedule,
  parseScheduleCsv,
  parseScheduleJson,
} from "@/lib/program/standards/import";
import { maxProbationMonths, publishIssues, scheduleIssues, termIssues } from "@/lib/program/standards/model";
import { SaveStandardsDraftSchema } from "@/lib/program/standards/schemas";
import { STANDARDS_V1 } from "@/tests/support/standards";

// Every rule of the standards and of importing a work-process schedule, one case each, with the line each error names.

const HEADER = "set_key,set_title,set_hours,skill_code,skill_title";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");
const errorsOf = (result: ReturnType<typeof parseScheduleCsv>) => (result.ok ? [] : result.errors);

describe("the example schedule in public/standards", () => {
  it("imports as version 1's ten skill sets adding up to 4,000 hours", () => {
    const text = readFileSync("public/standards/work-process-schedule-example.csv", "utf8");
    const result = parseScheduleCsv(text, 4000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skillSets.map((s) => [s.key, s.hours])).toEqual(STANDARDS_V1.skillSets.map((s) => [s.key, s.hours]));
    expect(result.skillSets[0]).toMatchObject({ title: "Orientation and Safety", ordinal: 1 });
    expect(result.skillSets[0]!.skills).toHaveLength(15);
    expect(result.skillSets[0]!.skills[9]).toEqual({ code: "1.10", ordinal: 10, title: "Lock-out/tag-out" });
  });
});

describe("CSV import", () => {
  it("reads quoted fields with commas, quotes and line breaks, and numbers records by the line they start on", () => {
    const records = csvRecords(`\uFEFFa,b\r\n"x, ""y""","line one\nline two"\r\nlast,row\n`);
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ['x, "y"', "line one\nline two"] },
      { line: 4, fields: ["last", "row"] },
    ]);
    expect(csvRecords('a\n"never closed')).toEqual({
      error: { where: "Line 2", message: 'A quoted field is never closed (a " is missing).' },
    });
  });

  it("needs every required column in the header, naming the missing ones", () => {
    expect(errorsOf(parseScheduleCsv("set_key,set_title,skill_code\nA,T,1", 100))).toEqual([
      {
        where: "Line 1",
        message:
          "The header is missing the columns set_hours, skill_title. It must name set_key, set_title, set_hours, skill_code, skill_title.",
      },
    ]);
  });

  it("accepts a set described on its first row only, and ignores extra columns", () => {
    const text =
      "notes," + HEADER + "\n" + ["x,A,First,60,A1,One", "y,A,,,A2,Two", "z,B,Second,40,B1,Three"].join("\n");
    const result = parseScheduleCsv(text, 100);
    expect(result).toEqual({
      ok: true,
      skillSets: [
        {
          key: "A",
          ordinal: 1,
          title: "First",
          hours: 60,
          skills: [
            { code: "A1", ordinal: 1, title: "One" },
            { code: "A2", ordinal: 2, title: "Two" },
          ],
        },
        { key: "B", ordinal: 2, title: "Second", hours: 40, skills: [{ code: "B1", ordinal: 1, title: "Three" }] },
      ],
    });
  });

  it("refuses hours that do not add up to the term's minimum on-the-job hours", () => {
    expect(errorsOf(parseScheduleCsv(csv("A,First,60,A1,One", "B,Second,30,B1,Two"), 100))).toEqual([
      {
        where: "The file",
        message:
          "The skill sets' hours add up to 90 hours, but the term's minimum on-the-job learning is 100 hours. A 60, B 30.",
      },
    ]);
  });

  it("refuses a skill that appears twice, naming both lines", () => {
    expect(errorsOf(parseScheduleCsv(csv("A,First,60,S1,One", "B,Second,40,S1,Again"), 100))).toEqual([
      { where: "Line 3", message: "The skill S1 appears twice: also on line 2." },
    ]);
  });

  it("refuses a skill whose set is unknown or missing, on its line", () => {
    expect(errorsOf(parseScheduleCsv(csv("A,First,100,A1,One", "GHOST,,,G1,Orphan", ",,,X1,No set"), 100))).toEqual([
      {
        where: "Line 3",
        message:
          "The skill G1 belongs to skill set GHOST, which no earlier row defines: give its title and hours on its first row.",
      },
      { where: "Line 4", message: "The skill X1 belongs to no skill set: its set key is empty." },
    ]);
  });

  it("refuses a set described two ways, bad hours, bad keys and codes, and a set with no skills", () => {
    const errors = errorsOf(
      parseScheduleCsv(
        csv(
          "A,First,50,A1,One",
          "A,Other title,50,A2,Two",
          "B,Second,lots,B1,Three",
          "lower,Third,10,L1,Four",
          "C,Fourth,50,bad code!,Five",
          "D,Empty,10,,",
        ),
        100,
      ),
    );
    expect(errors.map((e) => e.where)).toEqual(["Line 3", "Line 4", "Line 5", "Line 6", "Line 7"]);
    expect(errors[0]!.message).toMatch(/described differently here than on line 2/);
    expect(errors[1]!.message).toMatch(/hours of skill set B must be a whole number/);
    expect(errors[2]!.message).toMatch(/key "lower" must be capital letters/);
    expect(errors[3]!.message).toMatch(/skill code "bad code!"/);
    expect(errors[4]!.message).toBe("Skill set D has no skills.");
  });

  it("caps the rows it reads", () => {
    const rows = Array.from({ length: MAX_SCHEDULE_ROWS + 1 }, (_, i) => `A,First,100,S${i},Skill`);
    expect(errorsOf(parseScheduleCsv(csv(...rows), 100))[0]!.message).toMatch(/at most 2,000 are accepted/);
  });
});

describe("JSON import", () => {
  const json = (skillSets: unknown) => JSON.stringify({ skillSets });

  it("reads the same schedule as the CSV", () => {
    const result = parseScheduleJson(
      json([
        { key: "A", title: "First", hours: 60, skills: [{ code: "A1", title: "One" }] },
        { key: "B", title: "Second", hours: "40", skills: [{ code: "B1", title: "Two" }] },
      ]),
      100,
    );
    expect(result.ok && result.skillSets.map((s) => [s.key, s.hours, s.skills.length])).toEqual([
      ["A", 60, 1],
      ["B", 40, 1],
    ]);
  });

  it("names each error by its JSON path", () => {
    const result = parseScheduleJson(
      json([
        { key: "A", title: "First", hours: 60, skills: [{ code: "S1", title: "One" }, "not an object"] },
        { key: "B", title: "Second", hours: 40, skills: [{ code: "S1", title: "Twice" }, { code: "B2" }] },
        { key: "A", title: "First again", hours: 1, skills: [] },
        { key: "C", title: "No skills list", hours: 1 },
      ]),
      100,
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { where: "$.skillSets[0].skills[1]", message: "Each skill must be an object with a code and a title." },
      { where: "$.skillSets[2]", message: "The skill set A appears twice: also at $.skillSets[0]." },
      { where: "$.skillSets[3].skills", message: "The skill set needs a list of skills." },
      { where: "$.skillSets[1].skills[0]", message: "The skill S1 appears twice: also on $.skillSets[0].skills[0]." },
      { where: "$.skillSets[1].skills[1]", message: "The title of skill B2 is missing." },
    ]);
  });

  it("refuses what is not JSON, or not a list of skill sets", () => {
    expect(parseScheduleJson("{oops", 100)).toMatchObject({ ok: false, errors: [{ where: "The file" }] });
    expect(parseScheduleJson("[]", 100)).toEqual({
      ok: false,
      errors: [{ where: "$", message: 'The file must be an object with a "skillSets" list.' }],
    });
  });

  it("is chosen by the file's name", () => {
    expect(parseSchedule("schedule.JSON", json([]), 100)).toMatchObject({ ok: false, errors: [{ where: "The file" }] });
    expect(parseSchedule("schedule.csv", "x", 100)).toMatchObject({ ok: false, errors: [{ where: "Line 1" }] });
  });
});

describe("the standards' own rules", () => {
  it("keep probation to 25% of the term or one year, whichever is shorter (29 CFR 29.5(b)(8))", () => {
    expect(maxProbationMonths(24)).toBe(6);
    expect(maxProbationMonths(18)).toBe(4);
    expect(maxProbationMonths(60)).toBe(12);
    expect(termIssues({ ...STANDARDS_V1, probationMonths: 6 })).toEqual([]);
    expect(termIssues({ ...STANDARDS_V1, probationMonths: 7 })).toEqual([
      {
        path: "probationMonths",
        message:
          "The probationary period can be at most 6 months: 25% of the 24-month term or one year, whichever is shorter (29 CFR 29.5(b)(8)).",
      },
    ]);
    expect(termIssues({ ...STANDARDS_V1, termMonths: 60, probationMonths: 13 })[0]?.path).toBe("probationMonths");
  });

  it("keep the credit cap below the term", () => {
    expect(termIssues({ ...STANDARDS_V1, maxCreditHours: 4000 }).map((i) => i.path)).toEqual(["maxCreditHours"]);
  });

  it("need the schedule to add up to the term, and the registration, to publish", () => {
    expect(scheduleIssues({ ...STANDARDS_V1, termOjlHours: 4100 }).map((i) => i.path)).toEqual(["termOjlHours"]);
    expect(publishIssues(STANDARDS_V1).map((i) => i.path)).toEqual(["registrationNumber", "registeredOn"]);
    expect(publishIssues({ ...STANDARDS_V1, registrationNumber: "X-1", registeredOn: "2021-06-15" })).toEqual([]);
  });

  it("are checked by the draft form next to the field", () => {
    const form = {
      standardsId: "standardsversion000002",
      rowVersion: "0",
      registrationNumber: "",
      registeredOn: "",
      termOjlHours: "4000",
      termMonths: "24",
      probationMonths: "7",
      ratioApprentices: "1",
      ratioJourneyworkers: "1",
      riHoursPerYear: "144",
      maxCreditHours: "3800",
    };
    const bad = SaveStandardsDraftSchema.safeParse(form);
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join("."))).toEqual(["probationMonths"]);
    const good = SaveStandardsDraftSchema.parse({ ...form, probationMonths: "6" });
    expect(good).toMatchObject({ registrationNumber: null, registeredOn: null, probationMonths: 6 });
    const future = SaveStandardsDraftSchema.safeParse({ ...form, probationMonths: "6", registeredOn: "2999-01-01" });
    expect(future.success).toBe(false);
  });
});
