import { describe, expect, it } from "vitest";
import {
  candidateFilterParams,
  candidateFiltersWhere,
  isFiltered,
  parseCandidateFilters,
} from "@/lib/candidates/partner/filters";
import { SendInterestSchema, alreadySentMessage } from "@/lib/candidates/partner/schemas";
import { describeScope, partnerScope, visibleCandidatesWhere } from "@/lib/candidates/partner/scope";

const NO_FILTERS = { q: "", region: null, situation: null, education: null, experience: null, relocate: false };

describe("which candidates a partner sees", () => {
  it("is the organization's region and state", () => {
    expect(partnerScope({ region: "MIDWEST", state: "WI" })).toEqual({ regions: ["MIDWEST"], states: ["WI"] });
  });

  it("needs consent, no withdrawal, and a home region, region of interest or state of interest in scope", () => {
    expect(visibleCandidatesWhere({ regions: ["MIDWEST"], states: ["WI"] })).toEqual({
      consentToShare: true,
      withdrawnAt: null,
      OR: [
        { region: { in: ["MIDWEST"] } },
        { regionsOfInterest: { hasSome: ["MIDWEST"] } },
        { statesOfInterest: { hasSome: ["WI"] } },
      ],
    });
  });

  it("is described in words", () => {
    expect(describeScope({ regions: ["MIDWEST"], states: ["WI"] })).toBe(
      "candidates who live in or want to work in the Midwest (Chicago region), and candidates who named Wisconsin among the states they would work in",
    );
    expect(describeScope({ regions: ["MIDWEST", "WEST", "SOUTHEAST"], states: ["WI", "CA"] })).toContain(
      "the Midwest (Chicago region), West (San Francisco region) or Southeast (Atlanta region)",
    );
  });
});

describe("the candidate filters", () => {
  it("read every filter from the URL, leniently", () => {
    expect(
      parseCandidateFilters({
        q: "  Jordan   Rivera ",
        region: "midwest",
        situation: "veteran",
        education: "associate",
        experience: "IT",
        relocate: "yes",
        page: "2",
      }),
    ).toEqual({
      q: "Jordan Rivera",
      region: "MIDWEST",
      situation: "VETERAN",
      education: "ASSOCIATE",
      experience: "it",
      relocate: true,
    });
    expect(parseCandidateFilters({})).toEqual(NO_FILTERS);
    expect(
      parseCandidateFilters({ region: "ATLANTIS", situation: "ASTRONAUT", experience: "x", relocate: "on" }),
    ).toEqual(NO_FILTERS);
    expect(parseCandidateFilters({ q: ["first", "second"], situation: ["STUDENT", "VETERAN"] })).toMatchObject({
      q: "first",
      situation: "STUDENT",
    });
    expect(parseCandidateFilters({ q: "x".repeat(500) }).q).toHaveLength(100);
    // Postgres refuses a NUL in a query parameter: control characters never reach it.
    expect(parseCandidateFilters({ q: "Jor\u0000dan\u0007" }).q).toBe("Jor dan");
  });

  it("keep only the filters in use for links", () => {
    expect(candidateFilterParams(NO_FILTERS)).toEqual({});
    expect(isFiltered(NO_FILTERS)).toBe(false);
    const filters = { ...NO_FILTERS, q: "Madison", relocate: true, education: "HIGH_SCHOOL" as const };
    expect(candidateFilterParams(filters)).toEqual({ q: "Madison", education: "HIGH_SCHOOL", relocate: "yes" });
    expect(isFiltered(filters)).toBe(true);
    expect(parseCandidateFilters(candidateFilterParams(filters))).toEqual(filters);
  });

  it("search every word in names and city, literally", () => {
    const where = candidateFiltersWhere({ ...NO_FILTERS, q: "jo 100%", experience: "it", relocate: true });
    const match = (text: string) => ({ contains: text, mode: "insensitive" });
    expect(where).toEqual({
      AND: [
        { OR: [{ firstName: match("jo") }, { lastName: match("jo") }, { city: match("jo") }] },
        { OR: [{ firstName: match("100\\%") }, { lastName: match("100\\%") }, { city: match("100\\%") }] },
        { experienceTags: { has: "it" } },
        { willingToRelocate: true },
      ],
    });
    expect(candidateFiltersWhere(NO_FILTERS)).toEqual({ AND: [] });
  });
});

describe("the expression of interest", () => {
  const valid = { candidateId: "c".repeat(25), message: "We have a BMET apprenticeship opening in Madison." };

  it("needs a message of 20 to 2,000 characters", () => {
    expect(SendInterestSchema.safeParse(valid).success).toBe(true);
    const issues = (message: string | undefined) =>
      SendInterestSchema.safeParse({ ...valid, message }).error?.issues.map((i) => i.message);
    expect(issues(undefined)).toEqual(["Write a message to the candidate."]);
    expect(issues("   Too short.        ")).toEqual([expect.stringContaining("at least 20 characters")]);
    expect(issues("x".repeat(2001))).toEqual(["Keep the message under 2,000 characters."]);
    // Postgres cannot store a NUL: refused next to the field, not a failed send.
    expect(issues(`${valid.message}\u0000`)).toEqual(["Remove the invisible control characters from the message."]);
    expect(SendInterestSchema.safeParse({ ...valid, candidateId: "../etc" }).success).toBe(false);
  });

  it("says when interest was already sent", () => {
    expect(alreadySentMessage(new Date("2026-03-05T23:30:00Z"))).toBe(
      "Your organization already sent interest to this candidate on March 5, 2026.",
    );
  });
});
