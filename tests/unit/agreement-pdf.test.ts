import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { buildAgreementPdf, type AgreementSignature } from "@/lib/pdf/agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { sha256Hex } from "@/lib/storage/hash";
import {
  SAMPLE_AGREEMENT_CONTENT,
  SAMPLE_REGISTRATION_AGENCY,
  SAMPLE_SIGNATURE,
} from "@/tests/support/agreement-fixtures";
import { pdfFonts, pdfPages, pdfText } from "@/tests/support/pdf-text";

const content = SAMPLE_AGREEMENT_CONTENT;
const agency = SAMPLE_REGISTRATION_AGENCY;

describe("the Employer Agreement PDF", () => {
  it("is the same bytes for the same data, so the hash a signer previewed is the hash that gets signed", async () => {
    const first = await buildAgreementPdf(content, agency, pdfFontFiles());
    const second = await buildAgreementPdf(structuredClone(content), agency, pdfFontFiles());
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    const changed = await buildAgreementPdf({ ...content, journeyworkerCount: 4 }, agency, pdfFontFiles());
    expect(sha256Hex(changed)).not.toBe(sha256Hex(first));
  });

  it("contains the organization, positions, funding plan, mentors and every wage step, with fonts embedded", async () => {
    const bytes = await buildAgreementPdf(content, agency, pdfFontFiles());
    const text = pdfText(bytes);
    for (const expected of [
      "Employer Agreement",
      "Hôpital Saint-José Medical Center",
      "Dana Nguyễn",
      "O*NET 49-9062.00",
      "0888HY",
      "Appendix A. Positions",
      "BMET Apprentice",
      "Lincoln Land Community College",
      "Other: Hospital foundation",
      "Chris Ortega",
      "CBET, CRES",
      "Entry, until 6 months $22.80 60%",
      "From 6 months to 12 months $24.70 65%",
      "From 12 months to 18 months $27.36 72%",
      "From 18 months to 24 months $30.40 80%",
    ]) {
      expect(text).toContain(expected);
    }
    const doc = await PDFDocument.load(bytes);
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj.toString())
      .filter((s) => s.includes("/FontFile2"));
    expect(fonts.length).toBe(2);
    // Whole fonts: @pdf-lib/fontkit's subsets lost most glyph outlines, so poppler drew blank letters (seen by
    // rendering a page with pdftoppm) while text extraction still found every word.
    expect(pdfFonts(bytes)).toEqual([
      expect.objectContaining({ embedded: true, subset: false }),
      expect.objectContaining({ embedded: true, subset: false }),
    ]);
  });

  it("names the Registration Agency for the employer's state, with its contact or a note that none is recorded", async () => {
    const text = pdfText(await buildAgreementPdf(content, agency, pdfFontFiles()));
    for (const expected of [
      "5. Registration Agency",
      "Registration Agency U.S. Department of Labor, Office of Apprenticeship, Illinois État Office",
      "U.S. Department of Labor, Office of Apprenticeship, for Illinois",
      "(312) 555-0142, apprenticeship.il@example.gov, https://www.apprenticeship.gov/",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Contact not yet recorded");

    const saa = {
      ...agency,
      kind: "SAA" as const,
      name: "Illinois Apprenticeship Agency",
      office: null,
      email: null,
      phone: null,
      website: null,
    };
    const withoutContact = pdfText(await buildAgreementPdf(content, saa, pdfFontFiles()));
    expect(withoutContact).toContain("Registration Agency Illinois Apprenticeship Agency");
    expect(withoutContact).toContain(
      "State Apprenticeship Agency for Illinois, recognized by the U.S. Department of Labor",
    );
    expect(withoutContact).toContain("Agency contact Contact not yet recorded");
  });

  it("changes with the agency it names, so the signer signs the agency they saw", async () => {
    const first = await buildAgreementPdf(content, agency, pdfFontFiles());
    const corrected = await buildAgreementPdf(content, { ...agency, phone: "(312) 555-0199" }, pdfFontFiles());
    expect(sha256Hex(corrected)).not.toBe(sha256Hex(first));
  });

  it("once signed, carries the signature block and an evidence page with the unsigned document's SHA-256", async () => {
    const unsigned = await buildAgreementPdf(content, agency, pdfFontFiles());
    const signature: AgreementSignature = { ...SAMPLE_SIGNATURE, unsignedSha256: sha256Hex(unsigned) };
    const signed = await buildAgreementPdf(content, agency, pdfFontFiles(), signature);
    const pages = pdfPages(signed);
    expect(pages.length).toBe(pdfPages(unsigned).length + 1);
    const evidence = pages.at(-1)!.replace(/\s+/g, " ");
    for (const expected of [
      "Electronic signature record",
      "Dana Nguyễn",
      "Director of Clinical Engineering",
      "dana@stjose.example",
      "2026-11-23 15:04:05 UTC",
      "203.0.113.9",
      "Chrome/156.0",
      sha256Hex(unsigned),
    ]) {
      expect(evidence).toContain(expected);
    }
    expect(pdfText(signed)).toContain("/s/ Dana Nguyễn");
  });
});
