import { describe, expect, it } from "vitest";
import { calendarQuarter, formatMedianDays, percentOf, pipelineRows } from "@/lib/staff/stats";

describe("calendarQuarter", () => {
  it("is the UTC calendar quarter containing the moment, as [start, end)", () => {
    expect(calendarQuarter(new Date("2031-05-15T12:00:00Z"))).toEqual({
      start: new Date("2031-04-01T00:00:00Z"),
      end: new Date("2031-07-01T00:00:00Z"),
      label: "Q2 2031",
    });
  });

  it("counts the boundaries in UTC, whatever the server's zone", () => {
    expect(calendarQuarter(new Date("2031-01-01T00:00:00Z")).label).toBe("Q1 2031");
    expect(calendarQuarter(new Date("2031-03-31T23:59:59.999Z")).label).toBe("Q1 2031");
    expect(calendarQuarter(new Date("2031-04-01T00:00:00Z")).label).toBe("Q2 2031");
  });

  it("ends the fourth quarter at the start of the next year", () => {
    expect(calendarQuarter(new Date("2031-12-31T23:00:00Z"))).toEqual({
      start: new Date("2031-10-01T00:00:00Z"),
      end: new Date("2032-01-01T00:00:00Z"),
      label: "Q4 2031",
    });
  });
});

describe("formatMedianDays", () => {
  it("says so when nothing has been decided", () => {
    expect(formatMedianDays(null)).toBe("No decisions yet");
  });

  it("rounds to a tenth of a day and agrees in number", () => {
    expect(formatMedianDays(2.46)).toBe("2.5 days");
    expect(formatMedianDays(3)).toBe("3 days");
    expect(formatMedianDays(1.04)).toBe("1 day");
    expect(formatMedianDays(0.2)).toBe("under a day");
  });
});

describe("percentOf", () => {
  it("scales a part to a bar length between 0 and 100", () => {
    expect(percentOf(1, 4)).toBe(25);
    expect(percentOf(4, 4)).toBe(100);
    expect(percentOf(5, 4)).toBe(100);
    expect(percentOf(-1, 4)).toBe(0);
  });

  it("draws nothing for an empty whole instead of dividing by zero", () => {
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe("pipelineRows", () => {
  it("lists all eight steps in order, with 'not started' the rest of the organizations", () => {
    const rows = pipelineRows(
      [
        { step: "INTENT", status: "COMPLETE", count: 5 },
        { step: "POSITION", status: "COMPLETE", count: 1 },
        { step: "POSITION", status: "IN_PROGRESS", count: 2 },
        { step: "MENTOR", status: "CHANGES_REQUESTED", count: 1 },
      ],
      5,
    );
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows[0]).toMatchObject({
      step: "INTENT",
      title: "Tell AAMI you want to start",
      counts: { COMPLETE: 5, IN_PROGRESS: 0, CHANGES_REQUESTED: 0, NOT_STARTED: 0 },
    });
    expect(rows[2]!.counts).toEqual({ COMPLETE: 1, IN_PROGRESS: 2, CHANGES_REQUESTED: 0, NOT_STARTED: 2 });
    expect(rows[4]!.counts).toEqual({ COMPLETE: 0, IN_PROGRESS: 0, CHANGES_REQUESTED: 1, NOT_STARTED: 4 });
    expect(rows[7]!.counts).toEqual({ COMPLETE: 0, IN_PROGRESS: 0, CHANGES_REQUESTED: 0, NOT_STARTED: 5 });
  });

  it("ignores stored 'not started' rows, which the remainder already counts", () => {
    const rows = pipelineRows([{ step: "FUNDING", status: "NOT_STARTED", count: 3 }], 3);
    expect(rows[3]!.counts.NOT_STARTED).toBe(3);
  });

  it("never shows a negative remainder when counts were read a moment apart", () => {
    const rows = pipelineRows([{ step: "INTENT", status: "COMPLETE", count: 4 }], 3);
    expect(rows[0]!.counts.NOT_STARTED).toBe(0);
  });
});
