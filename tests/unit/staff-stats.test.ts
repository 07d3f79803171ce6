import { describe, expect, it } from "vitest";
import { percentOf } from "@/lib/staff/stats";

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
