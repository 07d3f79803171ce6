import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PROFILE_LINK_DAYS, readProfileToken, signProfileToken } from "@/lib/candidates/profile/token";

const SECRET = "unit-test-secret";
const ID = "cmcandidate0000000000000001";
const NOW = new Date("2026-11-23T12:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 3600 * 1000);

describe("candidate profile link token", () => {
  it("reads back the candidate it was made for until it expires", () => {
    const token = signProfileToken(SECRET, ID, 1, NOW);
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
    const token = signProfileToken(SECRET, ID, 1, NOW);
    const [id, version, expires, sig] = token.split(".") as [string, string, string, string];
    expect(readProfileToken("another-secret", token, NOW)).toEqual({ status: "invalid" });
    expect(readProfileToken(SECRET, `cmcandidate0000000000000002.${version}.${expires}.${sig}`, NOW)).toEqual({
      status: "invalid",
    });
    const later = (parseInt(expires, 36) + 86400).toString(36);
    expect(readProfileToken(SECRET, `${id}.${version}.${later}.${sig}`, NOW)).toEqual({ status: "invalid" });
  });

  it("carries the link version, signed, so a newer link can revoke it", () => {
    const token = signProfileToken(SECRET, ID, 7, NOW);
    expect(readProfileToken(SECRET, token, NOW)).toMatchObject({ status: "valid", candidateId: ID, version: 7 });
    const [id, , expires, sig] = token.split(".") as [string, string, string, string];
    expect(readProfileToken(SECRET, `${id}.8.${expires}.${sig}`, NOW)).toEqual({ status: "invalid" });
  });

  it("reads links made before versions (three parts) as version 1", () => {
    const expires = (Math.floor(NOW.getTime() / 1000) + 86400).toString(36);
    const payload = `${ID}.${expires}`;
    const sig = createHmac("sha256", SECRET).update(`candidate-profile-link:${payload}`).digest("base64url");
    expect(readProfileToken(SECRET, `${payload}.${sig}`, NOW)).toMatchObject({ status: "valid", version: 1 });
  });

  it("refuses malformed tokens without throwing", () => {
    for (const bad of ["", "a.b", "a.b.c.d.e", `../../etc.${"x".repeat(10)}.y`, `${ID}.ZZZ.sig`, `${ID}.1.`]) {
      expect(readProfileToken(SECRET, bad, NOW)).toEqual({ status: "invalid" });
    }
  });
});
