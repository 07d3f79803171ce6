import { describe, expect, it } from "vitest";
import { FEDERAL_MINIMUM_WAGE_CENTS, minimumWageFor } from "@/lib/onboarding/wages/minimum-wage";
import { checkWageSchedule, wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { wageScheduleSchema } from "@/lib/onboarding/wages/schemas";
import { SAMPLE_WAGE_SCHEDULE } from "@/tests/support/agreement-fixtures";
import { STANDARDS_V1 } from "@/tests/support/standards";

const federal = minimumWageFor("WI");

const valid = SAMPLE_WAGE_SCHEDULE;
const issues = (changes: Partial<WageScheduleInput>, minimum = federal) =>
  checkWageSchedule({ ...valid, ...changes }, minimum, STANDARDS_V1);
const paths = (changes: Partial<WageScheduleInput>, minimum = federal) => issues(changes, minimum).map((i) => i.path);

describe("minimum wage table", () => {
  it("uses the federal minimum where the state's is lower or absent, and the state's where it is higher", () => {
    expect(minimumWageFor("WI")).toEqual({
      cents: FEDERAL_MINIMUM_WAGE_CENTS,
      description: "the federal minimum wage, which applies in Wisconsin",
    });
    expect(minimumWageFor("GA").cents).toBe(725); // Georgia's own $5.15 is below the federal floor
    expect(minimumWageFor("CA")).toEqual({ cents: 1690, description: "California's minimum wage" });
    expect(minimumWageFor("WA").cents).toBeGreaterThan(minimumWageFor("TX").cents);
  });
});

describe("wage schedule rules", () => {
  it("accept a schedule with raises that never go down, within the journeyworker rate and the term", () => {
    expect(issues({})).toEqual([]);
  });

  it("require the entry wage to meet the applicable minimum wage, naming the figure and where it comes from", () => {
    expect(issues({ entryWageCents: 700 })).toEqual([
      {
        path: "entryWage",
        message: "The entry wage must be at least $7.25 an hour, the federal minimum wage, which applies in Wisconsin.",
      },
    ]);
    // $16.00 is fine under the federal minimum, not in California.
    expect(paths({ entryWageCents: 1600 })).toEqual([]);
    expect(paths({ entryWageCents: 1600 }, minimumWageFor("CA"))).toEqual(["entryWage"]);
  });

  it("require at least one raise", () => {
    expect(issues({ steps: [] })).toEqual([
      { path: "steps", message: "Add at least one raise: a step that pays more than the entry wage." },
    ]);
    expect(paths({ steps: [{ threshold: 6, amountKind: "DOLLARS", amountValue: 2280 }] })).toEqual(["steps"]);
  });

  it("refuse a wage that goes down, and say which step and by how much", () => {
    const result = issues({
      steps: [
        { threshold: 6, amountKind: "PERCENT", amountValue: 7000 },
        { threshold: 12, amountKind: "PERCENT", amountValue: 6500 },
      ],
    });
    expect(result).toEqual([
      {
        path: "steps.1.amount",
        message: "This raise ($24.70) is lower than the wage before it ($26.60). Wages may never go down.",
      },
    ]);
  });

  it("refuse steps or an entry wage above the journeyworker rate", () => {
    expect(paths({ steps: [{ threshold: 6, amountKind: "DOLLARS", amountValue: 3900 }] })).toEqual(["steps.0.amount"]);
    expect(paths({ steps: [{ threshold: 6, amountKind: "PERCENT", amountValue: 10_500 }] })).toEqual([
      "steps.0.amount",
    ]);
    expect(paths({ entryWageCents: 4000 })).toContain("entryWage");
  });

  it("require steps in order inside the term, and a term covering the whole program", () => {
    expect(
      paths({
        steps: [
          { threshold: 12, amountKind: "PERCENT", amountValue: 6500 },
          { threshold: 6, amountKind: "PERCENT", amountValue: 7000 },
        ],
      }),
    ).toEqual(["steps.1.threshold"]);
    expect(paths({ steps: [{ threshold: 24, amountKind: "PERCENT", amountValue: 6500 }] })).toEqual([
      "steps.0.threshold",
    ]);
    expect(paths({ termLength: 12, steps: [{ threshold: 6, amountKind: "PERCENT", amountValue: 6500 }] })).toEqual([
      "termLength",
    ]);
    expect(paths({ basis: "HOURS", termLength: 2000, steps: [] })).toEqual(["termLength", "steps"]);
  });

  it("take the term to cover from the standards given", () => {
    const longer = { ...STANDARDS_V1, termMonths: 36, termOjlHours: 6000 };
    const steps = [{ threshold: 6, amountKind: "PERCENT" as const, amountValue: 6500 }];
    expect(checkWageSchedule({ ...valid, termLength: 24, steps }, federal, longer).map((i) => i.message)).toEqual([
      "The schedule must cover the whole term: at least 36 months.",
    ]);
    expect(
      checkWageSchedule(
        { ...valid, basis: "HOURS", termLength: 4000, steps: [{ ...steps[0]!, threshold: 500 }] },
        federal,
        longer,
      ).map((i) => i.path),
    ).toEqual(["termLength"]);
  });
});

describe("wage periods", () => {
  it("run from the entry wage to the end of the term, with dollars and percent of the journeyworker rate", () => {
    expect(wagePeriods(valid)).toEqual([
      { label: "Entry, until 6 months", from: 0, to: 6, cents: 2280, percentOfJourneyworker: 60 },
      { label: "From 6 months to 12 months", from: 6, to: 12, cents: 2470, percentOfJourneyworker: 65 },
      { label: "From 12 months to 18 months", from: 12, to: 18, cents: 2736, percentOfJourneyworker: 72 },
      { label: "From 18 months to 24 months", from: 18, to: 24, cents: 3040, percentOfJourneyworker: 80 },
    ]);
  });
});

describe("wage schedule form", () => {
  const schema = wageScheduleSchema(federal, STANDARDS_V1);
  const base = { journeyworkerRate: "38.00", entryWage: "$22.80", basis: "MONTHS", termLength: "24" };

  it("ignore blank rows and keep dollars as cents and percentages as basis points", () => {
    const parsed = schema.parse({
      ...base,
      steps: [
        { threshold: "", amountKind: "PERCENT", amount: "" },
        { threshold: "6", amountKind: "PERCENT", amount: "65%" },
        undefined,
        { threshold: "12", amountKind: "DOLLARS", amount: "$27.36" },
      ],
    });
    expect(parsed.steps).toEqual([
      { threshold: 6, amountKind: "PERCENT", amountValue: 6500 },
      { threshold: 12, amountKind: "DOLLARS", amountValue: 2736 },
    ]);
    expect(parsed.entryWageCents).toBe(2280);
  });

  it("put each rule's message on the row it was typed in, even after blank rows", () => {
    const result = schema.safeParse({
      ...base,
      steps: [
        { threshold: "6", amountKind: "PERCENT", amount: "70" },
        { threshold: "", amountKind: "PERCENT", amount: "" },
        { threshold: "12", amountKind: "PERCENT", amount: "65" },
        { threshold: "x", amountKind: "DOLLARS", amount: "lots" },
      ],
    });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath["steps.3.threshold"]).toMatch(/whole number/);
    expect(byPath["steps.3.amount"]).toBe("Enter the hourly wage in dollars, like 24.50.");
    // The wage rules run once every row parses; fix row 4 and the decrease at row 3 is reported there.
    const second = schema.safeParse({
      ...base,
      steps: [
        { threshold: "6", amountKind: "PERCENT", amount: "70" },
        { threshold: "", amountKind: "PERCENT", amount: "" },
        { threshold: "12", amountKind: "PERCENT", amount: "65" },
      ],
    });
    expect(second.error!.issues.map((i) => i.path.join("."))).toEqual(["steps.2.amount"]);
  });
});
