import { describe, expect, it } from "vitest";
import { isCalendarDate } from "@/lib/forms/fields";
import { parseQueueFilters, queueParams } from "@/lib/review/queue-filters";

describe("the review queue's URL filters", () => {
  it("reads valid filters and leaves defaults out of links", () => {
    const f = parseQueueFilters({
      status: "IN_REVIEW",
      state: "tx",
      region: "SOUTHWEST",
      reviewer: "me",
      submittedFrom: "2026-01-01",
      submittedTo: "2026-02-28",
      q: "  Mercy ",
      sort: "name",
      page: "3",
    });
    expect(f).toEqual({
      status: "IN_REVIEW",
      state: "TX",
      region: "SOUTHWEST",
      reviewer: "me",
      submittedFrom: "2026-01-01",
      submittedTo: "2026-02-28",
      q: "Mercy",
      sort: "name",
      page: 3,
    });
    expect(queueParams(parseQueueFilters({}))).toEqual({});
    expect(queueParams(f, { status: "open" })).not.toHaveProperty("status");
  });

  it("ignores anything malformed instead of failing", () => {
    expect(
      parseQueueFilters({
        status: "DELETED",
        state: "ZZ",
        region: "MARS",
        reviewer: "'; DROP TABLE",
        submittedFrom: "2025-02-31",
        submittedTo: "9999-12-31",
        q: "x".repeat(500),
        sort: "random",
        page: ["-2", "7"],
      }),
    ).toEqual({ status: "open", sort: "oldest", page: 1, q: "x".repeat(100) }); // an overlong search is cut
  });

  it("drops control characters from the search (Postgres refuses a NUL), and a search of nothing is none", () => {
    expect(parseQueueFilters({ q: "North\u0000star\tHealth" }).q).toBe("North star Health");
    expect(parseQueueFilters({ q: "\u0000 \u0007" }).q).toBeUndefined();
  });

  it("knows real calendar days", () => {
    expect(["2026-02-28", "2028-02-29", "2026-12-31"].every(isCalendarDate)).toBe(true);
    expect(["2026-02-29", "2025-02-31", "2025-13-01", "2025-1-1", "yesterday", ""].some(isCalendarDate)).toBe(false);
    // Real days, but outside what a Postgres timestamp (year 0000) or a day's arithmetic (9999-12-31) can take:
    // as filters they are no filter at all.
    for (const day of ["0000-01-01", "1899-12-31", "9999-12-31"]) {
      expect(parseQueueFilters({ submittedFrom: day, submittedTo: day })).toEqual({
        status: "open",
        sort: "oldest",
        page: 1,
      });
    }
  });
});
