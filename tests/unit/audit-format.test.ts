import { describe, expect, it } from "vitest";
import { auditKindLabel, subjectTypeLabel, summarizePayload } from "@/lib/audit/format";

describe("auditKindLabel and subjectTypeLabel", () => {
  it("read event kinds and subject types as words, including kinds added later", () => {
    expect(auditKindLabel("submission.submitted")).toBe("Submission submitted");
    expect(auditKindLabel("organization.access_requested")).toBe("Organization access requested");
    expect(auditKindLabel("review.changes_requested")).toBe("Review changes requested");
    expect(subjectTypeLabel("EmployerAgreement")).toBe("Employer agreement");
    expect(subjectTypeLabel("Submission")).toBe("Submission");
  });
});

describe("summarizePayload", () => {
  it("lists the fields on one line, in words", () => {
    expect(summarizePayload({ version: 2, agreementVersion: 1, resubmission: true, resolvedComments: 0 })).toBe(
      "Version: 2 · Agreement version: 1 · Resubmission: yes · Resolved comments: 0",
    );
  });

  it("shortens hashes, joins plain lists and counts lists of records", () => {
    const sha = "a".repeat(64);
    expect(summarizePayload({ signedSha256: sha })).toBe("Signed sha256: aaaaaaaaaaaa…");
    expect(summarizePayload({ sources: ["OPERATING_BUDGET", "STATE_GRANT"] })).toBe(
      "Sources: OPERATING_BUDGET, STATE_GRANT",
    );
    expect(summarizePayload({ documents: [{ kind: "A" }, { kind: "B" }] })).toBe("Documents: 2 entries");
    expect(summarizePayload({ from: null, steps: [] })).toBe("Steps: none");
  });

  it("is empty for an empty or non-object payload, and cut to the length asked", () => {
    expect(summarizePayload({})).toBe("");
    expect(summarizePayload("text")).toBe("");
    const long = summarizePayload({ reason: "x".repeat(300) }, 40);
    expect(long).toHaveLength(40);
    expect(long.endsWith("…")).toBe(true);
  });
});
