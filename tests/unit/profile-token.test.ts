import { describe, expect, it } from "vitest";
import { PROFILE_LINK_DAYS, readProfileToken, signProfileToken } from "@/lib/candidates/profile-token";

const SECRET = "unit-test-secret";
const ID = "cmcandidate0000000000000001";
const NOW = new Date("2026-11-23T12:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 3600 * 1000);

describe("candidate profile link token", () => {
  it("reads back the candidate it was made for until it expires", () => {
    const token = signProfileToken(SECRET, ID, NOW);
    expect(readProfileToken(SECRET, token, days(PROFILE_LINK_DAYS - 1))).toMatchObject({
      status: "valid",
      candidateId: ID,
    });
    expect(readProfileToken(SECRET, token, days(PROFILE_LINK_DAYS + 1))).toMatchObject({
      status: "expired",
      candidateId: ID,
    });
  });

  it("refuses a token signed with another secret, for another candidate, or with a later expiry", () => {
    const token = signProfileToken(SECRET, ID, NOW);
    const [id, expires, sig] = token.split(".") as [string, string, string];
    expect(readProfileToken("another-secret", token, NOW)).toEqual({ status: "invalid" });
    expect(readProfileToken(SECRET, `cmcandidate0000000000000002.${expires}.${sig}`, NOW)).toEqual({
      status: "invalid",
    });
    const later = (parseInt(expires, 36) + 86400).toString(36);
    expect(readProfileToken(SECRET, `${id}.${later}.${sig}`, NOW)).toEqual({ status: "invalid" });
  });

  it("refuses malformed tokens without throwing", () => {
    for (const bad of ["", "a.b", "a.b.c.d", `../../etc.${"x".repeat(10)}.y`, `${ID}.ZZZ.sig`, `${ID}.1.`]) {
      expect(readProfileToken(SECRET, bad, NOW)).toEqual({ status: "invalid" });
    }
  });
});
