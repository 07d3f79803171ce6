import "server-only";
import { Prisma, type SubmissionStatus } from "@prisma/client";
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

type EmployerRow = {
  id: string;
  legalName: string;
  dbaName: string | null;
  city: string;
  state: string;
  contactName: string;
  contactEmail: string;
  completeSteps: number;
  latestVersion: number | null;
  latestStatus: SubmissionStatus | null;
};

/**
 * Newest first on the createdAt index; state and region filters use their own indexes. The name search is an
 * ILIKE scan, cheap at thousands of organizations (a trigram index would be the next step at far more). One
 * statement counts, one loads the page with each row's latest submission and completed steps.
 */
export async function listEmployers(filters: EmployerFilters, requestedPage: number) {
  await requireStaff();
  const namePattern = `%${literalLikeText(filters.name)}%`;
  const conditions = [
    filters.name ? Prisma.sql`(o."legalName" ILIKE ${namePattern} OR o."dbaName" ILIKE ${namePattern})` : null,
    filters.state ? Prisma.sql`o.state = ${filters.state}` : null,
    filters.region ? Prisma.sql`o.region = ${filters.region}` : null,
  ].filter((condition) => condition !== null);
  const filtered = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const { rows, ...paging } = await loadPage(
    requestedPage,
    EMPLOYERS_PAGE_SIZE,
    async () => (await db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM "Organization" o ${filtered}`)[0].n,
    // The page is chosen first, so the latest submission and the steps are looked up for its rows only.
    (range) => db.$queryRaw<EmployerRow[]>`
      SELECT o.id, o."legalName", o."dbaName", o.city, o.state, o."contactName", o."contactEmail",
             (SELECT count(*)::int FROM "OnboardingStep" st
               WHERE st."organizationId" = o.id AND st.status = 'COMPLETE') AS "completeSteps",
             latest.version AS "latestVersion", latest.status::text AS "latestStatus"
        FROM (SELECT o.id, o."legalName", o."dbaName", o.city, o.state, o."contactName", o."contactEmail", o."createdAt"
                FROM "Organization" o ${filtered}
               ORDER BY o."createdAt" DESC, o.id ASC LIMIT ${range.take} OFFSET ${range.skip}) o
        LEFT JOIN LATERAL (SELECT s.version, s.status FROM "Submission" s WHERE s."organizationId" = o.id
                            ORDER BY s.version DESC LIMIT 1) latest ON true
       ORDER BY o."createdAt" DESC, o.id ASC`,
  );
  const organizations = rows.map(({ latestVersion, latestStatus, ...o }) => ({
    ...o,
    latestSubmission:
      latestVersion !== null && latestStatus !== null ? { version: latestVersion, status: latestStatus } : null,
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
      rapidsEmployerId: true,
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
