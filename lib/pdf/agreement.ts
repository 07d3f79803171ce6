import { agencyDisplayName, type RegistrationAgency } from "@/lib/agencies/registry";
import { ESIGN_CONSENT_TEXT } from "@/lib/onboarding/agreement/schemas";
import { wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import {
  EEO_PLEDGE,
  employerName,
  organizationRows,
  programRows,
  signatureRecordRows,
  standardsRows,
  utc,
  writeFundingPlan,
  writeMentors,
  writePositions,
  writeRegistrationAgency,
  writeWageSchedule,
  writeWorkProcessSchedule,
} from "@/lib/pdf/sections";
import { PROGRAM } from "@/lib/program";
import {
  maxProbationMonths,
  ratioLabel,
  registrationText,
  skillSetLabel,
  standardsVersionText,
  termText,
  type ProgramStandards,
} from "@/lib/program/standards/model";

// The Employer Acceptance Agreement: the employer adopts AAMI's registered program and its standards and accepts its
// duties; AAMI countersigns it on approval (lib/pdf/countersignature.ts). A pure function of the organization's data, the program standards it is signed under and
// the Registration Agency of the employer's state (and, once signed, of the signature and its evidence). The same
// input always gives the same bytes, so the SHA-256 of the document a signer previewed is the SHA-256 recorded as
// signed. The standards and the agency are passed beside the content, not in it: the content's fingerprint is the
// organization's data, so publishing new standards (which the agreement incorporates "as amended") or a staff
// correction of an agency's contact does not void agreements already signed.

/** What the document is called, in the PDF and in the portal. */
export const DOCUMENT_NAME = "Employer Acceptance Agreement";

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

const n = (value: number) => value.toLocaleString("en-US");
const months = (value: number) => `${n(value)} month${value === 1 ? "" : "s"}`;

/**
 * The agreement's numbered sections before the Registration Agency's and the signatures: each a heading a program
 * officer looks for (issue 14, point 3; README "Compliance" maps them to 29 CFR 29.5) and its paragraphs, every
 * number taken from the standards version, the organization's data or PROGRAM.
 */
function sections(
  content: AgreementContent,
  standards: ProgramStandards,
  agency: RegistrationAgency,
): Array<[string, string[]]> {
  const { organization: org, funding: f } = content;
  const periods = content.wageSchedule ? wagePeriods(content.wageSchedule) : [];
  const safetySets = standards.skillSets.filter((set) => /safety/i.test(set.title));
  const agencyName = agencyDisplayName(agency);
  return [
    [
      "Parties",
      [
        `This Employer Acceptance Agreement is between ${PROGRAM.sponsor}, ${PROGRAM.sponsorAddress}, the sponsor of the ${PROGRAM.name} (the Sponsor), and ${employerName(org)}, ${org.address} (the Employer), whose contact is ${org.contactName}, ${org.contactEmail}, ${org.contactPhone}.`,
        "The Employer joins the Sponsor's registered program as an employer partner: it adopts the program's standards and accepts the duties below. The Employer does not register a program of its own. Its apprentices are registered under the Sponsor's program, at the Employer.",
      ],
    ],
    [
      "The program",
      [
        `Program registration: ${registrationText(standards)}. Occupation: ${PROGRAM.occupation}, O*NET ${PROGRAM.onetCode}, RAPIDS code ${PROGRAM.rapidsCode}.`,
        `Term: ${PROGRAM.programType.toLowerCase()}. An apprentice completes ${termText(standards)}, by mastering the ${n(standards.skillSets.length)} skill sets of the work-process schedule in Appendix A, with related instruction.`,
        `The program's standards (${standardsVersionText(standards).toLowerCase()}), with the Sponsor's National Standards of Apprenticeship and Training Objectives, which the Employer has reviewed, are part of this agreement as amended from time to time.`,
      ],
    ],
    [
      "Appendices",
      [
        "These appendices are part of this agreement. A change to Appendix B, C, D or E requires a new signature; Appendix A changes only when the Sponsor publishes amended standards.",
        `Appendix A. The work-process schedule of the program standards, version ${standards.version}: every skill set with its hours and skills.`,
        "Appendix B. The Employer's positions for apprentices.",
        "Appendix C. The related-instruction funding plan.",
        "Appendix D. The mentors and journeyworkers.",
        "Appendix E. The wage schedule.",
      ],
    ],
    [
      "Related instruction",
      [
        f
          ? `Provider: ${f.providerName}. Hours: ${n(f.hoursPerYear)} a year; the standards call for at least ${n(standards.riHoursPerYear)} a year. Time apprentices spend in related instruction is ${f.instructionTimePaid ? "paid" : "not paid"} by the Employer.`
          : `The funding plan is not yet provided; the standards call for at least ${n(standards.riHoursPerYear)} hours of related instruction a year.`,
        "The Employer pays 100% of the cost of the related instruction the program requires, as set out in Appendix C.",
      ],
    ],
    [
      "The wage schedule",
      [
        `The Employer pays apprentices a progressively increasing schedule of wages, set out in Appendix E${periods.length > 1 ? `: ${n(periods.length)} periods, with ${n(periods.length - 1)} raise${periods.length === 2 ? "" : "s"}` : ""}. The schedule has at least one raise, and each raise is paid when it is earned.`,
        "An apprentice's wage is never below the applicable federal, state or local minimum wage, whichever is highest.",
      ],
    ],
    [
      "Probationary period",
      [
        `Each apprentice serves a probationary period of exactly ${months(standards.probationMonths)} from the start of the apprenticeship, counted toward the term. It is not longer than 25% of the ${n(standards.termMonths)}-month term or one year, whichever is shorter (at most ${months(maxProbationMonths(standards.termMonths))}). During it, the apprenticeship agreement may be cancelled by either party without stated cause.`,
      ],
    ],
    [
      "Ratio",
      [
        `The ratio of apprentices to journeyworkers is ${ratioLabel(standards.ratio)}: the Employer applies it at each worksite, counting the journeyworkers who work there and supervise apprentices. Appendix D gives the Employer's journeyworkers and its planned apprentices.`,
      ],
    ],
    [
      "Safety training",
      [
        `The Employer provides adequate and safe equipment and facilities, and trains apprentices in safety on the job and in related instruction${safetySets.length ? `, beginning with ${safetySets.map((set) => `skill set ${set.ordinal}, "${skillSetLabel(set)}" (${n(set.hours)} hours)`).join(" and ")} of Appendix A` : ""}.`,
      ],
    ],
    [
      "Credit for previous experience",
      [
        "An apprentice may be credited for previous work experience, training or credentials. Credit is assessed skill set by skill set against the work-process schedule in Appendix A: the Employer puts forward the evidence of mastery (work history, training records, credentials, a demonstration), and AAMI staff review it before the apprentice is approved. Credited sets count toward the term, and the apprentice starts in the wage period the credited hours reach.",
        `Credit may not exceed ${n(standards.maxCreditHours)} hours of the ${n(standards.termOjlHours)}-hour term.`,
      ],
    ],
    [
      "The employer's obligations",
      [
        `a. Recruit, vet and hire its apprentices, each at least ${PROGRAM.minimumAge} years old on their start date. The Sponsor does not hire apprentices and is not their employer.`,
        "b. Provide on-the-job learning in the positions in Appendix B, with each apprentice supervised by a qualified journeyworker and guided by a mentor named in Appendix D.",
        `c. Keep each apprentice's on-the-job learning and related-instruction records, and wage records, for at least ${n(PROGRAM.recordsRetentionYears)} years, and give them to the Sponsor or the Registration Agency when asked.`,
        `d. Notify the Sponsor in writing within ${n(PROGRAM.employerNoticeDays)} days of each hire, completion, cancellation, suspension or transfer of an apprentice, so the Sponsor can notify the Registration Agency.`,
        "e. Tell the Sponsor before changing anything in Appendices B to E.",
        "The Sponsor registers the Employer's apprentices under the program, provides the standards and Training Objectives, supports the Employer and its mentors, reviews apprentices' progress periodically, and recognizes completion.",
      ],
    ],
    [
      "Equal opportunity",
      [
        EEO_PLEDGE,
        "Under 29 CFR part 30 the Employer also: conducts outreach and recruitment that gives everyone in the labor market a fair chance to apply; recruits, selects, employs and trains apprentices without discrimination; keeps its workplace free of harassment, intimidation and retaliation, and trains its people on it; and keeps the records of outreach, selection and apprentices that part 30 requires and gives them to the Sponsor and the Registration Agency.",
      ],
    ],
    [
      "Complaints",
      [
        `An apprentice or applicant with a complaint about the program first brings it to the Sponsor (${PROGRAM.sponsorShort}, ${PROGRAM.sponsorAddress}, ${PROGRAM.sponsorPhone}), which answers it. A complaint the Sponsor cannot resolve may be taken to the Registration Agency, ${agencyName}.`,
        `A complaint of discrimination may be filed with the Registration Agency within ${n(PROGRAM.eeoComplaintDays)} days of the alleged discrimination (29 CFR 30.14).`,
      ],
    ],
    [
      "Leaving the program",
      [
        "The Employer may withdraw from the program by written notice to the Sponsor. The Sponsor may end this agreement by written notice if the Employer does not meet it.",
        "The Employer's apprentices are not left without a program: the Sponsor helps transfer each of them to another employer partner, with the credit they have earned, or their apprenticeship agreements are cancelled with written notice to the apprentice and to the Registration Agency (29 CFR 29.7 and 29.8).",
      ],
    ],
  ];
}

export async function buildAgreementPdf(
  content: AgreementContent,
  standards: ProgramStandards,
  registrationAgency: RegistrationAgency,
  fonts: PdfFontFiles,
  signature?: AgreementSignature,
): Promise<Uint8Array> {
  const { organization: org } = content;
  const w = await PdfWriter.create(fonts, {
    title: `${DOCUMENT_NAME} - ${org.legalName}`,
    subject: `${PROGRAM.name}: ${DOCUMENT_NAME}`,
  });

  w.text(PROGRAM.sponsor, { size: 9, color: "muted", after: 2 });
  w.heading(DOCUMENT_NAME, 1);
  w.text(PROGRAM.name, { size: 12, bold: true, after: 10 });
  w.fields([...organizationRows(org), ...programRows(), ...standardsRows(standards)]);

  const numbered = sections(content, standards, registrationAgency);
  numbered.forEach(([heading, paragraphs], i) => {
    w.heading(`${i + 1}. ${heading}`, 3);
    for (const p of paragraphs) w.text(p, { after: 3 });
  });
  w.heading(`${numbered.length + 1}. Registration Agency`, 3);
  writeRegistrationAgency(w, registrationAgency);

  w.heading(`${numbered.length + 2}. Signatures`, 3);
  w.text(`Signed for ${org.legalName}:`, { after: 6 });
  const box = w.box(70);
  if (signature) {
    if (signature.drawnSignaturePng) {
      const png = await w.doc.embedPng(signature.drawnSignaturePng);
      const scaled = png.scaleToFit(box.width - 20, box.height - 20);
      box.page.drawImage(png, { x: box.x + 10, y: box.y + 10, ...scaled });
    } else {
      w.drawText(box.page, `/s/ ${signature.signerName}`, { x: box.x + 12, y: box.y + 28, size: 16, bold: true });
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
  w.text(
    `The Sponsor countersigns this agreement when it approves it: an ${PROGRAM.sponsorShort} staff administrator signs in the portal, and the countersignature page, with its evidence, is appended after this agreement's last page. The agreement takes effect on that countersignature and lasts until either party ends it as section ${numbered.findIndex(([h]) => h === "Leaving the program") + 1} provides.`,
    { after: 4 },
  );

  w.newPage();
  w.heading("Appendix A. Work-process schedule", 2);
  writeWorkProcessSchedule(w, standards);
  w.heading("Appendix B. Positions", 2);
  writePositions(w, content.positions);
  w.heading("Appendix C. Related-instruction funding plan", 2);
  writeFundingPlan(w, content.funding, standards);
  w.heading("Appendix D. Mentors and journeyworkers", 2);
  writeMentors(w, content, standards.ratio);
  w.heading("Appendix E. Wage schedule", 2);
  const s = content.wageSchedule;
  writeWageSchedule(w, s, s ? wagePeriods(s) : []);

  if (signature) {
    w.newPage();
    w.heading("Electronic signature record", 2);
    w.text("This page records how and by whom this agreement was signed.", { color: "muted", after: 8 });
    w.fields(
      [
        ...signatureRecordRows({ role: "Signer", organizationName: org.legalName, ...signature }),
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

  return w.finish(`${DOCUMENT_NAME} · ${org.legalName}`);
}
