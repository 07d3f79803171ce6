import { describe, expect, it } from "vitest";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { PROGRAM } from "@/lib/program";

describe("ratioCheck", () => {
  it("allows as many apprentices as the program ratio gives the journeyworkers", () => {
    expect(PROGRAM.ratio).toEqual({ apprentices: 1, journeyworkers: 1 });
    expect(ratioCheck(2, 2)).toEqual({ planned: 2, allowed: 2, met: true });
    expect(ratioCheck(3, 2)).toEqual({ planned: 3, allowed: 2, met: false });
    expect(ratioCheck(1, 0)).toMatchObject({ allowed: 0, met: false });
  });
});
