import type { RegistrationAgency } from "@/lib/agencies/registry";
import { ESIGN_CONSENT_TEXT } from "@/lib/onboarding/agreement/schemas";
import { wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import {
  organizationRows,
  programRows,
  utc,
  writeFundingPlan,
  writeMentors,
  writePositions,
  writeRegistrationAgency,
  writeWageSchedule,
} from "@/lib/pdf/sections";
import { PROGRAM } from "@/lib/program";

// The Employer Agreement: a pure function of the organization's data (and, once signed, of the signature and its
// evidence). The same data always gives the same bytes, so the SHA-256 of the document a signer previewed is the
// SHA-256 recorded as signed. The Registration Agency is an input of its own, not part of the content: the content
// fingerprint covers the employer's data, so a staff correction of an agency's contact does not void signatures.

export type AgreementContent = {
  organization: {
    legalName: string;
    dbaName: string | null;
    ein: string | null;
    address: string;
    county: string;
    state: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
  };
  positions: Array<{
    title: string;
    department: string;
    type: string;
    siteAddress: string;
    expectedStartDate: string | null;
    openings: number;
  }>;
  funding: {
    providerName: string;
    providerType: string;
    delivery: string;
    providerContact: string;
    hoursPerYear: number;
    costPerApprenticeCents: number;
    sources: string[];
    otherSourceText: string | null;
    instructionTimePaid: boolean;
  } | null;
  mentors: Array<{
    name: string;
    title: string;
    email: string;
    phone: string | null;
    credentials: string[];
    yearsExperience: number;
  }>;
  journeyworkerCount: number | null;
  wageSchedule: WageScheduleInput | null;
};

export type AgreementSignature = {
  method: "ELECTRONIC";
  agreementVersion: number;
  signerName: string;
  signerTitle: string;
  signerEmail: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  unsignedSha256: string;
  contentFingerprint: string;
  /** PNG bytes of a signature drawn in the browser, if the signer drew one. */
  drawnSignaturePng: Uint8Array | null;
};

export async function buildAgreementPdf(
  content: AgreementContent,
  registrationAgency: RegistrationAgency,
  fonts: PdfFontFiles,
  signature?: AgreementSignature,
): Promise<Uint8Array> {
  const { organization: org } = content;
  const w = await PdfWriter.create(fonts, {
    title: `Employer Agreement - ${org.legalName}`,
    subject: `${PROGRAM.name}: Employer Agreement`,
  });

  w.text(PROGRAM.sponsor, { size: 9, color: "muted", after: 2 });
  w.heading("Employer Agreement", 1);
  w.text(PROGRAM.name, { size: 12, bold: true, after: 10 });
  w.fields([...organizationRows(org), ...programRows()]);

  const sections: Array<[string, string[]]> = [
    [
      "1. Purpose",
      [
        `The Employer joins the ${PROGRAM.name} as an employer partner of the Sponsor. The Employer trains apprentices in the occupation above under the Sponsor's National Standards of Apprenticeship and Training Objectives, which the Employer has reviewed.`,
      ],
    ],
    [
      "2. What the Employer agrees to do",
      [
        "a. Recruit, vet and hire its apprentices. The Sponsor does not hire apprentices and is not their employer.",
        "b. Provide on-the-job learning in the positions in Appendix A, under the supervision of qualified journeyworkers and the mentors in Appendix C, keeping to the program's apprentice-to-journeyworker ratio.",
        "c. Pay apprentices at least the wages in Appendix D, with each raise when it is earned, and never less than the applicable federal, state or local minimum wage.",
        "d. Pay 100% of the cost of the related instruction the program requires, as set out in Appendix B.",
        "e. Recruit, select, employ and train apprentices without discrimination, as required by 29 CFR part 30, and provide a safe workplace.",
        "f. Keep records of each apprentice's on-the-job learning, related instruction and wages, give them to the Sponsor when asked, and tell the Sponsor promptly when an apprentice is hired, completes, is cancelled or leaves.",
        "g. Tell the Sponsor before changing anything in the appendices. A change requires a new signature.",
      ],
    ],
    [
      "3. What the Sponsor agrees to do",
      [
        "Register the program and its apprentices with the U.S. Department of Labor, provide the National Standards and Training Objectives, support the Employer and its mentors, review apprentices' progress, and recognize completion.",
      ],
    ],
    [
      "4. Term",
      [
        "This agreement takes effect when the Sponsor approves it and lasts until either party ends it by written notice. Apprentices already registered finish their apprenticeship or are transferred as the Standards provide.",
      ],
    ],
  ];
  for (const [heading, paragraphs] of sections) {
    w.heading(heading, 3);
    for (const p of paragraphs) w.text(p, { after: 3 });
  }
  w.heading("5. Registration Agency", 3);
  writeRegistrationAgency(w, registrationAgency);

  w.heading("Signature of the Employer", 2);
  w.text(`Signed for ${org.legalName}:`, { after: 6 });
  const box = w.box(70);
  if (signature) {
    if (signature.drawnSignaturePng) {
      const png = await w.doc.embedPng(signature.drawnSignaturePng);
      const scaled = png.scaleToFit(box.width - 20, box.height - 20);
      box.page.drawImage(png, { x: box.x + 10, y: box.y + 10, ...scaled });
    } else {
      box.page.drawText(`/s/ ${signature.signerName}`, { x: box.x + 12, y: box.y + 28, size: 16, font: w.bold });
    }
  }
  w.fields([
    ["Name", signature?.signerName ?? ""],
    ["Title", signature?.signerTitle ?? ""],
    ["Date", signature ? utc(signature.signedAt) : ""],
  ]);
  w.text(
    signature
      ? "Signed electronically in the BMET Apprenticeship Portal. The signature record is on the last page."
      : "Sign in the BMET Apprenticeship Portal, or print, sign by hand and upload this document there.",
    { size: 9, color: "muted" },
  );

  w.newPage();
  w.heading("Appendix A. Positions", 2);
  writePositions(w, content.positions);
  w.heading("Appendix B. Related-instruction funding plan", 2);
  writeFundingPlan(w, content.funding);
  w.heading("Appendix C. Mentors and journeyworkers", 2);
  writeMentors(w, content);
  w.heading("Appendix D. Wage schedule", 2);
  const s = content.wageSchedule;
  writeWageSchedule(w, s, s ? wagePeriods(s) : []);

  if (signature) {
    w.newPage();
    w.heading("Electronic signature record", 2);
    w.text("This page records how and by whom this agreement was signed.", { color: "muted", after: 8 });
    w.fields(
      [
        ["Organization", org.legalName],
        ["Agreement version", String(signature.agreementVersion)],
        ["Signer", signature.signerName],
        ["Title", signature.signerTitle],
        ["Signer's account email", signature.signerEmail],
        ["Signed at", utc(signature.signedAt)],
        ["IP address", signature.ip ?? "Not available (no trusted proxy reported it)"],
        ["Browser (user agent)", signature.userAgent ?? "Not available"],
        ["Drawn signature", signature.drawnSignaturePng ? "Yes, shown on the signature page" : "No (typed name)"],
        ["Consent", ESIGN_CONSENT_TEXT],
        ["SHA-256 of the unsigned agreement", signature.unsignedSha256],
        ["Fingerprint of the agreement data", signature.contentFingerprint],
      ],
      170,
    );
    w.text(
      "To verify: generate the unsigned agreement from the same data in the portal and compare its SHA-256 with the value above.",
      { size: 9, color: "muted" },
    );
  }

  return w.finish(`Employer Agreement · ${org.legalName}`);
}
