import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { AAMI_CERTIFICATE_DISCLAIMER, buildAamiCertificatePdf, type AamiCertificate } from "@/lib/pdf/aami-certificate";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { sha256Hex } from "@/lib/storage/hash";
import { pdfPages, pdfText } from "@/tests/support/pdf-text";

// AAMI's certificate of completion (issue 17, point 7): read back by poppler, not compared byte for byte.

const CERTIFICATE: AamiCertificate = {
  apprenticeName: "José Nguyễn",
  employerName: "Hôpital Saint-José Medical Center",
  completedOn: new Date("2028-06-30T00:00:00.000Z"),
  issuedAt: new Date("2028-07-12T15:04:05.000Z"),
  ojlHours: 6000,
  instructionHours: 312,
  credentials: [
    { kind: "CABT", earnedOn: new Date("2027-05-20T00:00:00.000Z") },
    { kind: "CBET_CANDIDATE", earnedOn: new Date("2028-04-02T00:00:00.000Z") },
  ],
  code: "7KX4M-QH92P",
  verifyUrl: "https://portal.example/verify/7KX4M-QH92P",
};

describe("AAMI's certificate of completion", () => {
  it("names the apprentice, program, occupation, employer, day, hours, credentials and verification code", async () => {
    const bytes = await buildAamiCertificatePdf(CERTIFICATE, pdfFontFiles());
    const text = pdfText(bytes);
    for (const expected of [
      "AAMI (Association for the Advancement of Medical Instrumentation)",
      "Certificate of Program Completion",
      "José Nguyễn",
      "completed the Biomedical Equipment Technician (BMET) Registered Apprenticeship",
      "as an apprentice of Hôpital Saint-José Medical Center, on June 30, 2028.",
      "Occupation Biomedical Equipment Technician, O*NET 49-9062.00, RAPIDS code 0888HY",
      "On-the-job learning 6,000 hours",
      "Related instruction 312 hours",
      "CABT (earned May 20, 2027); CBET candidate status (earned April 2, 2028)",
      "By AAMI, the program's sponsor, on July 12, 2028",
      "Verification code 7KX4M-QH92P",
      "Verify at https://portal.example/verify/7KX4M-QH92P",
      AAMI_CERTIFICATE_DISCLAIMER,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("IT Fundamentals");
    // Nothing that reads like DOL's certificate: its title, or the Department as issuer.
    expect(text).not.toContain("Certificate of Completion of Apprenticeship This");
    expect(text.replace(AAMI_CERTIFICATE_DISCLAIMER, "")).not.toMatch(/Department of Labor|Registration Agency/);
  });

  it("is one landscape page, the same bytes for the same completion, and says so when no credential is verified", async () => {
    const first = await buildAamiCertificatePdf(CERTIFICATE, pdfFontFiles());
    const second = await buildAamiCertificatePdf(structuredClone(CERTIFICATE), pdfFontFiles());
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    const doc = await PDFDocument.load(first);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
    expect(pdfPages(first)).toHaveLength(1);

    const none = await buildAamiCertificatePdf({ ...CERTIFICATE, credentials: [] }, pdfFontFiles());
    expect(sha256Hex(none)).not.toBe(sha256Hex(first));
    expect(pdfText(none)).toContain("Credentials verified by AAMI None recorded");
  });
});
