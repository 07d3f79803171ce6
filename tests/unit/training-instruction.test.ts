import { describe, expect, it } from "vitest";
import { CourseSchema } from "@/lib/training/instruction/schemas";
import { fallingBehind, instructionByYear } from "@/lib/training/instruction/years";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const course = (iso: string, hours: number, confirmed = true) => ({
  completedOn: day(iso),
  minutes: hours * 60,
  confirmed,
});

describe("related instruction by apprenticeship year", () => {
  const start = day("2027-01-15");

  it("cuts the term into years from the start date and counts confirmed and waiting hours in each", () => {
    const years = instructionByYear(
      start,
      24,
      144,
      [course("2027-03-01", 40), course("2028-01-14", 10), course("2028-01-15", 30), course("2028-02-01", 5, false)],
      day("2028-02-10"),
    );
    expect(years.map((y) => [y.year, y.from.toISOString().slice(0, 10), y.to.toISOString().slice(0, 10)])).toEqual([
      [1, "2027-01-15", "2028-01-14"],
      [2, "2028-01-15", "2029-01-14"],
    ]);
    // The last day of year 1 belongs to year 1; the anniversary starts year 2.
    expect(years.map((y) => [y.confirmedHours, y.waitingHours])).toEqual([
      [50, 0],
      [30, 5],
    ]);
    expect(years[0]!.standing).toBe("short");
  });

  it("says a current year is behind when its confirmed hours trail the share of the minimum its days call for", () => {
    // Half way through year 1 (about 182 of 365 days): 72 hours are due.
    const halfway = day("2027-07-16");
    expect(instructionByYear(start, 24, 144, [course("2027-05-01", 70)], halfway)[0]!.standing).toBe("behind");
    expect(instructionByYear(start, 24, 144, [course("2027-05-01", 75)], halfway)[0]!.standing).toBe("on-track");
    // Waiting hours do not count until they are confirmed.
    expect(instructionByYear(start, 24, 144, [course("2027-05-01", 75, false)], halfway)[0]!.standing).toBe("behind");
    expect(instructionByYear(start, 24, 144, [course("2027-05-01", 150)], halfway)[0]!.standing).toBe("met");
  });

  it("has years not started yet, and warns when any year is behind or was short", () => {
    const years = instructionByYear(start, 30, 144, [course("2027-02-01", 144)], day("2027-06-01"));
    expect(years.map((y) => y.standing)).toEqual(["met", "not-started", "not-started"]);
    expect(fallingBehind(years)).toBe(false);
    expect(fallingBehind(instructionByYear(start, 24, 144, [], day("2027-06-01")))).toBe(true);
  });
});

describe("the course form", () => {
  const base = { apprenticeId: "capprentice0000000000001", title: "Basic electronics", provider: "Madison College" };

  it("keeps hours as minutes, and refuses none, too many, and words", () => {
    expect(CourseSchema.parse({ ...base, hours: "7.5", completedOn: "2027-05-20" }).hours).toBe(450);
    const refusal = (hours: string) =>
      CourseSchema.safeParse({ ...base, hours, completedOn: "2027-05-20" }).error?.issues[0]?.message;
    expect(refusal("0")).toBe("Enter the course's hours.");
    expect(refusal("1001")).toBe("One course can hold at most 1000 hours.");
    expect(refusal("ten")).toBe("Enter the hours as a number, like 45 or 7.5.");
    expect(refusal("-3")).toBe("Enter the hours as a number, like 45 or 7.5.");
  });

  it("refuses a day that is no date", () => {
    const result = CourseSchema.safeParse({ ...base, hours: "4", completedOn: "2027-02-30" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["completedOn", "Enter the day as a date, like 2027-05-20."],
    ]);
  });
});
