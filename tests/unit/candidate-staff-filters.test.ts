import { describe, expect, it } from "vitest";
import {
  candidateFilterParams,
  describeCandidateFilters,
  isFiltered,
  parseCandidateFilters,
  searchWords,
} from "@/lib/candidates/staff/filters";

const EVERY_FILTER = {
  q: "  Rivera ",
  region: "midwest",
  state: "wi",
  situation: "VETERAN",
  education: "SOME_COLLEGE",
  veteran: "UNANSWERED",
  status: "CONTACTED",
  submittedFrom: "2026-01-01",
  submittedTo: "2026-02-28",
  withdrawn: "include",
  page: "3",
};

describe("parseCandidateFilters", () => {
  it("reads every filter from the URL", () => {
    expect(parseCandidateFilters(EVERY_FILTER)).toEqual({
      q: "Rivera",
      region: "MIDWEST",
      state: "WI",
      situation: "VETERAN",
      education: "SOME_COLLEGE",
      veteran: "UNANSWERED",
      status: "CONTACTED",
      submittedFrom: "2026-01-01",
      submittedTo: "2026-02-28",
      includeWithdrawn: true,
      page: 3,
    });
  });

  it("leaves withdrawn candidates out and starts on page 1 by default", () => {
    expect(parseCandidateFilters({})).toEqual({ includeWithdrawn: false, page: 1 });
  });

  it("ignores anything malformed instead of failing", () => {
    expect(
      parseCandidateFilters({
        q: "x".repeat(101),
        region: "ATLANTIS",
        state: "ZZ",
        situation: "ASTRONAUT",
        education: "some_college",
        veteran: "MAYBE",
        status: "DELETED",
        submittedFrom: "0000-01-01",
        submittedTo: "yesterday",
        withdrawn: "yes",
        page: "-2",
      }),
    ).toEqual({ q: "x".repeat(100), includeWithdrawn: false, page: 1 }); // an overlong search is cut
    expect(parseCandidateFilters({ q: "\u0000", submittedFrom: "2025-02-31" })).toEqual({
      includeWithdrawn: false,
      page: 1,
    });
    expect(parseCandidateFilters({ q: "   ", page: "1.5" })).toEqual({ includeWithdrawn: false, page: 1 });
  });

  it("takes the first of a repeated parameter, from page props and from a route's URL alike", () => {
    expect(parseCandidateFilters({ state: ["TX", "WI"], page: ["2", "7"] })).toMatchObject({ state: "TX", page: 2 });
    const url = new URL("http://x/api?state=TX&state=WI&veteran=DECLINED&withdrawn=include&q=a%25b");
    expect(parseCandidateFilters(url.searchParams)).toEqual({
      state: "TX",
      veteran: "DECLINED",
      q: "a%b",
      includeWithdrawn: true,
      page: 1,
    });
  });
});

describe("candidateFilterParams", () => {
  it("gives back the query string that produced the filters, without the page", () => {
    const filters = parseCandidateFilters(EVERY_FILTER);
    const { page: _page, ...expected } = { ...EVERY_FILTER, q: "Rivera", region: "MIDWEST", state: "WI" };
    expect(candidateFilterParams(filters)).toEqual(expected);
    const again = parseCandidateFilters(new URLSearchParams(candidateFilterParams(filters)));
    expect(again).toEqual({ ...filters, page: 1 });
    expect(candidateFilterParams(parseCandidateFilters({}))).toEqual({});
  });
});

describe("isFiltered and describeCandidateFilters", () => {
  it("say what narrowed the list; including withdrawn candidates widens it, so it is not a filter", () => {
    expect(isFiltered(parseCandidateFilters({}))).toBe(false);
    expect(isFiltered(parseCandidateFilters({ withdrawn: "include" }))).toBe(false);
    expect(isFiltered(parseCandidateFilters({ status: "NEW" }))).toBe(true);
    expect(describeCandidateFilters(parseCandidateFilters({}))).toBe("");
    expect(describeCandidateFilters(parseCandidateFilters(EVERY_FILTER))).toBe(
      "matching “Rivera”, in Wisconsin, in the Midwest (Chicago region), situation: veteran, education: some college, " +
        "veteran status: did not answer, status: contacted, submitted on or after 2026-01-01, " +
        "submitted on or before 2026-02-28",
    );
  });
});

describe("searchWords", () => {
  it("splits the search into at most five words", () => {
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords(" jordan   rivera ")).toEqual(["jordan", "rivera"]);
    expect(searchWords("a b c d e f g")).toEqual(["a", "b", "c", "d", "e"]);
  });
});
