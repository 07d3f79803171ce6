import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/authz";
import { literalLikeText, loadPage } from "@/lib/lists";
import { notFound } from "@/lib/errors";
import { LISTING_FIELDS } from "@/lib/listings/visibility";
import { getChecklist } from "@/lib/onboarding/data";
import type { EmployerFilters } from "@/lib/staff/employer-filters";

// Staff see every organization; each loader checks the caller is staff itself, so no page can forget to.

export const EMPLOYERS_PAGE_SIZE = 25;
export const AUDIT_PAGE_SIZE = 20;

/**
 * Newest first on the createdAt index; state and region filters use their own indexes. The name search is an
 * ILIKE scan, cheap at thousands of organizations (a trigram index would be the next step at far more).
 */
export async function listEmployers(filters: EmployerFilters, requestedPage: number) {
  await requireStaff();
  const nameMatch = { contains: literalLikeText(filters.name), mode: "insensitive" } as const;
  const where: Prisma.OrganizationWhereInput = {
    ...(filters.name ? { OR: [{ legalName: nameMatch }, { dbaName: nameMatch }] } : {}),
    ...(filters.state ? { state: filters.state } : {}),
    ...(filters.region ? { region: filters.region } : {}),
  };
  const { rows, ...paging } = await loadPage(
    requestedPage,
    EMPLOYERS_PAGE_SIZE,
    () => db.organization.count({ where }),
    (range) =>
      db.organization.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        ...range,
        select: {
          id: true,
          legalName: true,
          dbaName: true,
          city: true,
          state: true,
          contactName: true,
          contactEmail: true,
          submissions: { orderBy: { version: "desc" }, take: 1, select: { version: true, status: true } },
        },
      }),
  );
  // Counted for this page's organizations only: a relation _count would aggregate every organization's steps.
  const completeSteps = await db.onboardingStep.groupBy({
    by: ["organizationId"],
    where: { organizationId: { in: rows.map((o) => o.id) }, status: "COMPLETE" },
    _count: { _all: true },
  });
  const completeOf = new Map(completeSteps.map((c) => [c.organizationId, c._count._all]));
  const organizations = rows.map(({ submissions, ...o }) => ({
    ...o,
    completeSteps: completeOf.get(o.id) ?? 0,
    latestSubmission: submissions[0] ?? null,
  }));
  return { ...paging, pageSize: EMPLOYERS_PAGE_SIZE, organizations };
}

export type EmployerListPage = Awaited<ReturnType<typeof listEmployers>>;

/**
 * One organization as staff see it: profile, people, requests to join, submissions, packets, its home-page listing
 * and the checklist its members see.
 */
export async function getEmployerForStaff(organizationId: string) {
  await requireStaff();
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      id: true,
      legalName: true,
      dbaName: true,
      addressLine1: true,
      addressLine2: true,
      city: true,
      county: true,
      state: true,
      postalCode: true,
      region: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      agencyAcceptedAt: true,
      ...LISTING_FIELDS,
      memberships: {
        select: { id: true, role: true, user: { select: { email: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
      submissions: {
        select: { id: true, version: true, status: true, submittedAt: true, decidedAt: true },
        orderBy: { version: "desc" },
      },
      packets: {
        select: { id: true, version: true, createdAt: true, sha256: true },
        orderBy: { version: "desc" },
      },
      claims: {
        where: { status: { in: ["CLAIMED", "ACCEPTED", "DECLINED"] } },
        select: {
          id: true,
          contactName: true,
          contactEmail: true,
          status: true,
          grantedRole: true,
          decidedAt: true,
          updatedAt: true,
        },
        orderBy: { createdAt: "desc" },
        take: 20,
      },
    },
  });
  if (!organization) throw notFound();
  return { organization, checklist: await getChecklist(organizationId) };
}

export type EmployerForStaff = Awaited<ReturnType<typeof getEmployerForStaff>>;

/** An organization's audit events, newest first on the (organizationId, createdAt) index, with who did each. */
export async function listAuditTrail(organizationId: string, requestedPage: number) {
  await requireStaff();
  const where = { organizationId };
  const { rows: events, ...paging } = await loadPage(
    requestedPage,
    AUDIT_PAGE_SIZE,
    () => db.auditEvent.count({ where }),
    (range) =>
      db.auditEvent.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        ...range,
        select: {
          id: true,
          kind: true,
          actorId: true,
          subjectType: true,
          subjectId: true,
          payload: true,
          createdAt: true,
        },
      }),
  );
  // The audit log keeps no relation to User (it outlives accounts), so actors are looked up once per page.
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const actorOf = new Map(actors.map((a) => [a.id, a]));
  return {
    ...paging,
    events: events.map((e) => ({ ...e, actor: e.actorId ? (actorOf.get(e.actorId) ?? null) : null })),
  };
}

export type AuditTrailPage = Awaited<ReturnType<typeof listAuditTrail>>;
