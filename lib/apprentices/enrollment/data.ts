import "server-only";
import type { Prisma } from "@prisma/client";
import type { EnrollmentLimits } from "@/lib/apprentices/enrollment/schemas";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { creditStandards } from "@/lib/program/standards/model";
import { answeredSelfIdentification } from "@/lib/apprentices/self-identification/answers";
import type { PartnerContext } from "@/lib/authz/partner";
import { visibleCandidatesWhere, type PartnerScope } from "@/lib/candidates/partner/scope";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { logViews } from "@/lib/candidates/partner/data";
import { loadPage } from "@/lib/lists";
import { getWageSchedule } from "@/lib/onboarding/wages/data";
import type { Tx } from "@/lib/prisma-client";
import { providerChoices } from "@/lib/rti-providers/data";

// The employer's apprentices. Every query takes the organization id from the caller's context (lib/authz), so a
// record of another organization is "not found".

export const APPRENTICES_PAGE_SIZE = 25;

/** Where an enrollment can be edited by the employer: before the apprentice signs. */
export const EDITABLE_STATUSES = ["DRAFT", "PENDING_SIGNATURES"] as const;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The limits the enrollment form checks: the day the Registration Agency accepted the employer, today (UTC), the
 * current standards. */
export async function enrollmentLimits(organizationId: string, tx: Tx = db): Promise<EnrollmentLimits> {
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { agencyAcceptedAt: true },
  });
  return {
    agencyAcceptedOn: org.agencyAcceptedAt ? isoDay(org.agencyAcceptedAt) : null,
    today: isoDay(new Date()),
    standards: creditStandards(await getCurrentStandards(tx)),
  };
}

/** What the enrollment form offers and pre-fills: positions, the related-instruction provider, the wage schedule. */
export async function enrollmentSetup(organizationId: string) {
  const [limits, positions, funding, wageSchedule, providers] = await Promise.all([
    enrollmentLimits(organizationId),
    db.position.findMany({
      where: { organizationId },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, department: true },
    }),
    db.fundingPlan.findUnique({ where: { organizationId }, select: { rtiProviderId: true } }),
    getWageSchedule(organizationId),
    providerChoices(organizationId),
  ]);
  return { limits, positions, rtiProviderId: funding?.rtiProviderId ?? "", providers, wageSchedule };
}

export async function listApprenticesForOrg(organizationId: string, requestedPage: number) {
  const where = { organizationId } satisfies Prisma.ApprenticeWhereInput;
  const { rows, ...paging } = await loadPage(
    requestedPage,
    APPRENTICES_PAGE_SIZE,
    () => db.apprentice.count({ where }),
    (range) =>
      db.apprentice.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...range,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          status: true,
          startDate: true,
          employmentStatus: true,
          creditedOjtHours: true,
          rapidsApprenticeId: true,
        },
      }),
  );
  return { ...paging, pageSize: APPRENTICES_PAGE_SIZE, apprentices: rows };
}

export type OrgApprenticeList = Awaited<ReturnType<typeof listApprenticesForOrg>>;

/**
 * Everything about an apprentice except the SSN's ciphertext, which no page ever receives. The self-identification
 * answers are read only to say whether the apprentice answered: pass the row through withoutSelfIdAnswers.
 */
export const APPRENTICE_FIELDS = {
  id: true,
  organizationId: true,
  positionId: true,
  candidateId: true,
  status: true,
  rowVersion: true,
  startDate: true,
  firstName: true,
  middleName: true,
  lastName: true,
  suffix: true,
  ssnLast4: true,
  dateOfBirth: true,
  employmentStatus: true,
  streetAddress: true,
  city: true,
  state: true,
  postalCode: true,
  phone: true,
  email: true,
  rtiProviderId: true,
  rtiProvider: { select: { name: true } },
  creditPreviousExperience: true,
  creditPreviousTrainingHours: true,
  priorWageCents: true,
  priorWageUnit: true,
  entryWageCents: true,
  entryWageUnit: true,
  startingWageStep: true,
  creditedOjtHours: true,
  careerLatticeLevels: true,
  careerConnection: true,
  wioaParticipant: true,
  taaParticipant: true,
  apprenticeType: true,
  careerLinkageOrDirectEntry: true,
  ojtFundingSources: true,
  studentStatus: true,
  rapidsApprenticeId: true,
  registeredAt: true,
  approvedAt: true,
  creditAdjustedAt: true,
  createdAt: true,
  demographics: true,
  skillCredits: { orderBy: { createdAt: "asc" } },
  position: { select: { title: true } },
} satisfies Prisma.ApprenticeSelect;

/**
 * An apprentice as pages show it: whether they answered the voluntary self-identification questions, never what.
 * The answers go to DOL in the RAPIDS file and nowhere else (lib/apprentices/staff/rapids-export.ts).
 */
export function withoutSelfIdAnswers<T extends { demographics: Parameters<typeof answeredSelfIdentification>[0] }>(
  row: T,
): Omit<T, "demographics"> & { selfIdentified: boolean } {
  const { demographics, ...rest } = row;
  return { ...rest, selfIdentified: answeredSelfIdentification(demographics) };
}

export async function getApprenticeForOrg(organizationId: string, apprenticeId: string, tx: Tx = db) {
  const apprentice = await tx.apprentice.findFirst({
    where: { id: apprenticeId, organizationId },
    select: APPRENTICE_FIELDS,
  });
  if (!apprentice) throw notFound();
  return withoutSelfIdAnswers(apprentice);
}

export type OrgApprentice = Awaited<ReturnType<typeof getApprenticeForOrg>>;

/**
 * A candidate's contact details to pre-fill an enrollment, if the partner may see the candidate (its region,
 * consented, not withdrawn); null otherwise. Self-identification answers are never shared with employers.
 */
export async function candidateForEnrollment(scope: PartnerScope, candidateId: string, tx: Tx = db) {
  return tx.candidate.findFirst({
    where: { AND: [{ id: candidateId }, visibleCandidatesWhere(scope)] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      city: true,
      state: true,
      postalCode: true,
    },
  });
}

/** The candidate's details shown pre-filled in a new enrollment: a logged view, like opening their profile. */
export async function candidatePrefill(partner: PartnerContext, candidateId: string) {
  const candidate = await candidateForEnrollment(partner.scope, candidateId);
  if (candidate) {
    await logViews([candidate], { organizationId: partner.org.id, userId: partner.user.id, kind: "PROFILE" });
  }
  return candidate;
}
