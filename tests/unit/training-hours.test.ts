import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/form-data";
import { ApproveHoursSchema, LogHoursSchema } from "@/lib/training/hours/schemas";
import { progressBySkillSet, totalProgress } from "@/lib/training/hours/progress";
import { isoDay, loggableWeeks, mondayOf, parseWeek } from "@/lib/training/weeks";
import { STANDARDS_V1 } from "../support/standards";

// The pure parts of the on-the-job hours log (issue 17): the week arithmetic every form and rule shares, the log
// and approval forms' schemas, and the progress totals. The rules that need the database are in
// tests/integration/training-hours.test.ts.

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const days = (list: Date[]) => list.map(isoDay);

describe("weeks", () => {
  it("starts every week on the Monday, in UTC, whatever the day and time", () => {
    expect(isoDay(mondayOf(day("2026-12-06")))).toBe("2026-11-30"); // a Sunday ends the week before
    expect(isoDay(mondayOf(day("2026-12-07")))).toBe("2026-12-07"); // a Monday starts its own
    expect(isoDay(mondayOf(new Date("2026-12-07T23:59:59.999Z")))).toBe("2026-12-07");
    expect(isoDay(mondayOf(new Date("2026-12-13T23:59:59.999Z")))).toBe("2026-12-07");
    // Across year ends, backwards into the old year.
    expect(isoDay(mondayOf(day("2027-01-01")))).toBe("2026-12-28");
    expect(isoDay(mondayOf(day("2027-01-03")))).toBe("2026-12-28");
    expect(isoDay(mondayOf(day("2026-01-01")))).toBe("2025-12-29");
    expect(isoDay(mondayOf(day("2024-12-31")))).toBe("2024-12-30");
  });

  it("reads a week only as a real Monday written YYYY-MM-DD", () => {
    expect(parseWeek("2026-12-07")?.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(parseWeek("2026-12-28")?.toISOString()).toBe("2026-12-28T00:00:00.000Z");
    for (const value of ["2026-12-08", "2026-12-06", "2027-01-01"]) expect(parseWeek(value), value).toBeNull();
    for (const value of [
      "2026-02-30",
      "2026-13-01",
      "2026-12-7",
      "07/12/2026",
      "monday",
      "",
      " 2026-12-07",
      undefined,
    ]) {
      expect(parseWeek(value), String(value)).toBeNull();
    }
  });

  it("offers the weeks from the start date's to the current one, newest first", () => {
    expect(days(loggableWeeks(day("2026-11-18"), day("2026-12-05")))).toEqual([
      "2026-11-30",
      "2026-11-23",
      "2026-11-16",
    ]);
    // Across the year end.
    expect(days(loggableWeeks(day("2026-12-27"), day("2027-01-04")))).toEqual([
      "2027-01-04",
      "2026-12-28",
      "2026-12-21",
    ]);
    expect(days(loggableWeeks(day("2026-12-07"), day("2026-12-07")))).toEqual(["2026-12-07"]);
    // Starting next week: nothing to log yet.
    expect(loggableWeeks(day("2026-12-14"), day("2026-12-05"))).toEqual([]);
  });
});

const APPRENTICE_ID = "capprentice000000000000001";

/** The week form as posted: the days default to blank. */
const form = (
  days: Partial<Record<`day${0 | 1 | 2 | 3 | 4 | 5 | 6}`, string>> = {},
  extra: Record<string, string> = {},
) => ({
  apprenticeId: APPRENTICE_ID,
  weekStart: "2026-11-30",
  skillSetKey: "SAFETY",
  entryId: "",
  correctsId: "",
  rowVersion: "",
  day0: "",
  day1: "",
  day2: "",
  day3: "",
  day4: "",
  day5: "",
  day6: "",
  note: "",
  ...days,
  ...extra,
});
const errorsOf = (input: unknown) => {
  const parsed = LogHoursSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("the week form (LogHoursSchema)", () => {
  it("keeps the hours of each day as whole minutes, blank days as none", () => {
    const parsed = LogHoursSchema.parse(form({ day0: "8", day1: "7.5", day2: " 0.25 ", day4: "10" }));
    expect([parsed.day0, parsed.day1, parsed.day2, parsed.day3, parsed.day4, parsed.day5, parsed.day6]).toEqual([
      480, 450, 15, 0, 600, 0, 0,
    ]);
    expect(parsed).toMatchObject({ entryId: undefined, correctsId: undefined, rowVersion: undefined });
    // Fields a browser leaves out count as blank days.
    const { day3: _, day5: __, ...missing } = form({ day0: "1" });
    expect(LogHoursSchema.parse(missing).day3).toBe(0);
  });

  it("reads the version of an edited entry as a number", () => {
    expect(LogHoursSchema.parse(form({ day0: "8" }, { entryId: APPRENTICE_ID, rowVersion: "3" }))).toMatchObject({
      entryId: APPRENTICE_ID,
      rowVersion: 3,
    });
  });

  it("refuses negative hours with a message naming the day", () => {
    expect(errorsOf(form({ day2: "-4" }))).toEqual({
      day2: ["Hours cannot be negative: enter Wednesday's hours, or leave it blank."],
    });
  });

  it("refuses more than 24 hours on a day", () => {
    expect(errorsOf(form({ day0: "8", day6: "24.5" }))).toEqual({
      day6: ["A day has 24 hours: Sunday cannot have more."],
    });
    expect(LogHoursSchema.parse(form({ day6: "24" })).day6).toBe(1440);
  });

  it("refuses more than 84 hours in a week, on the week as a whole", () => {
    expect(
      errorsOf(form({ day0: "12", day1: "12", day2: "12", day3: "12", day4: "12", day5: "12", day6: "12.5" })),
    ).toEqual({
      hours: ["That is 84.5 hours; a week can have at most 84."],
    });
    const full = form({ day0: "12", day1: "12", day2: "12", day3: "12", day4: "12", day5: "12", day6: "12" });
    expect(LogHoursSchema.safeParse(full).success).toBe(true);
  });

  it("refuses a week with no hours at all", () => {
    expect(errorsOf(form())).toEqual({ hours: ["Enter the hours of at least one day."] });
    expect(errorsOf(form({ day0: "0", day3: "0.00" }))).toEqual({ hours: ["Enter the hours of at least one day."] });
  });

  it("refuses hours that are not a number, and weeks that are not Mondays", () => {
    for (const typed of ["eight", "8h", "7,5", "1e1", ".5", "8.", "7.125", "100"]) {
      expect(errorsOf(form({ day1: typed, day0: "8" })), typed).toEqual({
        day1: ["Enter Tuesday's hours as a number, like 8 or 7.5."],
      });
    }
    expect(errorsOf(form({ day1: "1234567" })).day1).toEqual(["Enter Tuesday's hours as a number, like 8 or 7.5."]);
    expect(errorsOf(form({ day0: "8" }, { weekStart: "2026-12-01" }))).toEqual({
      weekStart: ["Choose the week from the list."],
    });
    expect(errorsOf(form({ day0: "8" }, { skillSetKey: " " }))).toEqual({ skillSetKey: ["Choose the skill set."] });
    expect(Object.keys(errorsOf(form({ day0: "8" }, { apprenticeId: "1; DROP TABLE" })))).toEqual(["apprenticeId"]);
  });
});

describe("the approval form (ApproveHoursSchema)", () => {
  const id = "cojtentry0000000000000001";
  const other = "cojtentry0000000000000002";

  it("reads each ticked entry as its id and the version the page showed", () => {
    expect(ApproveHoursSchema.parse({ entries: [`${id}:0`, `${other}:12`] })).toEqual({
      entries: [
        { id, rowVersion: 0 },
        { id: other, rowVersion: 12 },
      ],
    });
    // One ticked box posts a single value, not a list.
    expect(ApproveHoursSchema.parse({ entries: `${id}:2` })).toEqual({ entries: [{ id, rowVersion: 2 }] });
  });

  it("refuses nothing ticked, mangled values and oversized batches", () => {
    const errors = (entries: unknown) => {
      const parsed = ApproveHoursSchema.safeParse({ entries });
      return parsed.success ? null : fieldErrorsOf(parsed.error);
    };
    expect(errors(undefined)).toEqual({ entries: ["Tick the weeks to approve."] });
    expect(errors([])).toEqual({ entries: ["Tick the weeks to approve."] });
    for (const bad of [id, `${id}:`, `${id}:-1`, `${id}:v2`, `UPPER${id}:1`, `${id}:1:2`]) {
      expect(errors([bad]), bad).toEqual({ "entries.0": ["This page is out of date. Reload it and try again."] });
    }
    const many = Array.from({ length: 101 }, (_, i) => `cojtentry${String(i).padStart(16, "0")}:0`);
    expect(errors(many)).toEqual({ entries: ["Approve at most 100 entries at once."] });
    expect(errors(many.slice(0, 100))).toBeNull();
  });
});

describe("progress against the schedule", () => {
  const skillSets = STANDARDS_V1.skillSets.slice(0, 3); // SAFETY 200, PROFESSIONAL 200, ANATOMY 300

  it("counts approved hours and credit, caps them at the skill set's hours, and shows waiting hours apart", () => {
    const progress = progressBySkillSet(
      skillSets,
      [
        { skillSetKey: "SAFETY", approvedMinutes: 90 * 60 + 30, waitingMinutes: 8 * 60 },
        { skillSetKey: "PROFESSIONAL", approvedMinutes: 150 * 60, waitingMinutes: 0 },
        // A skill set the schedule no longer has is not counted.
        { skillSetKey: "RETIRED", approvedMinutes: 1000 * 60, waitingMinutes: 0 },
      ],
      [
        { skillSetKey: "PROFESSIONAL", creditedHours: 100 },
        { skillSetKey: "ANATOMY", creditedHours: 40 },
      ],
    );
    expect(progress).toEqual([
      {
        key: "SAFETY",
        title: "Orientation and Safety",
        isSample: false,
        requiredHours: 200,
        creditedHours: 0,
        approvedHours: 90.5,
        waitingHours: 8,
        countedHours: 90.5,
        skillsTotal: skillSets[0]!.skills.length,
        skillsSignedOff: 0,
      },
      // 150 approved + 100 credited, capped at the 200 required; waiting hours never count.
      expect.objectContaining({ key: "PROFESSIONAL", approvedHours: 150, creditedHours: 100, countedHours: 200 }),
      expect.objectContaining({
        key: "ANATOMY",
        approvedHours: 0,
        creditedHours: 40,
        waitingHours: 0,
        countedHours: 40,
      }),
    ]);
    expect(totalProgress(progress)).toEqual({
      requiredHours: 700,
      countedHours: 330.5,
      creditedHours: 140,
      approvedHours: 240.5,
      waitingHours: 8,
      skillsTotal: skillSets.reduce((n, set) => n + set.skills.length, 0),
      skillsSignedOff: 0,
    });
  });

  it("shows hours still waiting for the mentor without counting them", () => {
    const [safety] = progressBySkillSet(
      skillSets,
      [{ skillSetKey: "SAFETY", approvedMinutes: 0, waitingMinutes: 400 * 60 }],
      [],
    );
    expect(safety).toMatchObject({ approvedHours: 0, waitingHours: 400, countedHours: 0 });
  });

  it("counts the skills signed off in each set, hours and skills side by side", () => {
    // One skill per set in these standards; a code no set has (an older schedule's) counts nowhere.
    const signedOff = new Set([skillSets[0]!.skills[0]!.code, skillSets[2]!.skills[0]!.code, "9.99"]);
    const progress = progressBySkillSet(skillSets, [], [], signedOff);
    expect(progress.map((p) => [p.key, p.skillsSignedOff, p.skillsTotal])).toEqual([
      ["SAFETY", 1, 1],
      ["PROFESSIONAL", 0, 1],
      ["ANATOMY", 1, 1],
    ]);
    expect(totalProgress(progress)).toMatchObject({ skillsSignedOff: 2, skillsTotal: 3 });
  });
});
