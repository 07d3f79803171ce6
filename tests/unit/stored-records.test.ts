import { describe, expect, it } from "vitest";
import { parseAgreementEvidence } from "@/lib/apprentices/agreement/evidence";
import { parseSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot-schema";
import { canonicalJsonSha256 } from "@/lib/storage/hash";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { signSampleAgreement } from "@/tests/support/agreement-fixtures";

// Records stored as JSON are read through versioned schemas (issue 14, point 9): what earlier code wrote stays
// readable, and what no code wrote fails at the read.

const { snapshot } = await signSampleAgreement(pdfFontFiles());
const stored = JSON.parse(JSON.stringify(snapshot)) as Record<string, unknown>;

describe("submission snapshots", () => {
  it("reads a version 1 snapshot as it was stored, keeping fields it does not know, so packet hashes still match", () => {
    const withExtra = { ...stored, addedLater: { note: "kept" } };
    const parsed = parseSubmissionSnapshot(withExtra);
    expect(parsed).toEqual(withExtra);
    expect(canonicalJsonSha256(parsed)).toBe(canonicalJsonSha256(withExtra));
  });

  it("refuses a snapshot of an unknown version, or one that lacks what version 1 holds", () => {
    expect(() => parseSubmissionSnapshot({ ...stored, schemaVersion: 99 })).toThrow("schema version 99");
    expect(() => parseSubmissionSnapshot({})).toThrow("schema version undefined");
    expect(() => parseSubmissionSnapshot(null)).toThrow();
    const { organization: _dropped, ...withoutOrganization } = stored;
    expect(() => parseSubmissionSnapshot(withoutOrganization)).toThrow(/organization/);
    expect(() => parseSubmissionSnapshot({ ...stored, positions: [{ title: 7 }] })).toThrow();
  });
});

describe("apprenticeship agreement evidence", () => {
  const employer = { userId: "u1", ip: "203.0.113.9", userAgent: "Firefox", signedAt: "2027-01-09T15:00:00.000Z" };

  it("reads evidence written before it carried a version as version 1, with and without the apprentice's part", () => {
    expect(parseAgreementEvidence({ employer })).toEqual({ employer });
    const both = { employer, apprentice: { ip: null, userAgent: null, signedAt: "2027-01-10T15:00:00.000Z" } };
    expect(parseAgreementEvidence(both)).toEqual(both);
    expect(parseAgreementEvidence({ schemaVersion: 1, employer })).toEqual({ schemaVersion: 1, employer });
  });

  it("reads an agreement stored without evidence as none recorded yet", () => {
    expect(parseAgreementEvidence(null)).toEqual({});
    expect(parseAgreementEvidence(undefined)).toEqual({});
  });

  it("refuses evidence of another version, or of a shape no code wrote", () => {
    expect(() => parseAgreementEvidence({ schemaVersion: 2, employer })).toThrow("schema version 2");
    expect(() => parseAgreementEvidence({ employer: { ...employer, signedAt: 7 } })).toThrow(/signedAt/);
    expect(() => parseAgreementEvidence("signed")).toThrow();
  });
});
