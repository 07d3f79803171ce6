import {
  CONTACT_NOT_RECORDED,
  agencyContactLine,
  agencyDisplayName,
  type RegistrationAgency,
} from "@/lib/agencies/registry";
import { formatCents } from "@/lib/forms/fields";
import { DELIVERY_OPTIONS, fundingSourcesText } from "@/lib/onboarding/funding/schemas";
import { positionTypeLabel } from "@/lib/onboarding/positions/schemas";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { BASIS_UNIT, type WagePeriod, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { AgreementContent } from "@/lib/pdf/agreement";
import type { PdfWriter } from "@/lib/pdf/layout";
import { PROGRAM } from "@/lib/program";
import {
  ratioLabel,
  registrationText,
  skillSetLabel,
  standardsVersionText,
  type ProgramStandards,
  type Ratio,
} from "@/lib/program/standards/model";
import { stateName } from "@/lib/us-states";

// The parts of an organization's submission that more than one document shows (the Employer Agreement's
// appendices, the DOL registration packet, each apprentice's agreement), written one way so the documents never
// disagree. Callers write the heading, because each document numbers and names its sections its own way.

export const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 19)} UTC`;
/**
 * Who signed, as whom, when and from where: the rows an electronic signature record starts with, the employer's
 * signature page and AAMI's countersignature alike (each adds its consent and fingerprints after them).
 */
export const signatureRecordRows = (r: {
  role: "Signer" | "Countersigner";
  organizationName: string;
  agreementVersion: number;
  signerName: string;
  signerTitle: string;
  signerEmail: string;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
}): Array<[string, string]> => [
  ["Organization", r.organizationName],
  ["Agreement version", String(r.agreementVersion)],
  [r.role, r.signerName],
  ["Title", r.signerTitle],
  [`${r.role}'s account email`, r.signerEmail],
  [r.role === "Signer" ? "Signed at" : "Countersigned at", utc(r.signedAt)],
  ["IP address", r.ip ?? "Not available (no trusted proxy reported it)"],
  ["Browser (user agent)", r.userAgent ?? "Not available"],
];
/** A calendar day (a start date, a date of birth), as YYYY-MM-DD in UTC, the zone dates are stored in. */
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

const deliveryLabel = (v: string) => DELIVERY_OPTIONS.find((o) => o.value === v)?.label ?? v;

export const employerName = (org: { legalName: string; dbaName: string | null }) =>
  org.legalName + (org.dbaName ? ` (doing business as ${org.dbaName})` : "");

/** Related-instruction hours a year, against the standards' minimum. */
export const riHoursText = (hoursPerYear: number, standards: Pick<ProgramStandards, "riHoursPerYear">) =>
  `${hoursPerYear} (at least ${standards.riHoursPerYear} recommended)`;

export const organizationRows = (org: AgreementContent["organization"]): Array<[string, string]> => [
  ["Employer", employerName(org)],
  ["EIN", org.ein ?? "Not provided"],
  ["Address", `${org.address} (${org.county} County, ${stateName(org.state)})`],
  ["Contact", `${org.contactName}, ${org.contactEmail}, ${org.contactPhone}`],
];

export const programRows = (): Array<[string, string]> => [
  ["Sponsor", PROGRAM.sponsor],
  ["Occupation", `${PROGRAM.occupation}, O*NET ${PROGRAM.onetCode}, RAPIDS code ${PROGRAM.rapidsCode}`],
  ["Program type", PROGRAM.programType],
];

/** The sponsor's and the employer's equal opportunity pledge: 29 CFR 30.3(c)'s text, for both of them. */
export const EEO_PLEDGE =
  "The Sponsor and the Employer will not discriminate against apprenticeship applicants or apprentices based on race, color, religion, national origin, sex (including pregnancy and gender identity), sexual orientation, genetic information, or because they are an individual with a disability or a person 40 years old or older. The Sponsor and the Employer will take affirmative action to provide equal opportunity in apprenticeship and will operate the apprenticeship program as required under Title 29 of the Code of Federal Regulations, part 30.";

/** The sponsor and how to reach it (29 CFR 29.7(c) asks for its name and address). */
export const sponsorRows = (): Array<[string, string]> => [
  ["Sponsor", PROGRAM.sponsor],
  ["Sponsor's address", PROGRAM.sponsorAddress],
  ["Sponsor's phone", PROGRAM.sponsorPhone],
];

const hours = (n: number) => `${n.toLocaleString("en-US")} hours`;

/**
 * The whole work-process schedule of a standards version: each skill set with its hours and its skills, SAMPLE sets
 * marked. With `credited` (skill-set key → hours credited, for one apprentice's agreement) each credited set says so.
 */
export function writeWorkProcessSchedule(
  w: PdfWriter,
  standards: Pick<ProgramStandards, "skillSets" | "termOjlHours" | "version">,
  credited?: ReadonlyMap<string, number>,
) {
  w.text(
    `Version ${standards.version} of the program standards: ${standards.skillSets.length} skill sets, ${hours(standards.termOjlHours)} of on-the-job learning in all. A set marked SAMPLE is placeholder content until AAMI imports its registered schedule.`,
    { size: 9, color: "muted", after: 6 },
  );
  for (const set of standards.skillSets) {
    const credit = credited?.get(set.key);
    const mark = credit === undefined ? "" : ` · CREDITED (${hours(credit)})`;
    w.text(`Skill set ${set.ordinal}. ${skillSetLabel(set)} · ${hours(set.hours)}${mark}`, { bold: true, after: 2 });
    for (const skill of set.skills) w.text(`${skill.code}  ${skill.title}`, { size: 9, indent: 14, after: 0 });
    w.gap(4);
  }
}

/** The Registration Agency for the employer's state: who AAMI files with, and how to reach it. */
export const registrationAgencyRows = (agency: RegistrationAgency): Array<[string, string]> => [
  ["Registration Agency", agencyDisplayName(agency)],
  [
    "Agency type",
    agency.kind === "SAA"
      ? `State Apprenticeship Agency for ${stateName(agency.state)}, recognized by the U.S. Department of Labor`
      : `U.S. Department of Labor, Office of Apprenticeship, for ${stateName(agency.state)}`,
  ],
  ["Agency contact", agencyContactLine(agency) ?? CONTACT_NOT_RECORDED],
];

/** The agreement's short section on the Registration Agency (the caller writes the heading). */
export function writeRegistrationAgency(w: PdfWriter, agency: RegistrationAgency) {
  w.text(
    "The Sponsor files this agreement with the Registration Agency for the Employer's state, which registers the Employer's apprentices under the program:",
    { after: 3 },
  );
  w.fields(registrationAgencyRows(agency));
}

/** The program's registration and the version of its standards a document incorporates, "as amended". */
export const standardsRows = (
  s: Pick<ProgramStandards, "registrationNumber" | "registeredOn" | "version" | "publishedAt">,
): Array<[string, string]> => [
  ["Program registration", registrationText(s)],
  ["Standards", `${standardsVersionText(s)}, incorporated as amended`],
];

export function writePositions(w: PdfWriter, positions: AgreementContent["positions"]) {
  w.table(
    [
      { header: "Title", width: 0.22 },
      { header: "Department", width: 0.16 },
      { header: "How it exists", width: 0.2 },
      { header: "Site", width: 0.24 },
      { header: "Start", width: 0.1 },
      { header: "Openings", width: 0.08 },
    ],
    positions.map((p) => [
      p.title,
      p.department,
      positionTypeLabel(p.type),
      p.siteAddress,
      p.expectedStartDate ?? "Not set",
      String(p.openings),
    ]),
  );
  w.text("Hiring, recruiting and vetting are the Employer's responsibility; the Sponsor does not hire.", {
    size: 9,
    color: "muted",
  });
}

export function writeFundingPlan(
  w: PdfWriter,
  f: AgreementContent["funding"],
  standards: Pick<ProgramStandards, "riHoursPerYear">,
) {
  w.fields(
    f
      ? [
          ["Provider", `${f.providerName} (${f.providerType})`],
          ["Delivery", deliveryLabel(f.delivery)],
          ["Provider contact", f.providerContact],
          ["Hours per year", riHoursText(f.hoursPerYear, standards)],
          ["Cost per apprentice", formatCents(f.costPerApprenticeCents)],
          ["Funding sources", fundingSourcesText(f)],
          ["Instruction time paid", f.instructionTimePaid ? "Yes" : "No"],
          ["Employer pays", "100% of required related instruction"],
        ]
      : [["Plan", "Not yet provided"]],
  );
}

/** Mentors, and the journeyworker count checked against the apprentices the positions plan for. */
export function writeMentors(
  w: PdfWriter,
  content: Pick<AgreementContent, "mentors" | "journeyworkerCount" | "positions">,
  programRatio: Ratio,
) {
  w.table(
    [
      { header: "Mentor", width: 0.22 },
      { header: "Title", width: 0.2 },
      { header: "Contact", width: 0.3 },
      { header: "Credentials", width: 0.16 },
      { header: "Years", width: 0.12 },
    ],
    content.mentors.map((m) => [
      m.name,
      m.title,
      [m.email, m.phone].filter(Boolean).join(", "),
      m.credentials.join(", ") || "None listed",
      String(m.yearsExperience),
    ]),
  );
  const planned = content.positions.reduce((sum, p) => sum + p.openings, 0);
  const ratio =
    content.journeyworkerCount === null ? null : ratioCheck(programRatio, planned, content.journeyworkerCount);
  w.fields([
    ["Journeyworkers", content.journeyworkerCount === null ? "Not provided" : String(content.journeyworkerCount)],
    ["Program ratio", ratioLabel(programRatio)],
    ["Planned apprentices", ratio ? `${planned} (up to ${ratio.allowed} allowed)` : String(planned)],
  ]);
}

/**
 * The periods are passed in rather than derived here: the packet must show the periods as they were submitted,
 * even if the wage rules change later. With `startingPeriod` (an index into `periods`, for one apprentice's
 * agreement) the table gets a column marking the period that apprentice starts in and the ones their credit passed.
 */
export function writeWageSchedule(
  w: PdfWriter,
  s: WageScheduleInput | null,
  periods: WagePeriod[],
  startingPeriod?: number,
) {
  if (!s) {
    w.text("Not yet provided.");
    return;
  }
  w.fields([
    ["Journeyworker rate", `${formatCents(s.journeyworkerRateCents)} an hour`],
    ["Progression", `By ${BASIS_UNIT[s.basis].many}, over a term of ${s.termLength} ${BASIS_UNIT[s.basis].many}`],
  ]);
  const marked = startingPeriod !== undefined;
  w.table(
    [
      { header: "Period", width: marked ? 0.4 : 0.5 },
      { header: "Hourly wage", width: marked ? 0.2 : 0.25 },
      { header: "% of journeyworker rate", width: marked ? 0.22 : 0.25 },
      ...(marked ? [{ header: "Apprentice", width: 0.18 }] : []),
    ],
    periods.map((p, i) => [
      p.label,
      formatCents(p.cents),
      `${p.percentOfJourneyworker}%`,
      ...(marked ? [i < startingPeriod ? "Credited" : i === startingPeriod ? "Starts here" : ""] : []),
    ]),
  );
}
