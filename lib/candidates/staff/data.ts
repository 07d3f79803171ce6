import "server-only";
import type { CandidateViewKind, Prisma } from "@prisma/client";
import { requireStaff } from "@/lib/authz";
import { searchWords, type CandidateFilters } from "@/lib/candidates/staff/filters";
import { CANDIDATE_EXPORT_SELECT, candidateCsvRow, type CandidateExportRow } from "@/lib/candidates/staff/export";
import type { CsvValue } from "@/lib/csv";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { literalLikeText, loadPage } from "@/lib/lists";

// The AAMI staff candidate database. Each loader checks the caller is staff itself, so no page or route can
// forget to. The voluntary self-identification answers are read by the detail page only, for its own section;
// the list and the export never select them.

export const CANDIDATES_PAGE_SIZE = 25;
/** Rows per query while exporting: small enough to stream steadily, large enough to keep round trips few. */
const EXPORT_BATCH_SIZE = 500;

const DAY_MS = 86_400_000;
const NEWEST_FIRST: Prisma.CandidateOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "asc" }];

/**
 * Every filter as one where clause, for the list, its count and the export alike. Each search word must match
 * one of name, email, city or phone, so "jordan rivera" finds Jordan Rivera. Dates are whole UTC days.
 */
function candidateWhere(f: CandidateFilters): Prisma.CandidateWhereInput {
  const and: Prisma.CandidateWhereInput[] = searchWords(f.q).map((word) => {
    const match = { contains: literalLikeText(word), mode: "insensitive" } as const;
    return {
      OR: [{ firstName: match }, { lastName: match }, { email: match }, { city: match }, { phone: match }],
    };
  });
  if (f.veteran === "UNANSWERED") {
    and.push({ OR: [{ demographics: { is: null } }, { demographics: { is: { veteranStatus: null } } }] });
  } else if (f.veteran) {
    and.push({ demographics: { is: { veteranStatus: f.veteran } } });
  }
  return {
    AND: and,
    region: f.region,
    state: f.state,
    situation: f.situation,
    educationLevel: f.education,
    status: f.status,
    createdAt: {
      gte: f.submittedFrom ? new Date(`${f.submittedFrom}T00:00:00Z`) : undefined,
      lt: f.submittedTo ? new Date(Date.parse(`${f.submittedTo}T00:00:00Z`) + DAY_MS) : undefined,
    },
    ...(f.includeWithdrawn ? {} : { withdrawnAt: null }),
  };
}

/** One page of candidates, newest first. No self-identification answers. */
export async function listCandidatesForStaff(filters: CandidateFilters) {
  await requireStaff();
  const where = candidateWhere(filters);
  const { rows, ...paging } = await loadPage(
    filters.page,
    CANDIDATES_PAGE_SIZE,
    () => db.candidate.count({ where }),
    (range) =>
      db.candidate.findMany({
        where,
        orderBy: NEWEST_FIRST,
        ...range,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          email: true,
          city: true,
          state: true,
          region: true,
          situation: true,
          educationLevel: true,
          status: true,
          withdrawnAt: true,
          createdAt: true,
        },
      }),
  );
  // An empty page says either "nobody yet" or "nothing matches these filters"; only a second look can tell.
  const anyCandidates = paging.total > 0 || (await db.candidate.findFirst({ select: { id: true } })) !== null;
  return { ...paging, pageSize: CANDIDATES_PAGE_SIZE, candidates: rows, anyCandidates };
}

export type CandidateListPage = Awaited<ReturnType<typeof listCandidatesForStaff>>;

/** Display names of users by id (history and audit rows keep ids only, and outlive accounts). */
async function userNames(ids: Array<string | null>) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = await db.user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name ?? u.email]));
}

/** One candidate as staff see them: profile, status, consent, history, employer activity, and self-identification. */
export async function getCandidateForStaff(candidateId: string) {
  await requireStaff();
  const candidate = await db.candidate.findUnique({
    where: { id: candidateId },
    select: {
      ...CANDIDATE_EXPORT_SELECT,
      updatedAt: true,
      demographics: { select: { sex: true, ethnicity: true, races: true, veteranStatus: true, disability: true } },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, kind: true, actorId: true, note: true, createdAt: true },
      },
      interests: {
        orderBy: { createdAt: "desc" },
        select: { id: true, createdAt: true, message: true, organization: { select: { id: true, legalName: true } } },
      },
    },
  });
  if (!candidate) throw notFound();
  const { events, ...rest } = candidate;
  const [names, views] = await Promise.all([
    userNames(events.map((e) => e.actorId)),
    db.candidateView.groupBy({ by: ["kind"], where: { candidateId }, _count: { _all: true } }),
  ]);
  const viewsOf = (kind: CandidateViewKind) => views.find((v) => v.kind === kind)?._count._all ?? 0;
  return {
    ...rest,
    employerViews: { profile: viewsOf("PROFILE"), list: viewsOf("LIST"), export: viewsOf("EXPORT") },
    events: events.map((e) => ({
      ...e,
      actorName: e.actorId ? (names.get(e.actorId) ?? "A deleted account") : null,
    })),
  };
}

export type CandidateForStaff = Awaited<ReturnType<typeof getCandidateForStaff>>;

/**
 * The candidates matching the filters as CSV rows, in batches. Authorizes before returning, so the caller can
 * answer 401/404 before a byte is sent. Batches are read by keyset (after the last row's createdAt and id), not
 * OFFSET: each query stays cheap however deep the export goes, no transaction or connection is held while the
 * browser downloads, memory stays flat at any size, and a candidate who signs up meanwhile (newer than the first
 * row) is neither included nor shifts rows into a second batch.
 */
export async function exportCandidatesForStaff(filters: CandidateFilters): Promise<AsyncIterable<CsvValue[][]>> {
  await requireStaff();
  const where = candidateWhere(filters);
  return (async function* batches() {
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const rows: CandidateExportRow[] = await db.candidate.findMany({
        where: after
          ? {
              AND: [
                where,
                {
                  OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }],
                },
              ],
            }
          : where,
        orderBy: NEWEST_FIRST,
        take: EXPORT_BATCH_SIZE,
        select: CANDIDATE_EXPORT_SELECT,
      });
      if (rows.length > 0) yield rows.map(candidateCsvRow);
      if (rows.length < EXPORT_BATCH_SIZE) return;
      const last = rows[rows.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
  })();
}
