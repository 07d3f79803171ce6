import type { RegistrationAgency } from "../../lib/agencies/registry";
import type { SubmissionSnapshot } from "../../lib/onboarding/submit/snapshot";
import { wagePeriods, type WageScheduleInput } from "../../lib/onboarding/wages/rules";
import { buildAgreementPdf, type AgreementContent, type AgreementSignature } from "../../lib/pdf/agreement";
import type { ApprenticeAgreementInput } from "../../lib/pdf/apprentice-agreement";
import { countersignAgreementPdf, type Countersignature } from "../../lib/pdf/countersignature";
import type { PdfFontFiles } from "../../lib/pdf/fonts";
import type { PacketInput } from "../../lib/pdf/packet";
import { skillSetOf } from "../../lib/program/standards/model";
import { STANDARDS_V1 } from "./standards";
import { sha256Hex } from "../../lib/storage/hash";

// Sample data shared by the unit tests and the benchmarks.

/** The shape of the sample on p. A-2 of the Training Objectives: 60% of the journeyworker rate rising to 80%. */
export const SAMPLE_WAGE_SCHEDULE: WageScheduleInput = {
  journeyworkerRateCents: 3800,
  entryWageCents: 2280,
  basis: "MONTHS",
  termLength: 24,
  steps: [
    { threshold: 6, amountKind: "PERCENT", amountValue: 6500 },
    { threshold: 12, amountKind: "DOLLARS", amountValue: 2736 },
    { threshold: 18, amountKind: "PERCENT", amountValue: 8000 },
  ],
};

/** An organization whose names need more than ASCII, with every appendix filled in. */
export const SAMPLE_AGREEMENT_CONTENT: AgreementContent = {
  organization: {
    legalName: "Hôpital Saint-José Medical Center",
    dbaName: "Saint José",
    ein: "12-3456789",
    address: "1 Main Street, Springfield, IL 62701",
    county: "Sangamon",
    state: "IL",
    contactName: "Dana Nguyễn",
    contactEmail: "dana@stjose.example",
    contactPhone: "217-555-0100",
  },
  positions: [
    {
      title: "BMET Apprentice",
      department: "Clinical Engineering",
      type: "NEW_POSITION",
      siteAddress: "1 Main Street, Springfield, IL",
      expectedStartDate: "2027-02-01",
      openings: 2,
    },
  ],
  funding: {
    providerName: "Lincoln Land Community College",
    providerType: "Community or technical college",
    delivery: "HYBRID",
    providerContact: "apprenticeship@llcc.example",
    hoursPerYear: 160,
    costPerApprenticeCents: 420000,
    sources: ["OPERATING_BUDGET", "OTHER"],
    otherSourceText: "Hospital foundation",
    instructionTimePaid: true,
  },
  mentors: [
    {
      name: "Chris Ortega",
      title: "Senior BMET",
      email: "chris@stjose.example",
      phone: null,
      credentials: ["CBET", "CRES"],
      yearsExperience: 12,
    },
  ],
  journeyworkerCount: 3,
  wageSchedule: SAMPLE_WAGE_SCHEDULE,
};

/** How the sample organization's contact signed its agreement (the unsigned hash is added once it is built). */
export const SAMPLE_SIGNATURE: Omit<AgreementSignature, "unsignedSha256"> = {
  method: "ELECTRONIC",
  agreementVersion: 2,
  signerName: "Dana Nguyễn",
  signerTitle: "Director of Clinical Engineering",
  signerEmail: "dana@stjose.example",
  signedAt: new Date("2026-11-23T15:04:05Z"),
  ip: "203.0.113.9",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0",
  contentFingerprint: "f".repeat(64),
  drawnSignaturePng: null,
};

/** The standards documents the sample organization acknowledged at step 2. */
export const SAMPLE_STANDARDS: SubmissionSnapshot["standards"] = [
  {
    kind: "NATIONAL_STANDARDS",
    title: "BMET National Standards of Apprenticeship",
    version: 3,
    sha256: "5a".repeat(32),
    acknowledgedAt: "2026-11-02T14:00:00.000Z",
    typedName: "Dana Nguyễn",
  },
  {
    kind: "TRAINING_OBJECTIVES",
    title: "BMET Training Objectives",
    version: 2,
    sha256: "7b".repeat(32),
    acknowledgedAt: "2026-11-02T14:05:00.000Z",
    typedName: "Dana Nguyễn",
  },
];

/** The sample organization's Registration Agency (Illinois), with a name that needs more than ASCII. */
export const SAMPLE_REGISTRATION_AGENCY: RegistrationAgency = {
  state: "IL",
  kind: "OA",
  name: "U.S. Department of Labor, Office of Apprenticeship",
  office: "Illinois État Office",
  email: "apprenticeship.il@example.gov",
  phone: "(312) 555-0142",
  website: "https://www.apprenticeship.gov/",
  source: "https://www.apprenticeship.gov/about-us/apprenticeship-system",
  checkedOn: "2026-12-03",
};

/**
 * The sample organization's agreement signed with SAMPLE_SIGNATURE by the real builder, and the submission
 * snapshot that records it, as step 7 would have frozen them.
 */
export async function signSampleAgreement(
  fonts: PdfFontFiles,
  content: AgreementContent = SAMPLE_AGREEMENT_CONTENT,
  agency: RegistrationAgency = SAMPLE_REGISTRATION_AGENCY,
): Promise<{ bytes: Uint8Array; snapshot: SubmissionSnapshot }> {
  const unsignedSha256 = sha256Hex(await buildAgreementPdf(content, STANDARDS_V1, agency, fonts));
  const bytes = await buildAgreementPdf(content, STANDARDS_V1, agency, fonts, { ...SAMPLE_SIGNATURE, unsignedSha256 });
  const snapshot: SubmissionSnapshot = {
    schemaVersion: 1,
    ...structuredClone(content),
    wagePeriods: content.wageSchedule ? wagePeriods(content.wageSchedule) : [],
    standards: SAMPLE_STANDARDS,
    agreement: {
      id: "agr_sample",
      version: SAMPLE_SIGNATURE.agreementVersion,
      method: SAMPLE_SIGNATURE.method,
      signerName: SAMPLE_SIGNATURE.signerName,
      signerTitle: SAMPLE_SIGNATURE.signerTitle,
      signerEmail: SAMPLE_SIGNATURE.signerEmail,
      signedAt: SAMPLE_SIGNATURE.signedAt.toISOString(),
      signerIp: SAMPLE_SIGNATURE.ip,
      signerUserAgent: SAMPLE_SIGNATURE.userAgent,
      unsignedSha256,
      signedSha256: sha256Hex(bytes),
      contentFingerprint: SAMPLE_SIGNATURE.contentFingerprint,
    },
  };
  return { bytes, snapshot };
}

/** AAMI's countersignature on the sample agreement, by a staff administrator approving it. */
export const SAMPLE_COUNTERSIGNATURE: Omit<Countersignature, "employerSignedSha256"> = {
  organizationName: SAMPLE_AGREEMENT_CONTENT.organization.legalName,
  agreementVersion: SAMPLE_SIGNATURE.agreementVersion,
  signerName: "Avery Ångström",
  signerTitle: "Director, Apprenticeship Programs",
  signerEmail: "avery@aami.example",
  signedAt: new Date("2026-11-30T16:45:00Z"),
  ip: "198.51.100.20",
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/131",
};

/** The employer-signed sample agreement countersigned, as approval stores it, with what the packet is told of it. */
export async function countersignSampleAgreement(fonts: PdfFontFiles, employerSigned: Uint8Array) {
  const bytes = await countersignAgreementPdf(
    employerSigned,
    { ...SAMPLE_COUNTERSIGNATURE, employerSignedSha256: sha256Hex(employerSigned) },
    fonts,
  );
  const { signerName, signerTitle, signedAt } = SAMPLE_COUNTERSIGNATURE;
  return { bytes, countersignature: { sha256: sha256Hex(bytes), signerName, signerTitle, signedAt } };
}

/** Everything a packet needs besides the submission snapshot and the agreement, for an accepted employer. */
export const SAMPLE_PACKET_DETAILS: Omit<PacketInput, "snapshot" | "signedAgreement"> = {
  packetVersion: 1,
  submission: {
    id: "sub_sample",
    version: 2,
    submittedAt: new Date("2026-11-24T09:30:00Z"),
    submittedByName: "Dana Nguyễn",
  },
  approval: { approverName: "Morgan Reviewer", approvedAt: new Date("2026-11-30T16:45:00Z") },
  agencyAcceptedAt: new Date("2026-12-07T00:00:00Z"),
  registrationAgency: SAMPLE_REGISTRATION_AGENCY,
  apprentices: [],
  standards: STANDARDS_V1,
  generatedAt: new Date("2026-12-08T10:00:00Z"),
};

const skillSet = (key: string) => skillSetOf(STANDARDS_V1, key)!;
const CREDITED_SKILL_SETS = ["SAFETY", "PROFESSIONAL", "ANATOMY", "ELECTRONICS"].map(skillSet);

/**
 * A 17-year-old apprentice of the sample organization, with a name that needs more than ASCII, 1,200 hours of
 * fast-track credit that start them in the second wage period, and no signature yet.
 */
export const SAMPLE_APPRENTICE_AGREEMENT: ApprenticeAgreementInput = {
  agreementId: "apa_sample",
  standards: STANDARDS_V1,
  registrationAgency: SAMPLE_REGISTRATION_AGENCY,
  generatedAt: new Date("2027-01-15T10:00:00Z"),
  employer: {
    legalName: SAMPLE_AGREEMENT_CONTENT.organization.legalName,
    dbaName: SAMPLE_AGREEMENT_CONTENT.organization.dbaName,
    address: SAMPLE_AGREEMENT_CONTENT.organization.address,
    contactName: SAMPLE_AGREEMENT_CONTENT.organization.contactName,
    contactPhone: SAMPLE_AGREEMENT_CONTENT.organization.contactPhone,
  },
  apprentice: {
    firstName: "José",
    middleName: "Thành",
    lastName: "Nguyễn",
    suffix: "Jr.",
    dateOfBirth: new Date("2009-06-30T00:00:00Z"),
    startDate: new Date("2027-02-01T00:00:00Z"),
    streetAddress: "12 Élan Court",
    city: "Springfield",
    state: "IL",
    postalCode: "62704",
    email: "jose@example.com",
    phone: "217-555-0142",
    ssnLast4: "6789",
    employmentStatus: "NEW_EMPLOYEE",
  },
  relatedInstruction: { provider: "Lincoln Land Community College", hoursPerYear: 160, instructionTimePaid: true },
  credit: {
    skillSets: CREDITED_SKILL_SETS.map((s) => ({ key: s.key, title: s.title, hours: s.hours })),
    creditedOjtHours: CREDITED_SKILL_SETS.reduce((sum, s) => sum + s.hours, 0),
    previousTrainingHours: 90,
  },
  wageSchedule: SAMPLE_WAGE_SCHEDULE,
  startingWageStep: 1,
  mentorName: "Chris Ortega",
  guardianRequired: true,
  signatures: { employer: null, apprentice: null, guardian: null },
};

/** How each party signs the sample apprentice agreement. */
export const SAMPLE_APPRENTICE_SIGNATURES: ApprenticeAgreementInput["signatures"] = {
  employer: {
    name: "Dana Nguyễn",
    title: "Director of Clinical Engineering",
    signedAt: new Date("2027-01-16T14:00:00Z"),
  },
  apprentice: { name: "José Thành Nguyễn Jr.", signedAt: new Date("2027-01-18T09:15:30Z") },
  guardian: { name: "Lan Nguyễn", relationship: "Mother", signedAt: new Date("2027-01-18T09:20:00Z") },
};
