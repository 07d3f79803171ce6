import type { ApprenticeStatus } from "@prisma/client";
import { encryptSsn } from "@/lib/crypto/ssn";
import type { Db } from "@/lib/prisma-client";
import type { SkillSetKey } from "@/lib/program";
import { createOrganization } from "./factories";
import { TEST_SSN_KEY } from "./test-env";

/** The key the test apprentices' SSNs are encrypted with (integration tests set SSN_ENCRYPTION_KEY to it). */
export const SSN_TEST_KEY = Buffer.from(TEST_SSN_KEY, "base64");

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
  credits?: Array<{ skillSetKey: SkillSetKey; creditedHours: number }>;
};

/**
 * An apprentice as the portal stores one: SSN encrypted with SSN_TEST_KEY, demographics apart, and with `credits`
 * the skill sets credited (each with its evidence).
 */
export const apprentice = (
  db: Db,
  organizationId: string,
  lastName: string,
  status: ApprenticeStatus,
  ssn?: string,
  opts: ApprenticeOptions = {},
) =>
  db.apprentice.create({
    data: {
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
      rtiProvider: "Madison College",
      priorWageCents: 1700,
      priorWageUnit: "H",
      entryWageCents: 2280,
      entryWageUnit: "H",
      studentStatus: "NA",
      ...(ssn ? { ssnEncrypted: encryptSsn(ssn, SSN_TEST_KEY), ssnLast4: ssn.slice(-4) } : {}),
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
        },
      },
    },
  });
