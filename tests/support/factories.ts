import { randomBytes, randomUUID } from "node:crypto";
import type { OrgRole, Prisma, StaffRole } from "@prisma/client";
import type { Db } from "../../lib/prisma-client";
import { regionOf } from "../../lib/regions";
import { legalNameKey } from "../../lib/onboarding/intent/schemas";

// Test data for integration and end-to-end tests alike: each call makes fresh, uniquely named records, so tests
// never depend on each other's data.

const unique = () => randomUUID().slice(0, 8);

export async function createUser(db: Db, opts: { email?: string; name?: string; staffRole?: StaffRole } = {}) {
  const id = unique();
  return db.user.create({
    data: {
      email: opts.email ?? `user-${id}@example.test`,
      name: opts.name ?? `Pat Example ${id}`,
      staffRole: opts.staffRole,
    },
  });
}

/** The id of the provider test organizations' funding plans name, so a form can post it without a lookup. */
export const MADISON_COLLEGE_ID = "cmadisoncollegeprovider00";

/**
 * A related-instruction provider staff have confirmed, with an address, shared by every test that names it (one per
 * name, as in the portal); created on first use.
 */
export async function verifiedProvider(db: Db, name = "Madison College") {
  const nameKey = legalNameKey(name);
  await db.rtiProvider.createMany({
    data: [
      {
        ...(name === "Madison College" ? { id: MADISON_COLLEGE_ID } : {}),
        name,
        nameKey,
        providerType: "Community or technical college",
        addressLine1: "1701 Wright St",
        city: "Madison",
        state: "WI",
        postalCode: "53704",
        contact: "apprenticeship@madisoncollege.example",
        status: "VERIFIED",
      },
    ],
    skipDuplicates: true,
  });
  return db.rtiProvider.findUniqueOrThrow({ where: { nameKey } });
}

export async function createOrganization(db: Db, opts: { name?: string; state?: string; ownerEmail?: string } = {}) {
  const id = unique();
  const name = opts.name ?? `Test Medical Center ${id}`;
  const state = opts.state ?? "WI";
  const owner = await createUser(db, { email: opts.ownerEmail });
  const org = await db.organization.create({
    data: {
      legalName: name,
      legalNameKey: legalNameKey(name),
      addressLine1: "1 Main St",
      city: "Madison",
      county: "Dane",
      state,
      postalCode: "53703",
      region: regionOf(state),
      contactName: owner.name ?? "Owner",
      contactEmail: owner.email,
      contactPhone: "608-555-0100",
      memberships: { create: { userId: owner.id, role: "OWNER" } },
      steps: { create: { step: "INTENT", status: "COMPLETE", completedAt: new Date(), completedById: owner.id } },
    },
  });
  return { org, owner };
}

export async function addMember(db: Db, organizationId: string, role: OrgRole = "MEMBER") {
  const user = await createUser(db);
  const membership = await db.membership.create({ data: { userId: user.id, organizationId, role } });
  return { user, membership };
}

/**
 * A prospective apprentice as the interest form stores them, with their "submitted" history entry; any field can
 * be overridden, and `selfId` adds voluntary self-identification answers.
 */
export async function createCandidate(
  db: Db,
  opts: Partial<Prisma.CandidateUncheckedCreateInput> & {
    selfId?: Omit<Prisma.CandidateDemographicsUncheckedCreateInput, "candidateId">;
  } = {},
) {
  const id = unique();
  const { selfId, ...fields } = opts;
  const state = fields.state ?? "WI";
  return db.candidate.create({
    data: {
      email: `candidate-${id}@example.test`,
      firstName: "Jordan",
      lastName: `Rivera ${id}`,
      phone: "608-555-0123",
      city: "Madison",
      postalCode: "53703",
      region: regionOf(state),
      educationLevel: "HIGH_SCHOOL",
      situation: "EMPLOYED",
      consentToShare: true,
      consentAt: new Date(),
      ...fields,
      state,
      events: { create: { kind: "submitted", createdAt: fields.createdAt } },
      ...(selfId ? { demographics: { create: selfId } } : {}),
    },
  });
}

/** A real Auth.js database session; the caller presents its token as the `authjs.session-token` cookie. */
export async function createSession(db: Db, userId: string) {
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
  return sessionToken;
}

export const SESSION_COOKIE = "authjs.session-token";

/**
 * AAMI approved the organization's version 1, which makes it an employer partner (lib/authz/partner); the review
 * itself is tests/e2e/staff-review.spec.ts.
 */
export const approvedVersionOne = (db: Db, organizationId: string, submittedById: string) =>
  db.submission.create({
    data: { organizationId, version: 1, status: "APPROVED", snapshot: {}, submittedById, decidedAt: new Date() },
  });

/**
 * Steps 2–5 done for an organization, as if its owner had filled them in: the current documents acknowledged,
 * a position with the hiring attestation, a funding plan, a mentor and enough journeyworkers. With `wages`, the
 * step-6 wage schedule too (not yet signed).
 */
export async function completeStepsThroughMentor(
  db: Db,
  organizationId: string,
  userId: string,
  opts = { wages: true },
) {
  const documents = await db.programDocument.findMany({ where: { publishedAt: { not: null } } });
  await db.standardsAcknowledgement.createMany({
    data: documents.map((d) => ({
      organizationId,
      userId,
      documentId: d.id,
      documentVersion: d.version,
      documentSha256: d.sha256,
      typedName: "Pat Example",
    })),
  });
  await db.position.create({
    data: {
      organizationId,
      type: "NEW_POSITION",
      title: "BMET Apprentice",
      department: "Clinical Engineering",
      siteAddress: "1 Main St, Madison, WI 53703",
      openings: 1,
      createdById: userId,
    },
  });
  await db.organization.update({
    where: { id: organizationId },
    data: { hiringAttestedAt: new Date(), hiringAttestedById: userId, journeyworkerCount: 2 },
  });
  await db.fundingPlan.create({
    data: {
      organizationId,
      rtiProviderId: (await verifiedProvider(db)).id,
      delivery: "HYBRID",
      hoursPerYear: 160,
      costPerApprenticeCents: 350000,
      sources: ["OPERATING_BUDGET"],
      instructionTimePaid: true,
      employerPaysAttestedAt: new Date(),
      attestedById: userId,
    },
  });
  await db.mentor.create({
    data: {
      organizationId,
      name: "Chris Ortega",
      title: "Senior BMET",
      email: `mentor-${unique()}@example.test`,
      credentials: ["CBET"],
      yearsExperience: 12,
    },
  });
  if (!opts.wages) return;
  const schedule = await db.wageSchedule.create({
    data: { organizationId, journeyworkerRateCents: 3800, entryWageCents: 2280, basis: "MONTHS", termLength: 24 },
  });
  await db.wageStep.createMany({
    data: [
      [6, 6500],
      [12, 7200],
      [18, 8000],
    ].map(([threshold, bp], ordinal) => ({
      organizationId,
      wageScheduleId: schedule.id,
      ordinal,
      threshold: threshold!,
      amountKind: "PERCENT" as const,
      amountValue: bp!,
    })),
  });
}
