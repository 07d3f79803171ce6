import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { buildApprenticeAgreementPdf, type ApprenticeAgreementInput } from "@/lib/pdf/apprentice-agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { PROGRAM } from "@/lib/program";
import { sha256Hex } from "@/lib/storage/hash";
import { SAMPLE_APPRENTICE_AGREEMENT, SAMPLE_APPRENTICE_SIGNATURES } from "@/tests/support/agreement-fixtures";
import { pdfFonts, pdfPages, pdfText } from "@/tests/support/pdf-text";

const fonts = pdfFontFiles();
const input = SAMPLE_APPRENTICE_AGREEMENT;
const build = (changes: Partial<ApprenticeAgreementInput> = {}) =>
  buildApprenticeAgreementPdf({ ...input, ...changes }, fonts);

const unsigned = await build();
const text = pdfText(unsigned);
/** The text from the "Signatures" heading on, where the parties sign. */
const signatureBlock = (t: string) => t.slice(t.lastIndexOf("Signatures"));

describe("the apprenticeship agreement PDF (ETA-671 content)", () => {
  it("has at least one page, with the program, its codes and its term, and Noto Sans embedded as subsets", async () => {
    expect((await PDFDocument.load(unsigned)).getPageCount()).toBeGreaterThanOrEqual(1);
    const first = pdfPages(unsigned)[0]!.replace(/\s+/g, " ");
    for (const expected of [
      "Apprenticeship Agreement",
      "the content of DOL form ETA-671",
      PROGRAM.name,
      PROGRAM.sponsor,
      `${PROGRAM.occupation}, O*NET ${PROGRAM.onetCode}, RAPIDS code ${PROGRAM.rapidsCode}`,
      PROGRAM.programType,
      "Program registration To be entered by AAMI (program registration number and date)",
      "Standards Version 1, published 2026-12-03, incorporated as amended",
      "Term 24 months, at least 4,000 hours of on-the-job learning",
      "Agreement apa_sample",
      "Generated 2027-01-15 10:00:00 UTC",
    ]) {
      expect(first).toContain(expected);
    }
    expect(pdfFonts(unsigned)).toEqual([
      expect.objectContaining({ embedded: true, subset: true }),
      expect.objectContaining({ embedded: true, subset: true }),
    ]);
  });

  it("names no program number of the employer's own: employers join AAMI's one registered program", () => {
    expect(pdfText(unsigned)).not.toMatch(/DOL program number/i);
  });

  it("dates the PDF's metadata from generatedAt, not from the clock", async () => {
    const doc = await PDFDocument.load(unsigned, { updateMetadata: false });
    expect(doc.getCreationDate()).toEqual(input.generatedAt);
    expect(doc.getModificationDate()).toEqual(input.generatedAt);
  });

  it("names the employer and the apprentice, accents included", () => {
    for (const expected of [
      "Hôpital Saint-José Medical Center (doing business as Saint José)",
      "Contact Dana Nguyễn, 217-555-0100",
      "Name José Thành Nguyễn, Jr.",
      "Date of birth 2009-06-30",
      "Start date 2027-02-01",
      "12 Élan Court, Springfield, IL 62704",
      "jose@example.com",
      "217-555-0142",
      "Employment New employee",
      "Mentor Chris Ortega",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows only the last four digits of the SSN, or 'Not given', and never a 9-digit number", async () => {
    expect(text).toContain("Social Security number ***-**-6789");
    expect(text).not.toMatch(/\d{3}-?\d{2}-?\d{4}/);
    expect(text.replace(/\D+/g, " ")).not.toMatch(/\b\d{9}\b/);

    const none = pdfText(await build({ apprentice: { ...input.apprentice, ssnLast4: null } }));
    expect(none).toContain("Social Security number Not given");
    expect(none).not.toContain("***-**-");
  });

  it("refuses anything but four digits as the SSN's last four, so a full number cannot be printed", async () => {
    await expect(build({ apprentice: { ...input.apprentice, ssnLast4: "123456789" } })).rejects.toThrow(
      "last four digits",
    );
  });

  it("states the minimum OJL hours, the credit and the hours remaining, naming the credited skill sets", async () => {
    expect(text).toContain("Minimum OJL hours 4,000");
    for (const s of input.credit.skillSets) expect(text).toContain(`${s.title} (${s.hours} hours)`);
    expect(text).toContain("Credited OJT hours 1,200");
    expect(text).toContain("Hours remaining 2,800");
    expect(text).toContain("Previous related training 90 hours");

    const none = pdfText(
      await build({ credit: { skillSets: [], creditedOjtHours: 0, previousTrainingHours: 0 }, startingWageStep: 0 }),
    );
    expect(none).toContain("No skill sets credited");
    expect(none).toContain("Hours remaining 4,000");
    expect(none).not.toContain("CREDITED");
  });

  it("prints the whole work-process schedule, every set with its hours and skills, the credited sets marked", () => {
    const schedule = text.slice(text.indexOf("Work-process schedule"), text.indexOf("Related instruction"));
    const credited = new Set(input.credit.skillSets.map((c) => c.key));
    for (const set of input.standards.skillSets) {
      const label = `Skill set ${set.ordinal}. ${set.isSample ? `${set.title} (SAMPLE)` : set.title} · ${set.hours} hours`;
      expect(schedule).toContain(
        credited.has(set.key) ? `${label} · CREDITED (${set.hours} hours)` : `${label} ${set.skills[0]!.code}`,
      );
      for (const skill of set.skills) expect(schedule).toContain(`${skill.code} ${skill.title}`);
    }
    expect(schedule.match(/CREDITED \(/g)).toHaveLength(credited.size);
  });

  it("states the related instruction: provider, hours per year and whether its time is paid", () => {
    expect(text).toContain("Provider Lincoln Land Community College");
    expect(text).toContain("Hours per year 160 (at least 144 recommended)");
    expect(text).toContain("Instruction time paid Yes");
  });

  it("shows every wage period and marks the one the apprentice starts in, with the starting wage", async () => {
    for (const expected of [
      "Entry, until 6 months $22.80 60% Credited",
      "From 6 months to 12 months $24.70 65% Starts here",
      "From 12 months to 18 months $27.36 72%",
      "From 18 months to 24 months $30.40 80%",
      'Starting wage $24.70 an hour (65% of the journeyworker rate), period "From 6 months to 12 months"',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.match(/Starts here/g)).toHaveLength(1);

    const fromEntry = pdfText(await build({ startingWageStep: 0 }));
    expect(fromEntry).toContain("Entry, until 6 months $22.80 60% Starts here");
    expect(fromEntry).toContain("Starting wage $22.80 an hour");
    await expect(build({ startingWageStep: 4 })).rejects.toThrow("Starting wage step 4");
  });

  it("names the sponsor and the Registration Agency with their contact details (29 CFR 29.7(c))", async () => {
    for (const expected of [
      "Sponsor and Registration Agency",
      "Sponsor's address 901 N. Glebe Road, Suite 300, Arlington, VA 22203",
      "Sponsor's phone (703) 525-4890",
      "Registration Agency U.S. Department of Labor, Office of Apprenticeship, Illinois État Office",
      "Agency contact (312) 555-0142, apprenticeship.il@example.gov, https://www.apprenticeship.gov/",
    ]) {
      expect(text).toContain(expected);
    }
    const saa = pdfText(
      await build({
        registrationAgency: {
          ...input.registrationAgency,
          kind: "SAA",
          name: "Apprenticeship Illinois",
          office: null,
          email: null,
          phone: null,
          website: null,
        },
      }),
    );
    expect(saa).toContain("Registration Agency Apprenticeship Illinois");
    expect(saa).toContain("Agency contact Contact not yet recorded");
    expect(saa).toContain("registers it with the Registration Agency, Apprenticeship Illinois.");
  });

  it("states the exact probation and cancellation during it and after it (29 CFR 29.7(h)), from the standards", async () => {
    for (const expected of [
      "a probationary period of exactly 6 months from the start date",
      "During it, either party may cancel this agreement without stated cause, by written notice to the Registration Agency, U.S. Department of Labor, Office of Apprenticeship, Illinois État Office",
      "does not affect the sponsor's completion rate",
      "Cancellation after the probationary period",
      "only for good cause, with due notice to the apprentice and a reasonable opportunity to correct, and with written notice of the final action to the apprentice and to the Registration Agency (29 CFR 29.7(h))",
    ]) {
      expect(text).toContain(expected);
    }
    const longer = pdfText(await build({ standards: { ...input.standards, termMonths: 48, probationMonths: 12 } }));
    expect(longer).toContain("a probationary period of exactly 12 months");
  });

  it("incorporates the standards as amended, with their version, and carries the equal opportunity pledge", () => {
    for (const expected of [
      "program standards (version 1), which are part of it as they exist on the date of this agreement and as amended from time to time",
      "The Sponsor and the Employer will not discriminate against apprenticeship applicants or apprentices",
      "Title 29 of the Code of Federal Regulations, part 30",
      "accorded equal opportunity in all phases of apprenticeship employment and training",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("says who handles complaints and disputes: the sponsor, then the Registration Agency; EEO within 300 days", () => {
    const complaints = text.slice(text.indexOf("Complaints and disputes"), text.indexOf("Registration The sponsor"));
    expect(complaints).toContain(
      "goes first to the sponsor, AAMI (Association for the Advancement of Medical Instrumentation), 901 N. Glebe Road",
    );
    expect(complaints).toContain(
      "may be taken to the Registration Agency, U.S. Department of Labor, Office of Apprenticeship, Illinois État Office ((312) 555-0142",
    );
    expect(complaints).toContain("within 300 days of the alleged discrimination (29 CFR 30.14)");
  });

  it("carries none of the apprentice's self-identification answers (they go only into the RAPIDS file)", () => {
    // Capitalized, as a field's label would be: the pledge names race, sex and disability in lower case.
    expect(text).not.toMatch(/\b(Sex|Race|Ethnicity|Veteran|Disability|Education)\b/);
    expect(text).not.toMatch(/self-identif/i);
  });

  it("has a parent or guardian block only when the apprentice is under 18", async () => {
    expect(signatureBlock(text)).toContain("Parent or guardian (the apprentice is under 18)");
    const adult = pdfText(await build({ guardianRequired: false }));
    expect(adult).not.toContain("Parent or guardian");
    expect(adult).not.toContain("Relationship");
    await expect(
      build({
        guardianRequired: false,
        signatures: { ...input.signatures, guardian: SAMPLE_APPRENTICE_SIGNATURES.guardian },
      }),
    ).rejects.toThrow("does not need a guardian");
  });

  it("reads 'Not yet signed' for each party until they sign, then their names and the dates", async () => {
    expect(signatureBlock(text).match(/Not yet signed/g)).toHaveLength(3);

    const signed = signatureBlock(pdfText(await build({ signatures: SAMPLE_APPRENTICE_SIGNATURES })));
    expect(signed).not.toContain("Not yet signed");
    for (const expected of [
      "/s/ Dana Nguyễn Name Dana Nguyễn Title Director of Clinical Engineering Date 2027-01-16 14:00:00 UTC",
      "/s/ José Thành Nguyễn Jr. Name José Thành Nguyễn Jr. Date 2027-01-18 09:15:30 UTC",
      "/s/ Lan Nguyễn Name Lan Nguyễn Relationship Mother Date 2027-01-18 09:20:00 UTC",
    ]) {
      expect(signed).toContain(expected);
    }

    // Only the employer has signed: the apprentice and the guardian are still to sign.
    const employerOnly = signatureBlock(
      pdfText(await build({ signatures: { ...input.signatures, employer: SAMPLE_APPRENTICE_SIGNATURES.employer } })),
    );
    expect(employerOnly).toContain("/s/ Dana Nguyễn");
    expect(employerOnly.match(/Not yet signed/g)).toHaveLength(2);
  });

  it("is the same bytes for the same input, and different bytes once someone signs", async () => {
    const again = await buildApprenticeAgreementPdf(structuredClone(input), fonts);
    expect(sha256Hex(again)).toBe(sha256Hex(unsigned));
    const signed = await build({
      signatures: { ...input.signatures, apprentice: SAMPLE_APPRENTICE_SIGNATURES.apprentice },
    });
    expect(sha256Hex(signed)).not.toBe(sha256Hex(unsigned));
    const otherSigner = await build({
      signatures: {
        ...input.signatures,
        apprentice: { ...SAMPLE_APPRENTICE_SIGNATURES.apprentice!, signedAt: new Date("2027-01-19T09:15:30Z") },
      },
    });
    expect(sha256Hex(otherSigner)).not.toBe(sha256Hex(signed));
  });
});
