import { z } from "zod";

// How each party signed an apprenticeship agreement (ApprenticeAgreement.evidence, JSON): the employer's signer
// when the employer signs, the apprentice's device when the apprentice signs. Read through
// `parseAgreementEvidence` only, so a record that is not what the code expects fails at the read. Version 1 is
// the shape written before evidence carried a version, so a record without `schemaVersion` is version 1; a new shape
// adds a version and an upgrade here, and old agreements stay readable.

const signingDevice = {
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** ISO 8601, UTC. */
  signedAt: z.string(),
};

export const AgreementEvidenceV1Schema = z.looseObject({
  schemaVersion: z.literal(1).optional(),
  // Optional: an agreement stored without evidence (the column is nullable) reads as none recorded yet.
  employer: z.looseObject({ userId: z.string(), ...signingDevice }).optional(),
  apprentice: z.looseObject(signingDevice).optional(),
});

type SigningDevice = { ip: string | null; userAgent: string | null; signedAt: string };

/** The evidence as the code reads and writes it now (fields an older or newer writer added are carried along). */
export type AgreementEvidence = {
  schemaVersion?: 1;
  employer?: SigningDevice & { userId: string };
  apprentice?: SigningDevice;
};

/** The evidence stored with an agreement, in the shape the code reads now. */
export function parseAgreementEvidence(stored: unknown): AgreementEvidence {
  if (stored === null || stored === undefined) return {};
  const version = (stored as { schemaVersion?: unknown }).schemaVersion ?? 1;
  if (version !== 1) throw new Error(`Agreement evidence of schema version ${String(version)} cannot be read.`);
  // Typed without a cast: this stops compiling when the schema and the type part ways.
  const current: AgreementEvidence = AgreementEvidenceV1Schema.parse(stored);
  return current;
}

/** The evidence as the employer's signature starts it. */
export const employerEvidence = (employer: NonNullable<AgreementEvidence["employer"]>): AgreementEvidence => ({
  schemaVersion: 1,
  employer,
});
