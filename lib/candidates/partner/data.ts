import "server-only";
import type { CandidateViewKind, Prisma } from "@prisma/client";
import { requirePartner } from "@/lib/authz/partner";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SITUATION_OPTIONS, optionLabel } from "@/lib/candidates/options";
import { csvText } from "@/lib/csv";
import { candidateFiltersWhere, type CandidateFilters } from "@/lib/candidates/partner/filters";
import { visibleCandidatesWhere, type PartnerScope } from "@/lib/candidates/partner/scope";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { loadPage } from "@/lib/lists";
import { NEW_RECORD_ID } from "@/lib/record-ids";
import { regionName } from "@/lib/regions";

// What employer partners see of candidates. Every loader checks the caller is a partner itself and reads only the
// fields selected below: the voluntary self-identification answers (CandidateDemographics) are never selected,
// and contact details only through the profile and the export, which log each view.

export const CANDIDATES_PAGE_SIZE = 25;

/** The list: enough to choose whom to open, no contact details. */
const LIST_FIELDS = {
  id: true,
  firstName: true,
  lastName: true,
  city: true,
  state: true,
  situation: true,
  educationLevel: true,
  willingToRelocate: true,
  experienceTags: true,
  createdAt: true,
} satisfies Prisma.CandidateSelect;

/** The profile and the export: contact details and everything the candidate wrote for employers. */
const PROFILE_FIELDS = {
  ...LIST_FIELDS,
  email: true,
  phone: true,
  postalCode: true,
  statesOfInterest: true,
  regionsOfInterest: true,
  experienceNotes: true,
} satisfies Prisma.CandidateSelect;

/**
 * Every sight of a candidate by an employer partner, as one row each, in one statement of our own: the list logs
 * its 25 rows on every view, and Prisma compiles a createMany anew for each call (in a CPU profile of the list, it
 * cost as much as the list's count and page together).
 */
export async function logViews(
  candidates: ReadonlyArray<{ id: string }>,
  by: { organizationId: string; userId: string; kind: CandidateViewKind },
) {
  if (candidates.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "CandidateView" ("id", "candidateId", "organizationId", "userId", "kind", "updatedAt")
    SELECT ${NEW_RECORD_ID}, c.id, ${by.organizationId}, ${by.userId}, ${by.kind}::"CandidateViewKind", now()
      FROM unnest(${candidates.map((c) => c.id)}::text[]) AS c(id)`;
}

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "asc" }] satisfies Prisma.CandidateOrderByWithRelationInput[];

const matching = (scope: PartnerScope, filters: CandidateFilters): Prisma.CandidateWhereInput => ({
  AND: [visibleCandidatesWhere(scope), candidateFiltersWhere(filters)],
});

/**
 * One page of the candidates the partner may see, newest first, and the scope they were chosen by. Seeing a
 * candidate in the list is a logged view too (kind LIST): names and places are personal data.
 */
export async function listCandidatesForPartner(filters: CandidateFilters, requestedPage: number) {
  const { org, user, scope } = await requirePartner();
  const where = matching(scope, filters);
  const { rows, ...paging } = await loadPage(
    requestedPage,
    CANDIDATES_PAGE_SIZE,
    () => db.candidate.count({ where }),
    (range) => db.candidate.findMany({ where, orderBy: NEWEST_FIRST, ...range, select: LIST_FIELDS }),
  );
  await logViews(rows, { organizationId: org.id, userId: user.id, kind: "LIST" });
  return { ...paging, pageSize: CANDIDATES_PAGE_SIZE, candidates: rows, scope };
}

export type PartnerCandidateList = Awaited<ReturnType<typeof listCandidatesForPartner>>;

/**
 * One candidate's profile with contact details, and whether this organization already sent interest (and who).
 * Every call is a logged view; a candidate the partner may not see (another region, no consent, withdrawn,
 * unknown) is "not found" and logs nothing.
 */
export async function getCandidateForPartner(candidateId: string) {
  const { org, user, scope } = await requirePartner();
  const candidate = await db.candidate.findFirst({
    where: { AND: [{ id: candidateId }, visibleCandidatesWhere(scope)] },
    select: {
      ...PROFILE_FIELDS,
      interests: { where: { organizationId: org.id }, select: { createdAt: true, userId: true } },
    },
  });
  if (!candidate) throw notFound();
  await logViews([{ id: candidateId }], { organizationId: org.id, userId: user.id, kind: "PROFILE" });
  const { interests, ...profile } = candidate;
  const sent = interests[0];
  if (!sent) return { ...profile, interest: null };
  // CandidateInterest keeps the sender's id only (it outlives memberships), so the name is looked up.
  const sender = await db.user.findUnique({ where: { id: sent.userId }, select: { name: true, email: true } });
  return { ...profile, interest: { sentAt: sent.createdAt, senderName: sender?.name ?? sender?.email ?? null } };
}

export type PartnerCandidate = Awaited<ReturnType<typeof getCandidateForPartner>>;

const EXPORT_COLUMNS = [
  "First name",
  "Last name",
  "Email",
  "Phone",
  "City",
  "State",
  "ZIP code",
  "Willing to relocate",
  "Regions of interest",
  "States of interest",
  "Highest education",
  "Situation",
  "Experience",
  "About their experience",
  "Signed up",
] as const;

/**
 * The candidates matching the filters as CSV, every page at once, with a logged view of each exported candidate
 * (one insert for all of them).
 */
export async function exportCandidatesForPartner(filters: CandidateFilters) {
  const { org, user, scope } = await requirePartner();
  const candidates = await db.candidate.findMany({
    where: matching(scope, filters),
    orderBy: NEWEST_FIRST,
    select: PROFILE_FIELDS,
  });
  await logViews(candidates, { organizationId: org.id, userId: user.id, kind: "EXPORT" });
  const rows = candidates.map((c) => [
    c.firstName,
    c.lastName,
    c.email,
    c.phone,
    c.city,
    c.state,
    c.postalCode,
    c.willingToRelocate ? "Yes" : "No",
    c.regionsOfInterest.map(regionName).join("; "),
    c.statesOfInterest.join("; "),
    optionLabel(EDUCATION_OPTIONS, c.educationLevel),
    optionLabel(SITUATION_OPTIONS, c.situation),
    c.experienceTags.map((tag) => optionLabel(EXPERIENCE_OPTIONS, tag)).join("; "),
    c.experienceNotes,
    c.createdAt.toISOString().slice(0, 10),
  ]);
  return csvText(EXPORT_COLUMNS, rows);
}
