import type { Prisma } from "@prisma/client";
import {
  CANDIDATE_STATUS_OPTIONS,
  EDUCATION_OPTIONS,
  EXPERIENCE_OPTIONS,
  SITUATION_OPTIONS,
  optionLabel,
} from "@/lib/candidates/options";
import type { CsvValue } from "@/lib/csv";
import { regionName } from "@/lib/regions";

// The columns of the staff candidate CSV. The select below is all the export ever reads: the voluntary
// self-identification answers (CandidateDemographics) are not in it, so they cannot reach a file. Pure.

export const CANDIDATE_EXPORT_SELECT = {
  id: true,
  createdAt: true,
  status: true,
  withdrawnAt: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  city: true,
  state: true,
  postalCode: true,
  region: true,
  willingToRelocate: true,
  regionsOfInterest: true,
  statesOfInterest: true,
  educationLevel: true,
  situation: true,
  experienceTags: true,
  experienceNotes: true,
  heardAbout: true,
  consentToShare: true,
  consentAt: true,
} satisfies Prisma.CandidateSelect;

export type CandidateExportRow = Prisma.CandidateGetPayload<{ select: typeof CANDIDATE_EXPORT_SELECT }>;

const list = (values: readonly string[]) => values.join("; ");

const COLUMNS: ReadonlyArray<[header: string, value: (c: CandidateExportRow) => CsvValue]> = [
  ["Submitted (UTC)", (c) => c.createdAt],
  ["Status", (c) => optionLabel(CANDIDATE_STATUS_OPTIONS, c.status)],
  ["Withdrawn (UTC)", (c) => c.withdrawnAt],
  ["First name", (c) => c.firstName],
  ["Last name", (c) => c.lastName],
  ["Email", (c) => c.email],
  ["Phone", (c) => c.phone],
  ["City", (c) => c.city],
  ["State", (c) => c.state],
  ["ZIP", (c) => c.postalCode],
  ["Region", (c) => regionName(c.region)],
  ["Willing to relocate", (c) => (c.willingToRelocate ? "yes" : "no")],
  ["Regions of interest", (c) => list(c.regionsOfInterest.map(regionName))],
  ["States of interest", (c) => list(c.statesOfInterest)],
  ["Education", (c) => optionLabel(EDUCATION_OPTIONS, c.educationLevel)],
  ["Situation", (c) => optionLabel(SITUATION_OPTIONS, c.situation)],
  ["Experience", (c) => list(c.experienceTags.map((tag) => optionLabel(EXPERIENCE_OPTIONS, tag)))],
  ["Experience notes", (c) => c.experienceNotes],
  ["Heard about the program", (c) => c.heardAbout],
  // Blank when consent was never given or has been taken back.
  ["Consent to share given (UTC)", (c) => (c.consentToShare ? c.consentAt : null)],
];

export const CANDIDATE_CSV_HEADER = COLUMNS.map(([header]) => header);

export const candidateCsvRow = (c: CandidateExportRow): CsvValue[] => COLUMNS.map(([, value]) => value(c));
