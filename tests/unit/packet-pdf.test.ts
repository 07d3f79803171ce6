import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { formatCents } from "@/lib/forms/fields";
import { buildApprenticeAgreementPdf } from "@/lib/pdf/apprentice-agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { buildRegistrationPacketPdf, type PacketApprentice, type PacketInput } from "@/lib/pdf/packet";
import { PROGRAM } from "@/lib/program";
import { canonicalJsonSha256, sha256Hex } from "@/lib/storage/hash";
import {
  SAMPLE_APPRENTICE_AGREEMENT,
  SAMPLE_APPRENTICE_SIGNATURES,
  SAMPLE_COUNTERSIGNATURE,
  SAMPLE_PACKET_DETAILS,
  SAMPLE_STANDARDS,
  countersignSampleAgreement,
  signSampleAgreement,
} from "@/tests/support/agreement-fixtures";
import { embeddedFontPrograms, pdfPages, pdfText } from "@/tests/support/pdf-text";

const fonts = pdfFontFiles();
const SECTION_TITLES = [
  "Wage schedule",
  "Positions",
  "Related-instruction funding plan",
  "Mentors and journeyworkers",
  "Signature evidence",
];

const signed = await signSampleAgreement(fonts);
const countersigned = await countersignSampleAgreement(fonts, signed.bytes);
const AGREEMENT = "Employer acceptance agreement (signed by the employer, countersigned by AAMI)";
const input: PacketInput = {
  ...SAMPLE_PACKET_DETAILS,
  snapshot: signed.snapshot,
  signedAgreement: {
    bytes: countersigned.bytes,
    filename: "employer-agreement-v2-signed-countersigned.pdf",
    countersignature: countersigned.countersignature,
  },
};
const packet = await buildRegistrationPacketPdf(input, fonts);
const pages = pdfPages(packet.bytes);
const flat = (text: string) => text.replace(/\s+/g, " ");
const entry = (title: string) => packet.manifest.find((e) => e.title === title)!;
/** "4–7" → [4, 5, 6, 7] */
const pageNumbers = (range: string) => {
  const [first, last = first] = range.split("–").map(Number);
  return Array.from({ length: last! - first! + 1 }, (_, i) => first! + i);
};

describe("the DOL registration packet PDF", () => {
  it("opens with a cover sheet: program, employer, submission, approval, countersignature, acceptance, version", () => {
    const cover = flat(pages[0]!);
    for (const expected of [
      "DOL Registration Packet",
      PROGRAM.name,
      PROGRAM.sponsor,
      "O*NET 49-9062.00",
      "RAPIDS code 0888HY",
      "Hôpital Saint-José Medical Center (doing business as Saint José)",
      "12-3456789",
      "Sangamon County, Illinois",
      "Dana Nguyễn, dana@stjose.example, 217-555-0100",
      "Version 2 (sub_sample)",
      "2026-11-24 09:30:00 UTC by Dana Nguyễn",
      "2026-11-30 16:45:00 UTC by Morgan Reviewer",
      `Countersigned by AAMI 2026-11-30 16:45:00 UTC by ${SAMPLE_COUNTERSIGNATURE.signerName}, Director, Apprenticeship Programs`,
      "Accepted by the Registration Agency 2026-12-07",
      "Packet version 1",
      "Generated 2026-12-08 10:00:00 UTC",
    ]) {
      expect(cover).toContain(expected);
    }
    expect(cover.toLowerCase()).toContain("hybrid");
    expect(cover).not.toContain("Not yet");
    expect(cover).not.toMatch(/program number/i);
  });

  it("names the Registration Agency for the employer's state on the cover, with its contact", () => {
    const cover = flat(pages[0]!);
    for (const expected of [
      "Registration Agency U.S. Department of Labor, Office of Apprenticeship, Illinois État Office",
      "Agency type U.S. Department of Labor, Office of Apprenticeship, for Illinois",
      "Agency contact (312) 555-0142, apprenticeship.il@example.gov",
    ]) {
      expect(cover).toContain(expected);
    }
  });

  it("says on the cover that AAMI files the agreement until the agency's acceptance is recorded", async () => {
    const notYet = await buildRegistrationPacketPdf({ ...input, agencyAcceptedAt: null }, fonts);
    const cover = flat(pdfPages(notYet.bytes)[0]!);
    expect(cover).toContain("Accepted by the Registration Agency Not yet: AAMI files this agreement with the agency");
    expect(cover).not.toContain("2026-12-07");
  });

  it("carries an agreement approved before AAMI countersigned in the portal as the employer signed it", async () => {
    const legacy = await buildRegistrationPacketPdf(
      { ...input, signedAgreement: { bytes: signed.bytes, filename: "old.pdf", countersignature: null } },
      fonts,
    );
    const agreement = legacy.manifest[0]!;
    expect(agreement).toMatchObject({
      title: "Employer acceptance agreement (signed by the employer)",
      sha256: signed.snapshot.agreement!.signedSha256,
    });
    expect(flat(pdfPages(legacy.bytes)[0]!)).toContain(
      "Countersigned by AAMI Approved before AAMI countersigned in the portal",
    );
  });

  it("has the cover, the manifest, every page of the countersigned agreement, then one page per section", async () => {
    const agreementPages = (await PDFDocument.load(countersigned.bytes)).getPageCount();
    expect(agreementPages).toBe((await PDFDocument.load(signed.bytes)).getPageCount() + 1);
    const expected = 1 + 1 + agreementPages + SECTION_TITLES.length;
    expect((await PDFDocument.load(packet.bytes)).getPageCount()).toBe(expected);
    expect(pages.length).toBe(expected);
    expect(flat(pages[1]!)).toContain("Manifest");

    // The agreement's pages are copied whole: the same text, including its own footer, and no packet footer.
    const original = pdfPages(countersigned.bytes);
    const copied = pageNumbers(entry(AGREEMENT).pages).map((n) => pages[n - 1]!);
    expect(copied).toEqual(original);
    expect(copied.join("")).not.toContain("DOL registration packet");
  });

  it("lists every document with a page range that points at it, in order, with no gaps", () => {
    const included = packet.manifest.filter((e) => e.pages !== "Not included");
    expect(included.map((e) => e.title)).toEqual([AGREEMENT, ...SECTION_TITLES]);
    expect(included.flatMap((e) => pageNumbers(e.pages))).toEqual(
      Array.from({ length: pages.length - 2 }, (_, i) => i + 3),
    );

    const agreement = pageNumbers(entry(AGREEMENT).pages);
    expect(flat(pages[agreement[0]! - 1]!)).toContain("Employer Acceptance Agreement");
    expect(flat(pages[agreement.at(-2)! - 1]!)).toContain("Electronic signature record");
    expect(flat(pages[agreement.at(-1)! - 1]!)).toContain("Countersignature of the Sponsor (AAMI)");
    for (const title of SECTION_TITLES) {
      const [first] = pageNumbers(entry(title).pages);
      const page = flat(pages[first! - 1]!);
      expect(page).toContain(title);
      expect(page).toContain(`Page ${first} of ${pages.length}`);
    }

    const manifestPage = flat(pages[1]!);
    for (const e of packet.manifest)
      expect(manifestPage).toContain(`${e.pages} ${packet.manifest.indexOf(e) + 1}. ${e.title}`);
  });

  it("prints every hash, each computed as the manifest page says", () => {
    const manifestPage = flat(pages[1]!);
    for (const e of packet.manifest) expect(manifestPage).toContain(`SHA-256 ${e.sha256}`);
    expect(manifestPage).toContain("RFC 8785");

    const s = input.snapshot;
    // The countersigned file's hash; its last page names the employer-signed file's, which the snapshot recorded.
    expect(entry(AGREEMENT).sha256).toBe(sha256Hex(countersigned.bytes));
    expect(entry(AGREEMENT).sha256).toBe(countersigned.countersignature.sha256);
    const countersignPage = flat(pdfPages(countersigned.bytes).at(-1)!);
    expect(countersignPage).toContain(s.agreement!.signedSha256);
    expect(entry("Wage schedule").sha256).toBe(
      canonicalJsonSha256({ wageSchedule: s.wageSchedule, wagePeriods: s.wagePeriods }),
    );
    expect(entry("Positions").sha256).toBe(canonicalJsonSha256({ positions: s.positions }));
    expect(entry("Related-instruction funding plan").sha256).toBe(canonicalJsonSha256({ funding: s.funding }));
    expect(entry("Mentors and journeyworkers").sha256).toBe(
      canonicalJsonSha256({ mentors: s.mentors, journeyworkerCount: s.journeyworkerCount, positions: s.positions }),
    );
    expect(entry("Signature evidence").sha256).toBe(canonicalJsonSha256({ agreement: s.agreement }));
    for (const doc of SAMPLE_STANDARDS) {
      expect(entry(doc.title)).toMatchObject({ pages: "Not included", sha256: doc.sha256 });
    }
    // Each description names what its hash covers.
    expect(entry("Mentors and journeyworkers").description).toContain("mentors, journeyworkerCount, positions");
  });

  it("shows every wage period with its hourly wage and percent of the journeyworker rate", () => {
    const wages = flat(pages[pageNumbers(entry("Wage schedule").pages)[0]! - 1]!);
    expect(wages).toContain("$38.00 an hour");
    expect(wages).toContain("By months, over a term of 24 months");
    for (const expected of [
      "Entry, until 6 months $22.80 60%",
      "From 6 months to 12 months $24.70 65%",
      "From 12 months to 18 months $27.36 72%",
      "From 18 months to 24 months $30.40 80%",
    ]) {
      expect(wages).toContain(expected);
    }
    for (const p of input.snapshot.wagePeriods) {
      expect(wages).toContain(`${p.label} ${formatCents(p.cents)} ${p.percentOfJourneyworker}%`);
    }
  });

  it("shows positions, the funding plan, mentors with the ratio, and the signature evidence", () => {
    const text = pdfText(packet.bytes);
    for (const expected of [
      "BMET Apprentice",
      "Clinical Engineering",
      "Lincoln Land Community College",
      "Other: Hospital foundation",
      "$4,200.00",
      "Chris Ortega",
      "CBET, CRES",
      "Journeyworkers 3",
      "Planned apprentices 2",
    ]) {
      expect(text).toContain(expected);
    }
    const evidence = flat(pages[pageNumbers(entry("Signature evidence").pages)[0]! - 1]!);
    const a = input.snapshot.agreement!;
    for (const expected of [
      "Signed electronically",
      "Dana Nguyễn",
      "Director of Clinical Engineering",
      "dana@stjose.example",
      "2026-11-23 15:04:05 UTC",
      "203.0.113.9",
      "Chrome/156.0",
      a.unsignedSha256,
      a.signedSha256,
      a.contentFingerprint,
    ]) {
      expect(evidence).toContain(expected);
    }
  });

  it("is the same bytes for the same input, and different when the input differs", async () => {
    const again = await buildRegistrationPacketPdf(structuredClone(input), fonts);
    expect(sha256Hex(again.bytes)).toBe(sha256Hex(packet.bytes));
    expect(again.manifest).toEqual(packet.manifest);
    const later = await buildRegistrationPacketPdf({ ...input, generatedAt: new Date("2026-12-09T10:00:00Z") }, fonts);
    expect(sha256Hex(later.bytes)).not.toBe(sha256Hex(packet.bytes));
  });

  it("keeps page ranges right when the manifest itself runs over several pages", async () => {
    const standards = Array.from({ length: 24 }, (_, i) => ({ ...SAMPLE_STANDARDS[0]!, title: `Reference ${i + 1}` }));
    const long = await buildRegistrationPacketPdf({ ...input, snapshot: { ...input.snapshot, standards } }, fonts);
    const longPages = pdfPages(long.bytes);
    const firstAfterManifest = pageNumbers(long.manifest[0]!.pages)[0]!;
    expect(firstAfterManifest).toBeGreaterThan(3);
    expect(longPages.length).toBe(pages.length + firstAfterManifest - 3);
    for (const title of SECTION_TITLES) {
      const e = long.manifest.find((m) => m.title === title)!;
      expect(flat(longPages[pageNumbers(e.pages)[0]! - 1]!)).toContain(title);
    }
    expect(flat(longPages.slice(1, firstAfterManifest - 1).join(" "))).toContain("24. Reference 18");
  });

  it("refuses an agreement file that is not the one the submission recorded", async () => {
    const other = await signSampleAgreement(fonts, { ...input.snapshot, journeyworkerCount: 4 });
    await expect(
      buildRegistrationPacketPdf(
        { ...input, signedAgreement: { bytes: other.bytes, filename: "other.pdf", countersignature: null } },
        fonts,
      ),
    ).rejects.toThrow("not the agreement recorded for the submission");
    await expect(
      buildRegistrationPacketPdf(
        { ...input, signedAgreement: { ...input.signedAgreement, bytes: signed.bytes } },
        fonts,
      ),
    ).rejects.toThrow("not the agreement recorded for the submission");
  });
});

describe("the packet's apprentices", async () => {
  const agreementBytes = await buildApprenticeAgreementPdf(
    { ...SAMPLE_APPRENTICE_AGREEMENT, signatures: SAMPLE_APPRENTICE_SIGNATURES },
    fonts,
  );
  const agreementPageCount = (await PDFDocument.load(agreementBytes)).getPageCount();
  const jose: PacketApprentice = {
    id: "app_jose",
    status: "REGISTERED",
    firstName: "José",
    middleName: "Thành",
    lastName: "Nguyễn",
    suffix: "Jr.",
    startDate: new Date("2027-02-01T00:00:00Z"),
    ssnLast4: "6789",
    creditedOjtHours: 1200,
    startingWageStep: 1,
    entryWageCents: 2470,
    rapidsApprenticeId: "WI-2027-0042",
    signedAgreement: {
      bytes: agreementBytes,
      filename: "apprenticeship-agreement-jose.pdf",
      sha256: sha256Hex(agreementBytes),
    },
  };
  const ana: PacketApprentice = {
    ...jose,
    id: "app_ana",
    status: "APPROVED",
    firstName: "Ana",
    middleName: null,
    lastName: "Pérez",
    suffix: null,
    startDate: new Date("2027-03-15T00:00:00Z"),
    ssnLast4: null,
    creditedOjtHours: 0,
    startingWageStep: 0,
    entryWageCents: 2280,
    rapidsApprenticeId: null,
    // Ana's signed agreement: the same document stands in for hers.
    signedAgreement: { ...jose.signedAgreement, filename: "apprenticeship-agreement-ana.pdf" },
  };
  const withApprentices = await buildRegistrationPacketPdf({ ...input, apprentices: [jose, ana] }, fonts);
  const texts = pdfPages(withApprentices.bytes);
  const part = (title: string) => withApprentices.manifest.find((e) => e.title === title)!;
  const TABLE = "Apprentices approved for registration";
  const JOSE_AGREEMENT = "Apprenticeship agreement (signed): José Thành Nguyễn, Jr.";
  const ANA_AGREEMENT = "Apprenticeship agreement (signed): Ana Pérez";

  it("lists each approved apprentice: name, start date, masked SSN, credited hours, starting wage step, RAPIDS", () => {
    const pagesOfTable = pageNumbers(part(TABLE).pages);
    expect(pagesOfTable).toHaveLength(1);
    const table = flat(texts[pagesOfTable[0]! - 1]!);
    for (const expected of [
      TABLE,
      "José Thành Nguyễn, Jr.",
      "2027-02-01",
      "***-**-6789",
      "1,200",
      "Wage step 1, $24.70",
      "WI-2027-0042",
      "Ana Pérez",
      "2027-03-15",
      "Not given",
      "Entry wage, $22.80",
    ]) {
      expect(table).toContain(expected);
    }
    expect(flat(texts[0]!)).toContain("Apprentices 2 approved for registration");
  });

  it("stays small: every document in it carries only the font subsets it was made with", async () => {
    // The packet's own two weights, the employer-signed agreement's two, the countersignature's two, and the
    // apprenticeship agreement's two (copied once per apprentice: pdf-lib copies a page's fonts with the page).
    const programs = await embeddedFontPrograms(withApprentices.bytes);
    expect(programs.length).toBe(10);
    for (const { name, program } of programs) {
      expect(name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold)$/);
      expect(program.length).toBeLessThan(40 * 1024);
    }
    expect(withApprentices.bytes.length).toBeLessThan(250 * 1024);
    expect(flat(texts.join(" "))).toContain("José Thành Nguyễn, Jr.");
  });

  it("appends each signed apprenticeship agreement unchanged after the table, and lists it in the manifest", () => {
    // The manifest has more entries now, and may take more pages than before.
    const firstAfterManifest = pageNumbers(part(AGREEMENT).pages)[0]!;
    expect(texts.length).toBe(pages.length + (firstAfterManifest - 3) + 1 + 2 * agreementPageCount);
    const copied = pageNumbers(part(JOSE_AGREEMENT).pages).map((n) => texts[n - 1]!);
    expect(copied).toEqual(pdfPages(agreementBytes));
    expect(part(JOSE_AGREEMENT).sha256).toBe(sha256Hex(agreementBytes));
    expect(part(TABLE).description).toContain("2 apprentices");

    // Page ranges stay contiguous and in manifest order, the standards still only referenced.
    const included = withApprentices.manifest.filter((e) => e.pages !== "Not included");
    expect(included.map((e) => e.title)).toEqual([AGREEMENT, ...SECTION_TITLES, TABLE, JOSE_AGREEMENT, ANA_AGREEMENT]);
    expect(included.flatMap((e) => pageNumbers(e.pages))).toEqual(
      Array.from({ length: texts.length - firstAfterManifest + 1 }, (_, i) => i + firstAfterManifest),
    );
    const manifestPages = flat(texts.slice(1, firstAfterManifest - 1).join(" "));
    for (const e of withApprentices.manifest) expect(manifestPages).toContain(`SHA-256 ${e.sha256}`);
    // The table's own page names what each status means.
    const table = flat(texts[pageNumbers(part(TABLE).pages)[0]! - 1]!);
    expect(table).toMatch(/Registered, ID .*WI-2027-0042/);
    expect(table).toMatch(/Approved, not yet .*registered/);
  });

  it("hashes the apprentice rows as canonical JSON, so the list can be checked against the data", () => {
    // Written out by hand: keys sorted, no whitespace, days as YYYY-MM-DD, the agreement by its hash.
    const rows =
      `[{"creditedOjtHours":1200,"entryWageCents":2470,"id":"app_jose","name":"José Thành Nguyễn, Jr.",` +
      `"rapidsApprenticeId":"WI-2027-0042","signedAgreementSha256":"${sha256Hex(agreementBytes)}","ssnLast4":"6789",` +
      `"startDate":"2027-02-01","startingWageStep":1,"status":"REGISTERED"},` +
      `{"creditedOjtHours":0,"entryWageCents":2280,"id":"app_ana","name":"Ana Pérez","rapidsApprenticeId":null,` +
      `"signedAgreementSha256":"${sha256Hex(agreementBytes)}","ssnLast4":null,"startDate":"2027-03-15","startingWageStep":0,"status":"APPROVED"}]`;
    expect(part(TABLE).sha256).toBe(sha256Hex(new TextEncoder().encode(rows)));
  });

  it("refuses an agreement file whose content is not what was stored, and a full SSN passed by mistake", async () => {
    const tampered = { ...jose.signedAgreement, sha256: "0".repeat(64) };
    await expect(
      buildRegistrationPacketPdf({ ...input, apprentices: [{ ...jose, signedAgreement: tampered }] }, fonts),
    ).rejects.toThrow("is not the apprenticeship agreement stored for José Thành Nguyễn, Jr.");
    await expect(
      buildRegistrationPacketPdf({ ...input, apprentices: [{ ...ana, ssnLast4: "123456789" }] }, fonts),
    ).rejects.toThrow("Only the last four digits");
  });

  it("leaves the apprentice section out while none is approved", () => {
    expect(packet.manifest.map((e) => e.title)).not.toContain(TABLE);
    expect(flat(pages[0]!)).not.toContain("approved for registration");
  });
});
