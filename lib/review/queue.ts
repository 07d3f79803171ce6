import "server-only";
import { Prisma, type SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { literalLikeText } from "@/lib/lists";
import type { QueueFilters } from "@/lib/review/queue-filters";
import { NEEDS_STAFF_ACTION } from "@/lib/review/transitions";

// The review queue: each organization's LATEST submission (older versions are history), filtered, sorted and
// paginated in SQL. "Latest" is the isLatest flag the database maintains (one per organization), so the count, the
// status counts and the page read the (isLatest, status, submittedAt) index instead of anti-joining every version;
// states/regions use the Organization indexes, the name search its trigram index. The counts join Organization
// only when a filter needs it. `npm run bench` times it at 100 and 10,000 organizations (tests/bench/scale.ts).

export const QUEUE_PAGE_SIZE = 25;

export type QueueRow = {
  id: string;
  version: number;
  status: SubmissionStatus;
  submittedAt: Date;
  organizationId: string;
  legalName: string;
  city: string;
  state: string;
  region: string;
  reviewerName: string | null;
};

const ORDER: Record<QueueFilters["sort"], Prisma.Sql> = {
  oldest: Prisma.sql`s."submittedAt" ASC, s.id ASC`,
  newest: Prisma.sql`s."submittedAt" DESC, s.id ASC`,
  name: Prisma.sql`o."legalName" ASC, s.id ASC`,
};

/** The WHERE clause for every filter except status (the status counts are taken under the other filters). */
function baseConditions(f: QueueFilters, viewerId: string): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`s."isLatest"`];
  if (f.state) where.push(Prisma.sql`o.state = ${f.state}`);
  if (f.region) where.push(Prisma.sql`o.region = ${f.region}`);
  if (f.reviewer === "unassigned") where.push(Prisma.sql`s."assignedReviewerId" IS NULL`);
  else if (f.reviewer) where.push(Prisma.sql`s."assignedReviewerId" = ${f.reviewer === "me" ? viewerId : f.reviewer}`);
  if (f.submittedFrom) where.push(Prisma.sql`s."submittedAt" >= ${new Date(`${f.submittedFrom}T00:00:00Z`)}`);
  // "On or before" a day: before the start of the next one, computed here (the driver sends untyped parameters).
  if (f.submittedTo) {
    where.push(Prisma.sql`s."submittedAt" < ${new Date(Date.parse(`${f.submittedTo}T00:00:00Z`) + 86_400_000)}`);
  }
  if (f.q) {
    const like = `%${literalLikeText(f.q)}%`;
    where.push(Prisma.sql`(o."legalName" ILIKE ${like} OR o."dbaName" ILIKE ${like})`);
  }
  return where;
}

function statusCondition(status: QueueFilters["status"]): Prisma.Sql | null {
  if (status === "all") return null;
  const statuses = status === "open" ? [...NEEDS_STAFF_ACTION] : [status];
  // Compared as the enum (not status::text), so the status index applies.
  return Prisma.sql`s.status IN (${Prisma.join(statuses.map((st) => Prisma.sql`${st}::"SubmissionStatus"`))})`;
}

const FROM = Prisma.sql`FROM "Submission" s JOIN "Organization" o ON o.id = s."organizationId"`;
/** Every submission has its organization (foreign key), so counts without organization filters skip the join. */
const countFrom = (f: QueueFilters) => (f.state || f.region || f.q ? FROM : Prisma.sql`FROM "Submission" s`);

export async function listQueue(f: QueueFilters, viewerId: string) {
  const base = baseConditions(f, viewerId);
  const status = statusCondition(f.status);
  const where = Prisma.join(status ? [...base, status] : base, " AND ");
  const [countRows, statusRows] = await Promise.all([
    db.$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total ${countFrom(f)} WHERE ${where}`,
    db.$queryRaw<Array<{ status: SubmissionStatus; count: bigint }>>`
      SELECT s.status, count(*) AS count ${countFrom(f)} WHERE ${Prisma.join(base, " AND ")} GROUP BY s.status`,
  ]);
  const total = Number(countRows[0]?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = await db.$queryRaw<QueueRow[]>`
    SELECT s.id, s.version, s.status, s."submittedAt", o.id AS "organizationId", o."legalName", o.city, o.state,
           o.region, COALESCE(r.name, r.email) AS "reviewerName"
    ${FROM} LEFT JOIN "User" r ON r.id = s."assignedReviewerId"
    WHERE ${where}
    ORDER BY ${ORDER[f.sort]}
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}`;
  const counts = Object.fromEntries(statusRows.map((r) => [r.status, Number(r.count)])) as Partial<
    Record<SubmissionStatus, number>
  >;
  return { rows, total, page, pageCount, counts };
}

/** Staff who can be filtered on as reviewers. */
export function listReviewers() {
  return db.user.findMany({
    where: { staffRole: { not: null } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true },
  });
}
