import { z } from "zod";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";

// A submission's snapshot is stored as JSON and read back for years: by the review page, the employer's step 7,
// the packet builder and the diff between versions. Every read goes through `parseSubmissionSnapshot`, so a
// snapshot that is not what the code expects fails loudly at the read instead of as a blank cell in a packet.
// Each shape the snapshot has ever had keeps its schema, keyed by `schemaVersion`; a change to the snapshot adds a
// version and an upgrade to the current shape, and old submissions stay readable. Objects are loose: a field this
// code does not know is kept, so the canonical-JSON hashes in packets (lib/pdf/packet.ts) still match.

const text = z.string();
const maybeText = z.string().nullable();
const count = z.number().int().nonnegative();

const organization = z.looseObject({
  legalName: text,
  dbaName: maybeText,
  ein: maybeText,
  address: text,
  county: text,
  state: text,
  contactName: text,
  contactEmail: text,
  contactPhone: text,
});

const position = z.looseObject({
  title: text,
  department: text,
  type: text,
  siteAddress: text,
  expectedStartDate: maybeText,
  openings: count,
});

const funding = z.looseObject({
  providerName: text,
  providerType: text,
  delivery: text,
  providerContact: text,
  hoursPerYear: count,
  costPerApprenticeCents: count,
  sources: z.array(text),
  otherSourceText: maybeText,
  instructionTimePaid: z.boolean(),
});

const mentor = z.looseObject({
  name: text,
  title: text,
  email: text,
  phone: maybeText,
  credentials: z.array(text),
  yearsExperience: count,
});

const wageSchedule = z.looseObject({
  journeyworkerRateCents: count,
  entryWageCents: count,
  basis: z.enum(["MONTHS", "HOURS", "COMPETENCIES"]),
  termLength: count,
  steps: z.array(z.looseObject({ threshold: count, amountKind: z.enum(["DOLLARS", "PERCENT"]), amountValue: count })),
});

const wagePeriod = z.looseObject({
  label: text,
  from: z.number(),
  to: z.number(),
  cents: count,
  percentOfJourneyworker: z.number(),
});

const acknowledgedDocument = z.looseObject({
  kind: text,
  title: text,
  version: count,
  sha256: text,
  acknowledgedAt: text,
  typedName: text,
});

const signedAgreement = z.looseObject({
  id: text,
  version: count,
  method: z.enum(["ELECTRONIC", "WET_UPLOAD"]),
  signerName: text,
  signerTitle: text,
  signerEmail: text,
  signedAt: text,
  signerIp: maybeText,
  signerUserAgent: maybeText,
  unsignedSha256: text,
  signedSha256: text,
  contentFingerprint: text,
});

/** Version 1: the snapshot as step 7 has written it since the portal began. */
export const SubmissionSnapshotV1Schema = z.looseObject({
  schemaVersion: z.literal(1),
  organization,
  positions: z.array(position),
  funding: funding.nullable(),
  mentors: z.array(mentor),
  journeyworkerCount: count.nullable(),
  wageSchedule: wageSchedule.nullable(),
  wagePeriods: z.array(wagePeriod),
  standards: z.array(acknowledgedDocument),
  agreement: signedAgreement.nullable(),
});

/** The snapshot stored with a submission, in the shape the code reads now, whichever version wrote it. */
export function parseSubmissionSnapshot(stored: unknown): SubmissionSnapshot {
  const version = (stored as { schemaVersion?: unknown } | null)?.schemaVersion;
  switch (version) {
    case 1: {
      // Typed without a cast: this stops compiling when the schema and the type the builder writes part ways.
      const current: SubmissionSnapshot = SubmissionSnapshotV1Schema.parse(stored);
      return current;
    }
    default:
      throw new Error(`A submission snapshot of schema version ${String(version)} cannot be read by this code.`);
  }
}
