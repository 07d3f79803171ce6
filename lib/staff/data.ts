import "server-only";
import type { SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";

export const ORGANIZATIONS_PAGE_SIZE = 25;

/** Staff see every organization. Newest first, paginated on the indexed createdAt. */
export async function listOrganizationsForStaff(requestedPage: number) {
  const total = await db.organization.count();
  const pageCount = Math.max(1, Math.ceil(total / ORGANIZATIONS_PAGE_SIZE));
  // A page past the end (an old bookmark) shows the last page rather than an empty list.
  const page = Math.min(requestedPage, pageCount);
  const organizations = await db.organization.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * ORGANIZATIONS_PAGE_SIZE,
    take: ORGANIZATIONS_PAGE_SIZE,
    select: {
      id: true,
      legalName: true,
      city: true,
      state: true,
      createdAt: true,
      submissions: { orderBy: { version: "desc" }, take: 1, select: { status: true, version: true } },
      _count: { select: { steps: { where: { status: "COMPLETE" } } } },
    },
  });
  return { total, page, pageCount, organizations };
}

export async function submissionCountsByStatus() {
  const groups = await db.submission.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<SubmissionStatus, number>>;
}
