import { describe, expect, it } from "vitest";
import { credentialStandings, enterableKinds, type CredentialRow } from "@/lib/training/credentials/kinds";
import {
  EnterCredentialSchema,
  ReturnCredentialSchema,
  VerifyCredentialSchema,
} from "@/lib/training/credentials/schemas";

const ID = "capprenticeid0000000000001";
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const pdf = () => new File(["%PDF-1.7"], "cabt.pdf", { type: "application/pdf" });
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = EnterCredentialSchema.safeParse({ apprenticeId: ID, kind: "CABT", earnedOn: "2027-05-20", ...input });
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the credential form", () => {
  it("takes one of the three credentials, a calendar day and a PDF or photo", () => {
    for (const kind of ["CABT", "IT_FUNDAMENTALS", "CBET_CANDIDATE"]) {
      expect(errorsOf({ kind, evidence: pdf() }), kind).toEqual({});
    }
    for (const [name, type] of [
      ["photo.JPG", ""],
      ["scan", "image/webp"],
    ]) {
      expect(errorsOf({ evidence: new File(["x"], name!, { type }) }), name).toEqual({});
    }
  });

  it("refuses an unknown credential, a missing or impossible day, and a missing or foreign file", () => {
    expect(errorsOf({ kind: "CCNA", evidence: pdf() })).toEqual({ kind: "Choose the credential." });
    expect(errorsOf({ kind: undefined, evidence: pdf() })).toEqual({ kind: "Choose the credential." });
    expect(errorsOf({ earnedOn: "", evidence: pdf() })).toEqual({
      earnedOn: "Enter the day the credential was earned.",
    });
    for (const earnedOn of ["2027-02-30", "05/20/2027", "yesterday"]) {
      expect(errorsOf({ earnedOn, evidence: pdf() }), earnedOn).toEqual({
        earnedOn: "Enter the day as a date, like 2027-05-20.",
      });
    }
    expect(errorsOf({})).toEqual({ evidence: "Attach the certificate: a PDF or a photo." });
    expect(errorsOf({ evidence: new File([], "", { type: "application/octet-stream" }) })).toEqual({
      evidence: "Attach the certificate: a PDF or a photo.",
    });
    expect(errorsOf({ evidence: new File(["x"], "cabt.docx", { type: "application/msword" }) })).toEqual({
      evidence: "Attach a PDF or a photo (PNG, JPEG or WebP).",
    });
    expect(errorsOf({ evidence: new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf") })).toEqual({
      evidence: "The file is larger than 10 MB. Attach a smaller one.",
    });
  });

  it("returns a credential only with a reason, and takes record ids only", () => {
    expect(ReturnCredentialSchema.safeParse({ credentialId: ID, reason: "  " }).success).toBe(false);
    expect(ReturnCredentialSchema.safeParse({ credentialId: ID, reason: "Wrong name." }).success).toBe(true);
    expect(VerifyCredentialSchema.safeParse({ credentialId: "../x" }).success).toBe(false);
  });
});

describe("where each credential stands", () => {
  let n = 0;
  const row = (
    kind: CredentialRow["kind"],
    createdAt: string,
    decided: Partial<CredentialRow> = {},
  ): CredentialRow => ({
    id: `c${++n}`,
    kind,
    earnedOn: day("2027-05-01"),
    createdAt: day(createdAt),
    verifiedAt: null,
    returnedAt: null,
    returnReason: null,
    ...decided,
  });

  it("is not entered, waiting, verified, or returned with the reason, in the program's order", () => {
    const returned = row("CBET_CANDIDATE", "2027-05-02", { returnedAt: day("2027-05-03"), returnReason: "Blurred." });
    const verified = row("CABT", "2027-05-02", { verifiedAt: day("2027-05-04") });
    const standings = credentialStandings([returned, verified]);
    expect(standings.map((s) => [s.kind, s.status, s.credential?.id ?? null])).toEqual([
      ["CABT", "verified", verified.id],
      ["IT_FUNDAMENTALS", "not-entered", null],
      ["CBET_CANDIDATE", "returned", returned.id],
    ]);
    expect(enterableKinds(standings)).toEqual(["IT_FUNDAMENTALS", "CBET_CANDIDATE"]);
  });

  it("shows an entry made again over the ones returned before it, and the last return when none stands", () => {
    const first = row("IT_FUNDAMENTALS", "2027-05-02", { returnedAt: day("2027-05-03"), returnReason: "One." });
    const second = row("IT_FUNDAMENTALS", "2027-05-05", { returnedAt: day("2027-05-06"), returnReason: "Two." });
    expect(credentialStandings([second, first])[1]).toMatchObject({
      status: "returned",
      credential: { id: second.id },
    });
    const again = row("IT_FUNDAMENTALS", "2027-05-07");
    const standings = credentialStandings([first, again, second]);
    expect(standings[1]).toMatchObject({ status: "waiting", credential: { id: again.id } });
    expect(enterableKinds(standings)).toEqual(["CABT", "CBET_CANDIDATE"]);
  });
});
