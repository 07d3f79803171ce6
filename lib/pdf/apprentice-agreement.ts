import { maskedSsn } from "@/lib/crypto/ssn";
import { formatCents } from "@/lib/forms/fields";
import { wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { PdfFontFiles } from "@/lib/pdf/fonts";
import { PdfWriter } from "@/lib/pdf/layout";
import { employerName, programRows, riHoursText, utc, utcDay, writeWageSchedule } from "@/lib/pdf/sections";
import { PROGRAM } from "@/lib/program";

// One apprentice's apprenticeship agreement: the content of DOL form ETA-671, "Apprenticeship Agreement and
// Registration". A pure function of its input, like the Employer Agreement: the same input gives the same bytes, so
// the SHA-256 of the agreement before anyone signs can be recorded and checked again later.

export type ApprenticeAgreementInput = {
  agreementId: string;
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
    /** Skill sets (from SKILL_SETS) credited as already mastered, with the hours credited for each. */
    skillSets: Array<{ title: string; hours: number }>;
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

const TERMS: Array<[string, string]> = [
  [
    "Standards",
    `The apprentice is employed and trained under this agreement and the ${PROGRAM.name}'s National Standards of Apprenticeship and Training Objectives, which are part of it. The employer provides on-the-job learning under a mentor and pays at least the wages above, with each raise when it is reached; the apprentice does the work and the related instruction the program requires.`,
  ],
  [
    "Probationary period",
    "The apprentice first serves the probationary period the Standards set. It counts toward the term. During it, either party may cancel this agreement without giving a reason, by telling the other and the sponsor in writing.",
  ],
  [
    "Equal opportunity",
    "The sponsor and the employer will not discriminate against apprenticeship applicants or apprentices based on race, color, religion, national origin, sex (including pregnancy and gender identity), sexual orientation, genetic information, or because they are an individual with a disability or a person 40 years old or older. They will take affirmative action to provide equal opportunity in apprenticeship and will operate the apprenticeship program as required under Title 29 of the Code of Federal Regulations, part 30.",
  ],
  [
    "Cancellation",
    "After the probationary period, either party may cancel this agreement as the Standards provide. The sponsor records every cancellation and tells the U.S. Department of Labor.",
  ],
  [
    "Registration",
    `The sponsor, ${PROGRAM.sponsorShort}, reviews this agreement and registers it with the U.S. Department of Labor, Office of Apprenticeship. An apprentice who completes the term receives a certificate of completion.`,
  ],
];

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
  const { apprentice: a, employer, credit, relatedInstruction: ri, signatures } = input;
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
    ["Term", `${PROGRAM.termMonths} months, ${PROGRAM.termHours.toLocaleString("en-US")} hours of on-the-job learning`],
    ["Agreement", input.agreementId],
    ["Generated", utc(input.generatedAt)],
  ]);

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
  if (credit.skillSets.length) {
    w.text("Skill sets of the Training Objectives the apprentice has already mastered, credited toward the term:");
    w.table(
      [
        { header: "Skill set", width: 0.75 },
        { header: "Hours credited", width: 0.25 },
      ],
      credit.skillSets.map((s) => [s.title, s.hours.toLocaleString("en-US")]),
    );
  } else {
    w.text("No skill sets credited: the apprentice serves the whole term.");
  }
  w.fields([
    ["Term", `${PROGRAM.termHours.toLocaleString("en-US")} hours of on-the-job learning`],
    ["Credited OJT hours", credit.creditedOjtHours.toLocaleString("en-US")],
    ["Hours remaining", (PROGRAM.termHours - credit.creditedOjtHours).toLocaleString("en-US")],
    ["Previous related training", `${credit.previousTrainingHours.toLocaleString("en-US")} hours`],
  ]);

  w.heading("Related instruction", 2);
  w.fields([
    ["Provider", ri.provider],
    ["Hours per year", riHoursText(ri.hoursPerYear)],
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
  for (const [heading, paragraph] of TERMS) {
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
