import { describe, expect, it } from "vitest";
import { currentYear, nextRaise, whatIsNext } from "@/lib/training/dashboard/next";
import {
  completionRate,
  EMPLOYER_FIGURES_CSV_HEADER,
  employerFiguresCsvRow,
  monthlyHours,
  monthStart,
} from "@/lib/training/figures/figures";
import type { SkillSetProgress } from "@/lib/training/hours/progress";
import { instructionByYear } from "@/lib/training/instruction/years";
import type { ScheduledRaise } from "@/lib/training/raises/rules";

// The pure parts of the dashboards (issue 17, point 8): what comes next for an apprentice, and the staff figures'
// months, completion rate and CSV row.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const raise = (step: number, standing: ScheduledRaise["standing"], dueOn: Date | null = null): ScheduledRaise => ({
  step,
  period: {
    label: `Step ${step}`,
    from: step * 6,
    to: step * 6 + 6,
    cents: 2500 + step * 100,
  } as ScheduledRaise["period"],
  dueOn,
  standing,
  recorded: standing === "recorded" ? { effectiveOn: day("2026-01-01"), wageCents: 2600 } : null,
});
const set = (title: string, skillsTotal: number, skillsSignedOff: number) =>
  ({ key: title, title, skillsTotal, skillsSignedOff }) as SkillSetProgress;

describe("what is next for an apprentice", () => {
  it("names the first raise not given, the skill set with skills left, the weeks sent back and instruction behind", () => {
    const today = day("2027-03-01");
    const years = instructionByYear(day("2026-01-05"), 24, 144, [], today);
    const next = whatIsNext({
      raises: [raise(1, "recorded"), raise(2, "soon", day("2027-03-10")), raise(3, "not-reached")],
      returnedWeeks: 2,
      progress: [set("Safety", 3, 3), set("Electronics", 5, 2), set("Networks", 4, 0)],
      instructionYears: years,
    });
    expect(next.raise?.step).toBe(2);
    expect(next.skillSet).toEqual({ title: "Electronics", skillsLeft: 3 });
    expect(next.returnedWeeks).toBe(2);
    expect(next.instructionBehind).toBe(true);
    expect(currentYear(years, today)?.year).toBe(2);
  });

  it("says when every raise is given, and leaves raises out without a wage schedule", () => {
    expect(nextRaise([raise(1, "recorded")])).toBeNull();
    const base = { returnedWeeks: 0, progress: [set("Safety", 1, 1)], instructionYears: [] };
    expect(whatIsNext({ ...base, raises: [raise(1, "recorded")] }).raise).toBeNull();
    expect(whatIsNext({ ...base, raises: null }).raise).toBeUndefined();
    expect(whatIsNext({ ...base, raises: null }).skillSet).toBeNull();
  });
});

describe("the staff training figures", () => {
  it("lay approved minutes on the last twelve calendar months, oldest first, empty months as zero", () => {
    const now = new Date("2027-02-15T10:00:00Z");
    const months = monthlyHours(now, [
      { month: monthStart(now), minutes: 90 },
      { month: monthStart(now), minutes: 30 },
      { month: day("2026-03-01"), minutes: 600 },
      { month: day("2026-02-01"), minutes: 6000 }, // thirteen months back: off the chart
    ]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ start: day("2026-03-01"), label: "Mar 2026", hours: 10 });
    expect(months[11]).toEqual({ start: day("2027-02-01"), label: "Feb 2027", hours: 2 });
    expect(months.slice(1, 11).every((m) => m.hours === 0)).toBe(true);
  });

  it("compute the completion rate only once someone completed or was cancelled", () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(3, 1)).toBe(0.75);
  });

  it("write one CSV row per employer in the header's order", () => {
    const row = employerFiguresCsvRow({
      organizationId: "org",
      legalName: "=Clinic",
      state: "WI",
      activeApprentices: 3,
      hoursApprovedThisMonth: 120,
      weeksWaiting: 2,
      skillsSignedOffThisMonth: 4,
      overdueRaises: 1,
    });
    expect(row).toHaveLength(EMPLOYER_FIGURES_CSV_HEADER.length);
    expect(row).toEqual(["=Clinic", "WI", 3, 120, 2, 4, 1]);
  });
});
