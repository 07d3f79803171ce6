import { describe, expect, it } from "vitest";
import { REGIONS, UNASSIGNED_STATES, regionOf } from "@/lib/regions";
import { STATE_CODES } from "@/lib/us-states";

describe("regions", () => {
  it("assign every state to exactly one region", () => {
    expect(UNASSIGNED_STATES).toEqual([]);
    const assigned = REGIONS.flatMap((r) => r.states as readonly string[]);
    expect(assigned.length).toBe(new Set(assigned).size);
    expect(new Set(assigned)).toEqual(new Set(STATE_CODES));
  });

  it("map states to their region and refuse unknown codes", () => {
    expect(regionOf("WI")).toBe("MIDWEST");
    expect(regionOf("CA")).toBe("WEST");
    expect(() => regionOf("ZZ")).toThrow(/No region/);
  });
});
