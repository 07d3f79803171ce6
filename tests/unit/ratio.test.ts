import { describe, expect, it } from "vitest";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { ratioLabel } from "@/lib/program/standards/model";
import { STANDARDS_V1 } from "@/tests/support/standards";

describe("ratioCheck", () => {
  it("allows as many apprentices as the standards' ratio gives the journeyworkers", () => {
    const ratio = STANDARDS_V1.ratio;
    expect(ratioCheck(ratio, 2, 2)).toEqual({ planned: 2, allowed: 2, met: true });
    expect(ratioCheck(ratio, 3, 2)).toEqual({ planned: 3, allowed: 2, met: false });
    expect(ratioCheck(ratio, 1, 0)).toMatchObject({ allowed: 0, met: false });
  });

  it("follows a ratio of the published version, not a constant", () => {
    const twoPerThree = { apprentices: 2, journeyworkers: 3, level: "WORKSITE" as const };
    expect(ratioCheck(twoPerThree, 4, 6)).toEqual({ planned: 4, allowed: 4, met: true });
    expect(ratioCheck(twoPerThree, 3, 4)).toEqual({ planned: 3, allowed: 2, met: false });
    expect(ratioLabel(twoPerThree)).toBe("2 apprentices per 3 journeyworkers at each worksite");
  });
});
