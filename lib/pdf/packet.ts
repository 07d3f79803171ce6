import type { ApprenticeStatus } from "@prisma/client";
import { PDFDocument } from "pdf-lib";
import type { RegistrationAgency } from "@/lib/agencies/registry";
import { maskedSsn } from "@/lib/crypto/ssn";
import { formatCents } from "@/lib/forms/fields";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { fullName } from "@/lib/pdf/apprentice-agreement";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import {
  organizationRows,
  programRows,
  registrationAgencyRows,
  standardsRows,
  utc,
  utcDay,
  writeFundingPlan,
  writeMentors,
  writePositions,
  writeWageSchedule,
} from "@/lib/pdf/sections";
import { PROGRAM } from "@/lib/program";
import type { ProgramStandards } from "@/lib/program/standards/model";
import { canonicalJsonSha256, sha256Hex } from "@/lib/storage/hash";

// The DOL registration packet: one PDF with everything AAMI sends to register an employer, built from the
// submission as it was frozen, and the apprentices AAMI approved for registration under the program, each with
// their signed apprenticeship agreement. A pure function of its input, so a packet can be rebuilt and compared byte
// for byte, and its manifest lets DOL or AAMI check each part against the data it came from.

/** An apprentice AAMI approved for DOL registration (APPROVED, or REGISTERED once the RAPIDS ID is recorded). */
export type PacketApprentice = {
  id: string;
  status: Extract<ApprenticeStatus, "APPROVED" | "REGISTERED">;
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  startDate: Date;
  /** Only the last four digits ever reach a packet; null when no SSN was given. */
  ssnLast4: string | null;
  creditedOjtHours: number;
  /** Index into the wage periods: 0 is the entry wage. */
  startingWageStep: number;
  entryWageCents: number;
  rapidsApprenticeId: string | null;
  /** The current apprenticeship agreement everyone signed, with the SHA-256 recorded when it was stored. */
  signedAgreement: { bytes: Uint8Array; filename: string; sha256: string };
};

export type PacketInput = {
  packetVersion: number;
  submission: { id: string; version: number; submittedAt: Date; submittedByName: string };
  snapshot: SubmissionSnapshot;
  approval: { approverName: string; approvedAt: Date };
  /** The day the Registration Agency accepted the employer acceptance agreement, once staff recorded it. */
  agencyAcceptedAt: Date | null;
  /** The Registration Agency for the employer's state when the packet is built: who AAMI files it with. */
  registrationAgency: RegistrationAgency;
  /**
   * The agreement file the packet carries: the countersigned one, with the hash recorded when AAMI countersigned,
   * or, for agreements approved before AAMI countersigned in the portal, the employer-signed one.
   */
  signedAgreement: {
    bytes: Uint8Array;
    filename: string;
    countersignature: { sha256: string; signerName: string; signerTitle: string; signedAt: Date } | null;
  };
  /** The program standards the signed agreement records: its sections are written with their numbers. */
  standards: ProgramStandards;
  /** In the order they are listed; an empty list leaves the apprentice section out (a program's first packets). */
  apprentices: PacketApprentice[];
  generatedAt: Date;
};

export type PacketManifestEntry = { title: string; description: string; pages: string; sha256: string };

type Section = {
  title: string;
  /** The snapshot fields the section is drawn from; its hash covers exactly these. */
  fields: Array<keyof SubmissionSnapshot>;
  write: (w: PdfWriter, snapshot: SubmissionSnapshot, standards: ProgramStandards) => void;
};

const SECTIONS: Section[] = [
  {
    title: "Wage schedule",
    fields: ["wageSchedule", "wagePeriods"],
    write: (w, s) => writeWageSchedule(w, s.wageSchedule, s.wagePeriods),
  },
  { title: "Positions", fields: ["positions"], write: (w, s) => writePositions(w, s.positions) },
  {
    title: "Related-instruction funding plan",
    fields: ["funding"],
    write: (w, s, standards) => writeFundingPlan(w, s.funding, standards),
  },
  {
    title: "Mentors and journeyworkers",
    fields: ["mentors", "journeyworkerCount", "positions"],
    write: (w, s, standards) => writeMentors(w, s, standards.ratio),
  },
  // The builder refuses a snapshot without an agreement before any section is written.
  { title: "Signature evidence", fields: ["agreement"], write: (w, s) => writeSignatureEvidence(w, s.agreement!) },
];

const HOW_TO_VERIFY = [
  "How each SHA-256 is computed, so DOL or AAMI can check it:",
  "Employer acceptance agreement: the SHA-256 of the fully signed PDF file exactly as it was stored when AAMI countersigned it. Its pages are reproduced here unchanged; its last page records the SHA-256 of the employer-signed file, the signed SHA-256 in the signature evidence.",
  "Generated sections: the SHA-256 of the UTF-8 bytes of a JSON object holding the submission snapshot fields named for the section, as submitted, written as canonical JSON (RFC 8785: keys sorted, no whitespace).",
  "Apprentices: the SHA-256 of the UTF-8 bytes of the canonical JSON array of the rows listed, as the packet's data holds them. Each signed apprenticeship agreement: the SHA-256 of the PDF file as it was stored; its pages are reproduced unchanged.",
  "Standards documents: the SHA-256 of the document file AAMI published and the employer acknowledged. They are referenced, not included.",
].join("\n");

const pageRange = (first: number, last: number) => (first === last ? String(first) : `${first}–${last}`);

/** One manifest entry, and how to append its pages to the packet (nothing, for a document only referenced). */
type Part = Omit<PacketManifestEntry, "pages"> & { append?: (w: PdfWriter) => void };

export async function buildRegistrationPacketPdf(
  input: PacketInput,
  fonts: PdfFontFiles,
): Promise<{ bytes: Uint8Array; manifest: PacketManifestEntry[] }> {
  const { snapshot, submission, signedAgreement } = input;
  const recorded = snapshot.agreement;
  if (!recorded) throw new Error("A registration packet needs the submission's signed Employer Agreement.");
  const { countersignature } = signedAgreement;
  const agreementSha256 = sha256Hex(signedAgreement.bytes);
  const expectedSha256 = countersignature?.sha256 ?? recorded.signedSha256;
  if (agreementSha256 !== expectedSha256) {
    throw new Error(
      `${signedAgreement.filename} is not the agreement recorded for the submission (SHA-256 ${agreementSha256}, expected ${expectedSha256}).`,
    );
  }

  const w = await PdfWriter.create(fonts, {
    title: `DOL Registration Packet - ${snapshot.organization.legalName}`,
    subject: `${PROGRAM.name}: DOL registration packet`,
  });
  const agreementPages = await copyAllPages(w, signedAgreement.bytes);

  const parts: Part[] = [
    {
      title: countersignature
        ? "Employer acceptance agreement (signed by the employer, countersigned by AAMI)"
        : "Employer acceptance agreement (signed by the employer)",
      description: countersignature
        ? `${signedAgreement.filename}: agreement version ${recorded.version}, every page copied unchanged; the last page is AAMI's countersignature over the employer-signed file (SHA-256 ${recorded.signedSha256}).`
        : `${signedAgreement.filename}: agreement version ${recorded.version}, every page copied unchanged. Approved before AAMI countersigned in the portal.`,
      sha256: agreementSha256,
      append: () => agreementPages.forEach((page) => w.doc.addPage(page)),
    },
    ...SECTIONS.map((section) => ({
      title: section.title,
      description: `Submission ${submission.id} version ${submission.version}, fields ${section.fields.join(", ")}.`,
      sha256: canonicalJsonSha256(Object.fromEntries(section.fields.map((field) => [field, snapshot[field]]))),
      append: () => {
        w.newPage();
        w.heading(section.title, 1);
        section.write(w, snapshot, input.standards);
      },
    })),
    ...(await apprenticeParts(w, input.apprentices)),
    ...snapshot.standards.map((doc) => ({
      title: doc.title,
      description: `Version ${doc.version}, acknowledged by ${doc.typedName} on ${utc(new Date(doc.acknowledgedAt))}. Referenced, not included.`,
      sha256: doc.sha256,
    })),
  ];

  writeCover(w, input);
  // The manifest is written before the pages it lists exist; each entry's page numbers are filled in once they do.
  w.newPage();
  const fillPages = writeManifest(w, parts);
  const manifest = parts.map(({ append, ...entry }, i): PacketManifestEntry => {
    const first = w.doc.getPageCount() + 1;
    append?.(w);
    const pages = append ? pageRange(first, w.doc.getPageCount()) : "Not included";
    fillPages[i]!(pages);
    return { ...entry, pages };
  });

  const footer = `DOL registration packet v${input.packetVersion} · ${snapshot.organization.legalName}`;
  return { bytes: await w.finish(footer), manifest };
}

/** Every page of another PDF, copied into the packet unchanged, to be added where its part goes. */
async function copyAllPages(w: PdfWriter, bytes: Uint8Array) {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  return w.doc.copyPages(source, source.getPageIndices());
}

/** What the apprentice table lists and its hash covers: the packet's data, dates as days. */
const apprenticeRow = (a: PacketApprentice) => ({
  id: a.id,
  status: a.status,
  name: fullName(a),
  startDate: utcDay(a.startDate),
  ssnLast4: a.ssnLast4,
  creditedOjtHours: a.creditedOjtHours,
  startingWageStep: a.startingWageStep,
  entryWageCents: a.entryWageCents,
  rapidsApprenticeId: a.rapidsApprenticeId,
  signedAgreementSha256: a.signedAgreement.sha256,
});

const startingWage = (a: PacketApprentice) =>
  `${a.startingWageStep === 0 ? "Entry wage" : `Wage step ${a.startingWageStep}`}, ${formatCents(a.entryWageCents)} an hour`;

/** The apprentice table, then each apprentice's signed agreement, checked against the hash stored with it. */
async function apprenticeParts(w: PdfWriter, apprentices: PacketApprentice[]): Promise<Part[]> {
  if (apprentices.length === 0) return [];
  const agreements: Part[] = [];
  for (const a of apprentices) {
    const { bytes, filename, sha256 } = a.signedAgreement;
    if (sha256Hex(bytes) !== sha256) {
      throw new Error(`${filename} is not the apprenticeship agreement stored for ${fullName(a)} (SHA-256 ${sha256}).`);
    }
    const pages = await copyAllPages(w, bytes);
    agreements.push({
      title: `Apprenticeship agreement (signed): ${fullName(a)}`,
      description: `${filename}: apprentice ${a.id}, every page copied unchanged.`,
      sha256,
      append: () => pages.forEach((page) => w.doc.addPage(page)),
    });
  }
  const rows = apprentices.map(apprenticeRow);
  const table: Part = {
    title: "Apprentices approved for registration",
    description: `${apprentices.length} apprentice${apprentices.length === 1 ? "" : "s"} AAMI approved for DOL registration: name, start date, masked SSN, credited hours, starting wage step.`,
    sha256: canonicalJsonSha256(rows),
    append: () => {
      w.newPage();
      w.heading("Apprentices approved for registration", 1);
      w.text(
        "Apprentices AAMI approved for registration under this program. Social Security numbers are shown masked; the full numbers go to DOL only in the RAPIDS upload.",
        { size: 9, color: "muted", after: 8 },
      );
      w.table(
        [
          { header: "Apprentice", width: 0.24 },
          { header: "Start date", width: 0.13 },
          { header: "SSN", width: 0.13 },
          { header: "Credited OJT hours", width: 0.13 },
          { header: "Starting wage", width: 0.19 },
          { header: "RAPIDS", width: 0.18 },
        ],
        apprentices.map((a, i) => [
          rows[i]!.name,
          rows[i]!.startDate,
          maskedSsn(a.ssnLast4),
          a.creditedOjtHours.toLocaleString("en-US"),
          startingWage(a),
          a.rapidsApprenticeId ? `Registered, ID ${a.rapidsApprenticeId}` : "Approved, not yet registered",
        ]),
      );
    },
  };
  return [table, ...agreements];
}

function writeCover(w: PdfWriter, input: PacketInput) {
  const { snapshot, submission, approval, agencyAcceptedAt } = input;
  const { countersignature } = input.signedAgreement;
  w.text(PROGRAM.sponsor, { size: 9, color: "muted", after: 2 });
  w.heading("DOL Registration Packet", 1);
  w.text(PROGRAM.name, { size: 12, bold: true, after: 10 });
  w.heading("Program", 2);
  w.fields([["Program", PROGRAM.name], ...programRows(), ...standardsRows(input.standards)]);
  w.heading("Employer", 2);
  w.fields(organizationRows(snapshot.organization));
  w.heading("Registration Agency", 2);
  w.fields(registrationAgencyRows(input.registrationAgency));
  w.heading("Submission and approval", 2);
  w.fields([
    ["Submission", `Version ${submission.version} (${submission.id})`],
    ["Submitted", `${utc(submission.submittedAt)} by ${submission.submittedByName}`],
    ["Approved", `${utc(approval.approvedAt)} by ${approval.approverName}`],
    [
      "Countersigned by AAMI",
      countersignature
        ? `${utc(countersignature.signedAt)} by ${countersignature.signerName}, ${countersignature.signerTitle}`
        : "Approved before AAMI countersigned in the portal",
    ],
    [
      "Accepted by the Registration Agency",
      agencyAcceptedAt ? utcDay(agencyAcceptedAt) : "Not yet: AAMI files this agreement with the agency",
    ],
    ...(input.apprentices.length > 0
      ? [["Apprentices", `${input.apprentices.length} approved for registration`] as [string, string]]
      : []),
    ["Packet version", String(input.packetVersion)],
    ["Generated", utc(input.generatedAt)],
  ]);
}

/** The manifest with its page numbers left blank; returns, per entry, the function that writes them. */
function writeManifest(w: PdfWriter, parts: Part[]) {
  const gutter = 72;
  w.heading("Manifest", 1);
  w.text(HOW_TO_VERIFY, { size: 9, color: "muted", after: 10 });
  w.deferredText({ bold: true })("Pages");
  w.text("Document", { bold: true, indent: gutter, after: 8 });
  return parts.map((part, i) => {
    w.ensureSpace(50); // title, description and hash together
    const fillPages = w.deferredText();
    w.text(`${i + 1}. ${part.title}`, { bold: true, indent: gutter, after: 0 });
    w.text(part.description, { size: 9, color: "muted", indent: gutter, after: 1 });
    w.text(`SHA-256 ${part.sha256}`, { indent: gutter, after: 8 });
    return fillPages;
  });
}

function writeSignatureEvidence(w: PdfWriter, a: NonNullable<SubmissionSnapshot["agreement"]>) {
  w.fields(
    [
      [
        "Method",
        a.method === "ELECTRONIC"
          ? "Signed electronically in the BMET Apprenticeship Portal"
          : "Signed by hand; the signed PDF was uploaded to the portal",
      ],
      ["Agreement version", String(a.version)],
      ["Signer", a.signerName],
      ["Title", a.signerTitle],
      ["Account email", a.signerEmail],
      ["Signed at", utc(new Date(a.signedAt))],
      ["IP address", a.signerIp ?? "Not available"],
      ["Browser (user agent)", a.signerUserAgent ?? "Not available"],
      ["Unsigned SHA-256", a.unsignedSha256],
      ["Signed SHA-256", a.signedSha256],
      ["Data fingerprint", a.contentFingerprint],
    ],
    130,
  );
}
