import { describe, expect, it } from "vitest";
import {
  describeEmployerFilters,
  employerFilterParams,
  isFiltered,
  parseEmployerFilters,
} from "@/lib/staff/employer-filters";

describe("parseEmployerFilters", () => {
  it("reads the name, state and region from the URL", () => {
    expect(parseEmployerFilters({ name: "  Mercy ", state: "wi", region: "midwest" })).toEqual({
      name: "Mercy",
      state: "WI",
      region: "MIDWEST",
    });
  });

  it("treats a missing, unknown or repeated parameter leniently", () => {
    expect(parseEmployerFilters({})).toEqual({ name: "", state: null, region: null });
    expect(parseEmployerFilters({ state: "ZZ", region: "ATLANTIS" })).toEqual({ name: "", state: null, region: null });
    expect(parseEmployerFilters({ name: ["first", "second"], state: ["TX", "WI"] })).toMatchObject({
      name: "first",
      state: "TX",
    });
  });

  it("cuts an overlong name", () => {
    expect(parseEmployerFilters({ name: "x".repeat(500) }).name).toHaveLength(100);
  });
});

describe("employerFilterParams", () => {
  it("keeps only the filters in use, for links that must keep them", () => {
    expect(employerFilterParams({ name: "Mercy", state: null, region: "WEST" })).toEqual({
      name: "Mercy",
      region: "WEST",
    });
    expect(employerFilterParams({ name: "", state: null, region: null })).toEqual({});
  });
});

describe("isFiltered and describeEmployerFilters", () => {
  it("say what the list was narrowed to", () => {
    const none = { name: "", state: null, region: null };
    expect(isFiltered(none)).toBe(false);
    expect(describeEmployerFilters(none)).toBe("");
    const all = { name: "mercy", state: "WI", region: "MIDWEST" } as const;
    expect(isFiltered(all)).toBe(true);
    expect(describeEmployerFilters(all)).toBe("matching “mercy” in Wisconsin in the Midwest (Chicago region)");
  });
});
