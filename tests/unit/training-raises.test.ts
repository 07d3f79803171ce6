import { describe, expect, it } from "vitest";
import { day, progress, schedule } from "../support/wage-schedules";
import { recordable, scheduledRaises } from "@/lib/training/raises/rules";

describe("raises by months", () => {
  const months = schedule("MONTHS", [6, 12, 18], 24);

  it("fall due the months after the start date, less fast-track credit, and say how they stand", () => {
    const raises = scheduledRaises(months, progress(), [], day("2027-07-20"));
    expect(raises.map((r) => [r.step, r.dueOn?.toISOString().slice(0, 10), r.standing, r.period.cents])).toEqual([
      [1, "2027-07-15", "due", 2470],
      [2, "2028-01-15", "upcoming", 2660],
      [3, "2028-07-15", "upcoming", 2850],
    ]);
    // Credit of 4 months brings each raise 4 months closer; a step credited past is not owed at all.
    const credited = scheduledRaises(months, progress({ credit: 7, startingWageStep: 1 }), [], day("2027-07-20"));
    expect(credited.map((r) => [r.step, r.dueOn?.toISOString().slice(0, 10)])).toEqual([
      [2, "2027-06-15"],
      [3, "2027-12-15"],
    ]);
  });

  it("are soon within 14 days, due on the day, overdue after 30 days, and recorded once recorded", () => {
    const standing = (today: string) => scheduledRaises(months, progress(), [], day(today))[0]!.standing;
    expect(standing("2027-06-30")).toBe("upcoming");
    expect(standing("2027-07-01")).toBe("soon");
    expect(standing("2027-07-15")).toBe("due");
    expect(standing("2027-08-14")).toBe("due");
    expect(standing("2027-08-15")).toBe("overdue");
    const [first] = scheduledRaises(
      months,
      progress(),
      [{ step: 1, effectiveOn: day("2027-07-15"), wageCents: 2500 }],
      day("2027-09-01"),
    );
    expect(first).toMatchObject({ standing: "recorded", recorded: { wageCents: 2500 } });
    expect(recordable(first!)).toBe(false);
    expect(["soon", "due", "overdue"].map((s) => recordable({ ...first!, standing: s as never }))).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe("raises by hours and by competencies", () => {
  it("fall due in the week the approved hours reach the threshold, counting credit, and not before", () => {
    const hours = schedule("HOURS", [1000, 2000], 4000);
    const weeks = [
      { weekEnd: day("2027-02-07"), hours: 400 },
      { weekEnd: day("2027-02-14"), hours: 400 },
      { weekEnd: day("2027-02-21"), hours: 250 },
    ];
    const [first, second] = scheduledRaises(hours, progress({ approvedWeeks: weeks }), [], day("2027-03-01"));
    expect(first).toMatchObject({ dueOn: day("2027-02-21"), standing: "due" });
    expect(second).toMatchObject({ dueOn: null, standing: "not-reached" });
    // 200 hours of credit reach the first raise a week sooner.
    expect(
      scheduledRaises(hours, progress({ approvedWeeks: weeks, credit: 200 }), [], day("2027-03-01"))[0],
    ).toMatchObject({ dueOn: day("2027-02-14") });
  });

  it("fall due on the day the competency that reaches the threshold was shown", () => {
    const competencies = schedule("COMPETENCIES", [3], 10);
    const shown = [day("2027-03-09"), day("2027-02-01"), day("2027-04-20")];
    expect(scheduledRaises(competencies, progress({ signOffDays: shown }), [], day("2027-05-01"))[0]).toMatchObject({
      dueOn: day("2027-04-20"),
      standing: "due",
    });
    expect(
      scheduledRaises(competencies, progress({ signOffDays: shown.slice(0, 2) }), [], day("2027-05-01"))[0],
    ).toMatchObject({ dueOn: null, standing: "not-reached" });
  });
});
