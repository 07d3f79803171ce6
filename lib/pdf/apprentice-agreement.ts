import {
  agencyContactLine,
  agencyDisplayName,
  CONTACT_NOT_RECORDED,
  type RegistrationAgency,
} from "@/lib/agencies/registry";
import { maskedSsn } from "@/lib/crypto/ssn";
import { formatCents } from "@/lib/forms/fields";
import { wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import {
  EEO_PLEDGE,
  employerName,
  programRows,
  registrationAgencyRows,
  riHoursText,
  sponsorRows,
  standardsRows,
  utc,
  utcDay,
  writeWageSchedule,
  writeWorkProcessSchedule,
} from "@/lib/pdf/sections";
import { PROGRAM } from "@/lib/program";
import { termText, type ProgramStandards } from "@/lib/program/standards/model";

// One apprentice's apprenticeship agreement: the content of DOL form ETA-671, "Apprenticeship Agreement and
// Registration". A pure function of its input, like the Employer Agreement: the same input gives the same bytes, so
// the SHA-256 of the agreement before anyone signs can be recorded and checked again later.

export type ApprenticeAgreementInput = {
  agreementId: string;
  /** The program standards the agreement is signed under (the version its row records), incorporated as amended. */
  standards: ProgramStandards;
  /** The Registration Agency for the employer's state, which registers the apprentice (29 CFR 29.7(c)). */
  registrationAgency: RegistrationAgency;
  /** When the document was made; also its PDF creation and modification dates. */
  generatedAt: Date;
  employer: {
    legalName: string;
    dbaName: string | null;
    address: string;
    contactName: string;
    contactPhone: string;
  };
  apprentice: {
    firstName: string;
    middleName: string | null;
    lastName: string;
    suffix: string | null;
    dateOfBirth: Date;
    startDate: Date;
    streetAddress: string;
    city: string;
    state: string;
    postalCode: string;
    email: string;
    phone: string | null;
    /** Only the last four digits ever appear in a document; null when no SSN was given. */
    ssnLast4: string | null;
    employmentStatus: "NEW_EMPLOYEE" | "EXISTING_EMPLOYEE";
  };
  relatedInstruction: { provider: string; hoursPerYear: number; instructionTimePaid: boolean };
  credit: {
    /** Skill sets of the standards' schedule credited as already mastered (by key), with the hours credited for each. */
    skillSets: Array<{ key: string; title: string; hours: number }>;
    creditedOjtHours: number;
    previousTrainingHours: number;
  };
  wageSchedule: WageScheduleInput;
  /** Index into wagePeriods(wageSchedule): the period the apprentice starts in (advanced standing). */
  startingWageStep: number;
  mentorName: string | null;
  /** True when the apprentice is under 18 on the start date: a parent or guardian must sign too. */
  guardianRequired: boolean;
  signatures: {
    employer: { name: string; title: string; signedAt: Date } | null;
    apprentice: { name: string; signedAt: Date } | null;
    guardian: { name: string; relationship: string; signedAt: Date } | null;
  };
};

const EMPLOYMENT_STATUS: Record<ApprenticeAgreementInput["apprentice"]["employmentStatus"], string> = {
  NEW_EMPLOYEE: "New employee",
  EXISTING_EMPLOYEE: "Existing employee (incumbent worker)",
};

const n = (value: number) => value.toLocaleString("en-US");

/** The agreement's terms (29 CFR 29.7(h) to (k)), each a heading and a paragraph; numbers from the standards. */
const terms = (standards: ProgramStandards, agency: RegistrationAgency): Array<[string, string]> => {
  const agencyName = agencyDisplayName(agency);
  const agencyContact = agencyContactLine(agency) ?? CONTACT_NOT_RECORDED.toLowerCase();
  return [
    [
      "Standards",
      `The apprentice is employed and trained under this agreement and the ${PROGRAM.name}'s National Standards of Apprenticeship and Training Objectives, and its program standards (version ${standards.version}), which are part of it as they exist on the date of this agreement and as amended from time to time. The employer provides on-the-job learning under a mentor and pays at least the wages above, with each raise when it is reached; the apprentice does the work and the related instruction the program requires.`,
    ],
    [
      "Probationary period",
      `The apprentice first serves a probationary period of exactly ${n(standards.probationMonths)} month${standards.probationMonths === 1 ? "" : "s"} from the start date. It counts toward the term. During it, either party may cancel this agreement without stated cause, by written notice to the Registration Agency, ${agencyName} (through the sponsor, ${PROGRAM.sponsorShort}); a cancellation during probation does not affect the sponsor's completion rate.`,
    ],
    [
      "Cancellation after the probationary period",
      `After the probationary period, the apprentice may ask to cancel this agreement at any time. The sponsor or the employer may suspend or cancel it only for good cause, with due notice to the apprentice and a reasonable opportunity to correct, and with written notice of the final action to the apprentice and to the Registration Agency (29 CFR 29.7(h)).`,
    ],
    [
      "Equal opportunity",
      `${EEO_PLEDGE} The apprentice is accorded equal opportunity in all phases of apprenticeship employment and training.`,
    ],
    [
      "Complaints and disputes",
      `A complaint or a difference about this agreement goes first to the sponsor, ${PROGRAM.sponsor}, ${PROGRAM.sponsorAddress}, ${PROGRAM.sponsorPhone}, which receives it, answers it and settles it where it can. One it cannot settle may be taken to the Registration Agency, ${agencyName} (${agencyContact}). A complaint of discrimination may be filed with the Registration Agency within ${n(PROGRAM.eeoComplaintDays)} days of the alleged discrimination (29 CFR 30.14).`,
    ],
    [
      "Registration",
      `The sponsor, ${PROGRAM.sponsorShort}, reviews this agreement and registers it with the Registration Agency, ${agencyName}. An apprentice who completes the term receives a certificate of completion.`,
    ],
  ];
};

/** The apprentice's name as every document writes it: "José Thành Nguyễn, Jr.". */
export const fullName = (
  a: Pick<ApprenticeAgreementInput["apprentice"], "firstName" | "middleName" | "lastName" | "suffix">,
) => [a.firstName, a.middleName, a.lastName].filter(Boolean).join(" ") + (a.suffix ? `, ${a.suffix}` : "");

/** The signature lines of one party: "Not yet signed" until they sign, then who signed and when. */
function writeSignature(
  w: PdfWriter,
  heading: string,
  signature: { name: string; signedAt: Date } | null,
  details: Array<[string, string | undefined]>,
) {
  w.heading(heading, 3);
  w.fields([
    ["Signature", signature ? `/s/ ${signature.name}` : "Not yet signed"],
    ["Name", signature?.name ?? ""],
    ...details.map(([label, value]): [string, string] => [label, value ?? ""]),
    ["Date", signature ? utc(signature.signedAt) : ""],
  ]);
}

export async function buildApprenticeAgreementPdf(
  input: ApprenticeAgreementInput,
  fonts: PdfFontFiles,
): Promise<Uint8Array> {
  const { apprentice: a, employer, credit, relatedInstruction: ri, signatures, standards } = input;
  const periods = wagePeriods(input.wageSchedule);
  const start = periods[input.startingWageStep];
  if (!Number.isInteger(input.startingWageStep) || !start) {
    throw new Error(`Starting wage step ${input.startingWageStep} is not one of the schedule's ${periods.length}.`);
  }
  if (!input.guardianRequired && signatures.guardian) {
    throw new Error("A guardian signed an agreement that does not need a guardian.");
  }
  const name = fullName(a);

  const w = await PdfWriter.create(fonts, {
    title: `Apprenticeship Agreement - ${name}`,
    subject: `${PROGRAM.name}: Apprenticeship Agreement and Registration (ETA-671)`,
    date: input.generatedAt,
  });

  w.text(PROGRAM.sponsor, { size: 9, color: "muted", after: 2 });
  w.heading("Apprenticeship Agreement", 1);
  w.text(`Apprenticeship Agreement and Registration (the content of DOL form ETA-671) · ${PROGRAM.name}`, {
    size: 12,
    bold: true,
    after: 10,
  });
  w.fields([
    ["Program", PROGRAM.name],
    ...programRows(),
    ...standardsRows(standards),
    ["Term", termText(standards)],
    ["Agreement", input.agreementId],
    ["Generated", utc(input.generatedAt)],
  ]);

  w.heading("Sponsor and Registration Agency", 2);
  w.fields([...sponsorRows(), ...registrationAgencyRows(input.registrationAgency)]);

  w.heading("Employer", 2);
  w.fields([
    ["Employer", employerName(employer)],
    ["Address", employer.address],
    ["Contact", `${employer.contactName}, ${employer.contactPhone}`],
  ]);

  w.heading("Apprentice", 2);
  w.fields([
    ["Name", name],
    ["Date of birth", utcDay(a.dateOfBirth)],
    ["Start date", utcDay(a.startDate)],
    ["Address", `${a.streetAddress}, ${a.city}, ${a.state} ${a.postalCode}`],
    ["Email", a.email],
    ["Phone", a.phone ?? "Not given"],
    ["Social Security number", maskedSsn(a.ssnLast4)],
    ["Employment", EMPLOYMENT_STATUS[a.employmentStatus]],
  ]);

  w.heading("Term and credit for previous experience", 2);
  w.fields([
    ["Minimum OJL hours", n(standards.termOjlHours)],
    ["Credited OJT hours", n(credit.creditedOjtHours)],
    ["Hours remaining", n(standards.termOjlHours - credit.creditedOjtHours)],
    ["Previous related training", `${n(credit.previousTrainingHours)} hours`],
  ]);
  w.text(
    credit.skillSets.length
      ? `Skill sets credited as already mastered: ${credit.skillSets.map((c) => `${c.title} (${n(c.hours)} hours)`).join("; ")}. They are marked CREDITED in the schedule below.`
      : "No skill sets credited: the apprentice serves the whole term.",
  );

  w.heading("Work-process schedule", 2);
  writeWorkProcessSchedule(w, standards, new Map(credit.skillSets.map((c) => [c.key, c.hours])));

  w.heading("Related instruction", 2);
  w.fields([
    ["Provider", ri.provider],
    ["Hours per year", riHoursText(ri.hoursPerYear, standards)],
    ["Instruction time paid", ri.instructionTimePaid ? "Yes" : "No"],
  ]);

  w.heading("Wages", 2);
  writeWageSchedule(w, input.wageSchedule, periods, input.startingWageStep);
  w.fields([
    [
      "Starting wage",
      `${formatCents(start.cents)} an hour (${start.percentOfJourneyworker}% of the journeyworker rate), period "${start.label}"`,
    ],
  ]);

  w.heading("Mentor", 2);
  w.fields([["Mentor", input.mentorName ?? "Not yet appointed"]]);

  w.heading("Terms of this agreement", 2);
  for (const [heading, paragraph] of terms(standards, input.registrationAgency)) {
    w.heading(heading, 3);
    w.text(paragraph, { after: 3 });
  }

  w.heading("Signatures", 2);
  writeSignature(w, `Employer: ${employer.legalName}`, signatures.employer, [["Title", signatures.employer?.title]]);
  writeSignature(w, "Apprentice", signatures.apprentice, []);
  if (input.guardianRequired) {
    writeSignature(w, `Parent or guardian (the apprentice is under ${PROGRAM.adultAge})`, signatures.guardian, [
      ["Relationship", signatures.guardian?.relationship],
    ]);
  }

  return w.finish(`Apprenticeship Agreement · ${name}`);
}
