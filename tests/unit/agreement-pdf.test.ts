import { describe, expect, it } from "vitest";
import fontkit from "@pdf-lib/fontkit";
import { buildAgreementPdf, type AgreementSignature } from "@/lib/pdf/agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { sha256Hex } from "@/lib/storage/hash";
import {
  SAMPLE_AGREEMENT_CONTENT,
  SAMPLE_REGISTRATION_AGENCY,
  SAMPLE_SIGNATURE,
} from "@/tests/support/agreement-fixtures";
import { embeddedFontPrograms, pdfFonts, pdfPages, pdfText } from "@/tests/support/pdf-text";
import { STANDARDS_V1 } from "@/tests/support/standards";

const content = SAMPLE_AGREEMENT_CONTENT;
const agency = SAMPLE_REGISTRATION_AGENCY;

describe("the Employer Acceptance Agreement PDF", () => {
  it("is the same bytes for the same data, so the hash a signer previewed is the hash that gets signed", async () => {
    const first = await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles());
    // The first build in this file makes its font subsets; the second reuses them (lib/pdf/font-subsets.ts).
    const second = await buildAgreementPdf(structuredClone(content), STANDARDS_V1, agency, pdfFontFiles());
    expect(sha256Hex(second)).toBe(sha256Hex(first));
    const changed = await buildAgreementPdf(
      { ...content, journeyworkerCount: 4 },
      STANDARDS_V1,
      agency,
      pdfFontFiles(),
    );
    expect(sha256Hex(changed)).not.toBe(sha256Hex(first));
  });

  it("names the standards version it incorporates as amended, and reads its numbers from that version", async () => {
    const text = pdfText(await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles())).replace(/\s+/g, " ");
    for (const expected of [
      "Program registration To be entered by AAMI (program registration number and date)",
      "Standards Version 1, published 2026-12-03, incorporated as amended",
      "The program's standards (version 1, published 2026-12-03), with the Sponsor's National Standards of Apprenticeship and Training Objectives, which the Employer has reviewed, are part of this agreement as amended from time to time.",
      "Program ratio 1 apprentice per 1 journeyworker at each worksite",
      "Hours per year 160 (at least 144 recommended)",
    ]) {
      expect(text).toContain(expected);
    }
    const amended = {
      ...STANDARDS_V1,
      id: "standardsversion000002",
      version: 2,
      registrationNumber: "TEST-0001",
      registeredOn: "2021-06-15",
      ratio: { apprentices: 2, journeyworkers: 1, level: "WORKSITE" as const },
      riHoursPerYear: 150,
    };
    const v2 = pdfText(await buildAgreementPdf(content, amended, agency, pdfFontFiles())).replace(/\s+/g, " ");
    for (const expected of [
      "Program registration TEST-0001, registered 2021-06-15",
      "Standards Version 2, published 2026-12-03, incorporated as amended",
      "Program ratio 2 apprentices per 1 journeyworker at each worksite",
      "Hours per year 160 (at least 150 recommended)",
    ]) {
      expect(v2).toContain(expected);
    }
  });

  it("contains the organization, positions, funding plan, mentors and every wage step, with fonts embedded", async () => {
    const bytes = await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles());
    const text = pdfText(bytes);
    for (const expected of [
      "Employer Acceptance Agreement",
      "Hôpital Saint-José Medical Center",
      "Dana Nguyễn",
      "O*NET 49-9062.00",
      "0888HY",
      "Appendix B. Positions",
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
    expect(pdfFonts(bytes)).toEqual([
      expect.objectContaining({ embedded: true, subset: true }),
      expect.objectContaining({ embedded: true, subset: true }),
    ]);
  });

  it("embeds Noto Sans cut down to the characters it draws, each with its outline, a few KiB a weight", async () => {
    const bytes = await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles(), {
      ...SAMPLE_SIGNATURE,
      unsignedSha256: "0".repeat(64),
    });
    // Names with accents come back as text, so each was drawn with a glyph that maps to it.
    const text = pdfText(bytes);
    for (const name of [
      "Hôpital Saint-José Medical Center",
      "Dana Nguyễn",
      "/s/ Dana Nguyễn",
      "Illinois État Office",
    ]) {
      expect(text).toContain(name);
    }
    const programs = await embeddedFontPrograms(bytes);
    expect(programs.map((p) => p.name)).toEqual([
      expect.stringMatching(/^[A-Z]{6}\+NotoSans-Regular$/),
      expect.stringMatching(/^[A-Z]{6}\+NotoSans-Bold$/),
    ]);
    const [regular, bold] = programs.map((p) => fontkit.create(p.program));
    // A blank letter is what @pdf-lib/fontkit's subsetter produced: the glyph is there, its outline is not. Every
    // character the text holds (accents, digits, punctuation) must have a glyph with an outline in a subset.
    const hasOutline = (font: typeof regular, character: string) => {
      const glyph = font!.glyphForCodePoint(character.codePointAt(0)!);
      return glyph.id !== 0 && glyph.path.toSVG().length > 0;
    };
    const drawn = [...new Set(text.replace(/\s/g, ""))];
    expect(drawn.length).toBeGreaterThan(60);
    expect(drawn.filter((c) => !hasOutline(regular, c) && !hasOutline(bold, c))).toEqual([]);
    for (const c of "ôéễÉ0123456789") expect(hasOutline(regular, c)).toBe(true);
    for (const c of "/sDaNguyễn") expect(hasOutline(bold, c)).toBe(true);
    // Characters never drawn are not carried: the subset is not the whole font.
    expect(regular!.glyphForCodePoint("ж".codePointAt(0)!).id).toBe(0);
    for (const { program } of programs) expect(program.length).toBeLessThan(40 * 1024);
  });

  it("names the Registration Agency for the employer's state, with its contact or a note that none is recorded", async () => {
    const text = pdfText(await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles()));
    for (const expected of [
      "14. Registration Agency",
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
    const withoutContact = pdfText(await buildAgreementPdf(content, STANDARDS_V1, saa, pdfFontFiles()));
    expect(withoutContact).toContain("Registration Agency Illinois Apprenticeship Agency");
    expect(withoutContact).toContain(
      "State Apprenticeship Agency for Illinois, recognized by the U.S. Department of Labor",
    );
    expect(withoutContact).toContain("Agency contact Contact not yet recorded");
  });

  it("changes with the agency it names, so the signer signs the agency they saw", async () => {
    const first = await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles());
    const corrected = await buildAgreementPdf(
      content,
      STANDARDS_V1,
      { ...agency, phone: "(312) 555-0199" },
      pdfFontFiles(),
    );
    expect(sha256Hex(corrected)).not.toBe(sha256Hex(first));
  });

  it("once signed, carries the signature block and an evidence page with the unsigned document's SHA-256", async () => {
    const unsigned = await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles());
    const signature: AgreementSignature = { ...SAMPLE_SIGNATURE, unsignedSha256: sha256Hex(unsigned) };
    const signed = await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles(), signature);
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

describe("the Employer Acceptance Agreement's sections (issue 14, point 3), each found by its numbered heading", async () => {
  // Without the page footers, so a paragraph that breaks across pages reads as one.
  const text = pdfText(await buildAgreementPdf(content, STANDARDS_V1, agency, pdfFontFiles())).replace(
    / Employer Acceptance Agreement · [^·]+ · Page \d+ of \d+/g,
    "",
  );
  const HEADINGS = [
    "1. Parties",
    "2. The program",
    "3. Appendices",
    "4. Related instruction",
    "5. The wage schedule",
    "6. Probationary period",
    "7. Ratio",
    "8. Safety training",
    "9. Credit for previous experience",
    "10. The employer's obligations",
    "11. Equal opportunity",
    "12. Complaints",
    "13. Leaving the program",
    "14. Registration Agency",
    "15. Signatures",
    "Appendix A. Work-process schedule",
    "Appendix B. Positions",
    "Appendix C. Related-instruction funding plan",
    "Appendix D. Mentors and journeyworkers",
    "Appendix E. Wage schedule",
  ];
  /** The text of section `heading` up to the next heading. */
  const section = (heading: string) => {
    const at = text.indexOf(heading);
    expect(at, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
    const next = HEADINGS[HEADINGS.indexOf(heading) + 1];
    return text.slice(at + heading.length, next ? text.indexOf(next) : undefined);
  };

  it("is titled the Employer Acceptance Agreement, with every section in order", () => {
    expect(text).toMatch(/^AAMI .* Employer Acceptance Agreement /);
    const headings = HEADINGS;
    const positions = headings.map((h) => text.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(Object.fromEntries(headings.map((h, i) => [h, positions[i]]))),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("names the parties, and the program with its registration, codes and hybrid term in hours and skill sets", async () => {
    expect(section("1. Parties")).toContain(
      "between AAMI (Association for the Advancement of Medical Instrumentation), 901 N. Glebe Road, Suite 300, Arlington, VA 22203",
    );
    expect(section("1. Parties")).toContain("Hôpital Saint-José Medical Center (doing business as Saint José)");
    const program = section("2. The program");
    for (const expected of [
      "Program registration: To be entered by AAMI",
      "Biomedical Equipment Technician, O*NET 49-9062.00, RAPIDS code 0888HY",
      "hybrid (competency-based and time-based)",
      "24 months, at least 4,000 hours of on-the-job learning, by mastering the 10 skill sets",
      "as amended from time to time",
    ]) {
      expect(program).toContain(expected);
    }
    const registered = pdfText(
      await buildAgreementPdf(
        content,
        { ...STANDARDS_V1, registrationNumber: "2021-DC-123456", registeredOn: "2021-06-15" },
        agency,
        pdfFontFiles(),
      ),
    );
    expect(registered).toContain("Program registration: 2021-DC-123456, registered 2021-06-15.");
  });

  it("lists the five appendices, and Appendix A is the whole schedule: every set with its hours and skills, SAMPLE marked", () => {
    const appendices = section("3. Appendices");
    for (const letter of [
      "A. The work-process schedule",
      "B. The Employer's positions",
      "C. The related-instruction funding plan",
      "D. The mentors",
      "E. The wage schedule",
    ]) {
      expect(appendices).toContain(`Appendix ${letter}`);
    }
    const schedule = text.slice(
      text.indexOf("Appendix A. Work-process schedule"),
      text.indexOf("Appendix B. Positions"),
    );
    for (const set of STANDARDS_V1.skillSets) {
      const label = set.isSample ? `${set.title} (SAMPLE)` : set.title;
      expect(schedule).toContain(`Skill set ${set.ordinal}. ${label} · ${set.hours.toLocaleString("en-US")} hours`);
      for (const skill of set.skills) expect(schedule).toContain(`${skill.code} ${skill.title}`);
    }
    expect(schedule).toContain("Skill set 1. Orientation and Safety · 200 hours");
    expect(schedule).not.toContain("Orientation and Safety (SAMPLE)");
    expect(schedule).not.toContain("CREDITED");
  });

  it("states related instruction against the standards' minimum, 100% paid by the employer, and whether its time is paid", async () => {
    const ri = section("4. Related instruction");
    expect(ri).toContain(
      "Provider: Lincoln Land Community College. Hours: 160 a year; the standards call for at least 144 a year.",
    );
    expect(ri).toContain("is paid by the Employer");
    expect(ri).toContain("The Employer pays 100% of the cost of the related instruction");
    const unpaid = pdfText(
      await buildAgreementPdf(
        { ...content, funding: { ...content.funding!, instructionTimePaid: false } },
        { ...STANDARDS_V1, riHoursPerYear: 150 },
        agency,
        pdfFontFiles(),
      ),
    );
    expect(unpaid).toContain(
      "the standards call for at least 150 a year. Time apprentices spend in related instruction is not paid by the Employer.",
    );
  });

  it("states the wage schedule's rules: progressively increasing, its raises, never below the minimum wage", () => {
    const wages = section("5. The wage schedule");
    expect(wages).toContain(
      "progressively increasing schedule of wages, set out in Appendix E: 4 periods, with 3 raises",
    );
    expect(wages).toContain("at least one raise");
    expect(wages).toContain("never below the applicable federal, state or local minimum wage");
  });

  it("states the exact probation, the ratio at the worksite, safety training and the credit cap, from the standards", async () => {
    expect(section("6. Probationary period")).toContain(
      "a probationary period of exactly 6 months from the start of the apprenticeship, counted toward the term. It is not longer than 25% of the 24-month term or one year, whichever is shorter (at most 6 months).",
    );
    expect(section("7. Ratio")).toContain("1 apprentice per 1 journeyworker at each worksite");
    expect(section("8. Safety training")).toContain('skill set 1, "Orientation and Safety" (200 hours)');
    const credit = section("9. Credit for previous experience");
    for (const expected of [
      "against the work-process schedule in Appendix A",
      "evidence",
      "AAMI staff review it",
      "Credit may not exceed 3,800 hours of the 4,000-hour term.",
    ]) {
      expect(credit).toContain(expected);
    }
    const other = pdfText(
      await buildAgreementPdf(
        content,
        {
          ...STANDARDS_V1,
          termMonths: 36,
          probationMonths: 9,
          maxCreditHours: 2000,
          ratio: { apprentices: 2, journeyworkers: 3, level: "WORKSITE" },
        },
        agency,
        pdfFontFiles(),
      ),
    );
    expect(other).toContain("exactly 9 months");
    expect(other).toContain("25% of the 36-month term or one year, whichever is shorter (at most 9 months)");
    expect(other).toContain("2 apprentices per 3 journeyworkers at each worksite");
    expect(other).toContain("Credit may not exceed 2,000 hours");
  });

  it("states the employer's obligations: supervision, records kept 5 years, written notice within 30 days", () => {
    const duties = section("10. The employer's obligations");
    expect(duties).toContain("supervised by a qualified journeyworker and guided by a mentor named in Appendix D");
    expect(duties).toContain("each at least 16 years old on their start date");
    expect(duties).toContain("for at least 5 years");
    expect(duties).toContain(
      "Notify the Sponsor in writing within 30 days of each hire, completion, cancellation, suspension or transfer of an apprentice",
    );
  });

  it("carries the 29 CFR 30.3 pledge for the Sponsor and the Employer, and the employer's part 30 duties", () => {
    const eeo = section("11. Equal opportunity");
    expect(eeo).toContain(
      "The Sponsor and the Employer will not discriminate against apprenticeship applicants or apprentices based on race, color, religion, national origin, sex (including pregnancy and gender identity), sexual orientation, genetic information, or because they are an individual with a disability or a person 40 years old or older. The Sponsor and the Employer will take affirmative action to provide equal opportunity in apprenticeship and will operate the apprenticeship program as required under Title 29 of the Code of Federal Regulations, part 30.",
    );
    for (const duty of [
      "outreach and recruitment",
      "without discrimination",
      "free of harassment",
      "keeps the records",
    ]) {
      expect(eeo).toContain(duty);
    }
  });

  it("sends complaints to the sponsor, then the named Registration Agency, EEO complaints within 300 days", () => {
    const complaints = section("12. Complaints");
    expect(complaints).toContain("first brings it to the Sponsor (AAMI, 901 N. Glebe Road");
    expect(complaints).toContain(
      "Registration Agency, U.S. Department of Labor, Office of Apprenticeship, Illinois État Office",
    );
    expect(complaints).toContain("within 300 days of the alleged discrimination (29 CFR 30.14)");
  });

  it("says how the employer leaves and what happens to its apprentices", () => {
    const leaving = section("13. Leaving the program");
    expect(leaving).toContain("withdraw from the program by written notice to the Sponsor");
    expect(leaving).toContain("transfer each of them to another employer partner");
    expect(leaving).toContain(
      "cancelled with written notice to the apprentice and to the Registration Agency (29 CFR 29.7 and 29.8)",
    );
  });

  it("has the employer's signature block and says AAMI countersigns on approval, the page appended then", () => {
    const signatures = section("15. Signatures");
    expect(signatures).toContain("Signed for Hôpital Saint-José Medical Center");
    expect(signatures).toContain("The Sponsor countersigns this agreement when it approves it");
    expect(signatures).toContain(
      "the countersignature page, with its evidence, is appended after this agreement's last page",
    );
    expect(signatures).toContain("as section 13 provides");
  });
});
