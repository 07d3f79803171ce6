import { createCipheriv, randomBytes, randomInt } from "node:crypto";
import type { ApprenticeStatus } from "@prisma/client";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { encryptSsn, ssnKeys, ssnLookupHash } from "@/lib/crypto/ssn";
import type { Db } from "@/lib/prisma-client";
import { sha256Hex } from "@/lib/storage/hash";
import { createOrganization, verifiedProvider } from "./factories";
import { currentStandardsId } from "./standards";
import { TEST_SSN_KEY } from "./test-env";

/** The key the test apprentices' SSNs are encrypted with (integration tests set SSN_ENCRYPTION_KEY to it). */
export const SSN_TEST_KEY = Buffer.from(TEST_SSN_KEY, "base64");
/** The keys derived from it, as the portal derives them. */
export const SSN_TEST_KEYS = ssnKeys(TEST_SSN_KEY);

/**
 * A plausible SSN (area 100–665, so never 000, 666 or 9xx) unlikely to have been used before, for the end-to-end
 * tests: their database is emptied only when their server starts, and the portal takes each SSN once.
 */
export function uniqueSsn() {
  const ssn = `${randomInt(100, 666)}-${randomInt(10, 100)}-${randomInt(1000, 10_000)}`;
  return { ssn, last4: ssn.slice(-4), pattern: new RegExp(ssn.replace(/-/g, "-?")) };
}

/** The SSN columns as the portal writes them for the apprentice `id`: bound ciphertext, last four, lookup hash. */
export function storedSsn(ssn: string, id: string) {
  const digits = ssn.replace(/\D/g, "");
  return {
    ssnEncrypted: encryptSsn(digits, SSN_TEST_KEYS, id),
    ssnLast4: digits.slice(-4),
    ssnLookupHash: ssnLookupHash(digits, SSN_TEST_KEYS),
  };
}

/**
 * The SSN columns as the portal wrote them before ciphertexts were bound to their apprentice (format v1: the raw
 * key, no associated data, no lookup hash), for the tests of `npm run ssn:reencrypt`.
 */
export function legacyStoredSsn(ssn: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", SSN_TEST_KEY, iv);
  const ciphertext = Buffer.concat([cipher.update(ssn.replace(/\D/g, ""), "utf8"), cipher.final()]);
  return {
    ssnEncrypted: ["v1", ...[iv, cipher.getAuthTag(), ciphertext].map((p) => p.toString("base64url"))].join("."),
    ssnLast4: ssn.slice(-4),
    ssnLookupHash: null,
  };
}

/** An organization with a wage schedule, as an approved one has. */
export async function employer(db: Db) {
  const { org } = await createOrganization(db);
  await db.wageSchedule.create({
    data: {
      organizationId: org.id,
      journeyworkerRateCents: 3800,
      entryWageCents: 2280,
      basis: "MONTHS",
      termLength: 24,
    },
  });
  return org;
}

export type ApprenticeOptions = {
  startDate?: Date;
  /** Who enrolled the apprentice (a member of the organization). */
  createdById?: string;
  /** Fast-track credit claimed for mastered skill sets; the credited hours are their sum. */
  credits?: Array<{ skillSetKey: string; creditedHours: number }>;
};

/**
 * An apprentice as the portal stores one: SSN encrypted with SSN_TEST_KEY for this apprentice and hashed (so each
 * SSN can be used once per test file, as once in the portal), the apprentice's self-identification answers apart, and with `credits` the skill sets
 * credited (each with its evidence).
 */
export async function apprentice(
  db: Db,
  organizationId: string,
  lastName: string,
  status: ApprenticeStatus,
  ssn?: string,
  opts: ApprenticeOptions = {},
) {
  const id = `c${randomBytes(12).toString("hex")}`;
  const created = await db.apprentice.create({
    data: {
      id,
      organizationId,
      status,
      startDate: opts.startDate ?? new Date("2027-02-01T00:00:00Z"),
      createdById: opts.createdById,
      creditedOjtHours: (opts.credits ?? []).reduce((sum, c) => sum + c.creditedHours, 0),
      firstName: "Sam",
      lastName,
      dateOfBirth: new Date("1999-03-05T00:00:00Z"),
      employmentStatus: "NEW_EMPLOYEE",
      streetAddress: "1 Main St",
      city: "Madison",
      state: "WI",
      postalCode: "53703",
      rtiProviderId: (await verifiedProvider(db)).id,
      priorWageCents: 1700,
      priorWageUnit: "H",
      entryWageCents: 2280,
      entryWageUnit: "H",
      studentStatus: "NA",
      ...(ssn ? storedSsn(ssn, id) : {}),
      ...(opts.credits?.length
        ? {
            skillCredits: {
              create: opts.credits.map((c) => ({
                ...c,
                organizationId,
                evidence: `Certificate for ${c.skillSetKey.toLowerCase()} from a prior job`,
              })),
            },
          }
        : {}),
      demographics: {
        create: {
          organizationId,
          gender: "F",
          ethnicity: 1,
          raceAmericanIndian: 0,
          raceAsian: 1,
          raceBlack: 0,
          racePacificIslander: 0,
          raceWhite: 0,
          veteranStatus: 2,
          disabilityStatus: 9,
          educationLevel: 3,
          answeredAt: new Date(),
        },
      },
    },
  });
  // AAMI approves only apprentices whose agreement everyone signed, and only those reach packets and RAPIDS.
  if (status === "APPROVED" || status === "REGISTERED") await signedAgreementStandIn(db, created);
  return created;
}

let standInPdf: Promise<Uint8Array> | undefined;

/**
 * A fully signed agreement for an apprentice a test creates as approved or registered, with a small PDF standing in
 * for the real one (tests that read the agreement build it with tests/support/apprentice-registration.ts).
 */
export async function signedAgreementStandIn(
  db: Db,
  a: { id: string; organizationId: string; firstName: string; lastName: string },
) {
  standInPdf ??= (async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText("Apprenticeship agreement, signed (test stand-in)", { x: 50, y: 700, size: 12, font });
    return doc.save();
  })();
  const signedAt = new Date("2027-01-10T15:00:00Z");
  await storeSignedAgreement(db, a, await standInPdf, {
    employer: { name: "Dana Owner", title: "CEO", signedAt },
    apprenticeSignedAt: signedAt,
  });
}

/** Stores `bytes` as the apprentice's agreement, signed by the employer and the apprentice as `signatures` say. */
export async function storeSignedAgreement(
  db: Db,
  a: { id: string; organizationId: string; firstName: string; lastName: string },
  bytes: Uint8Array,
  signatures: {
    employer: { name: string; title: string; signedAt: Date };
    apprenticeSignedAt: Date;
    signingTokenHash?: string;
  },
) {
  const file = await db.storedFile.create({
    data: {
      organizationId: a.organizationId,
      filename: `apprenticeship-agreement-${a.lastName}.pdf`,
      contentType: "application/pdf",
      byteSize: bytes.length,
      sha256: sha256Hex(bytes),
      data: Buffer.from(bytes),
    },
  });
  return db.apprenticeAgreement.create({
    data: {
      standardsVersionId: await currentStandardsId(db),
      apprenticeId: a.id,
      organizationId: a.organizationId,
      fileId: file.id,
      signingTokenHash: signatures.signingTokenHash,
      employerSignerName: signatures.employer.name,
      employerSignerTitle: signatures.employer.title,
      employerSignedAt: signatures.employer.signedAt,
      apprenticeSignerName: `${a.firstName} ${a.lastName}`,
      apprenticeSignedAt: signatures.apprenticeSignedAt,
    },
  });
}
