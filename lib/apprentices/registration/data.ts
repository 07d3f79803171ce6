import "server-only";
import type { Prisma } from "@prisma/client";
import { loadApprovalFacts } from "@/lib/apprentices/registration/approval-facts";
import { approvalBlocker } from "@/lib/apprentices/registration/rules";
import { requireStaff } from "@/lib/authz";
import { db } from "@/lib/db";
import { loadPage } from "@/lib/lists";

// The registrations waiting for AAMI: the queue's tab and its count. Staff see every organization; each loader
// checks the caller is staff itself.

export const REGISTRATIONS_PAGE_SIZE = 25;

const WAITING = { status: "PENDING_REGISTRATION" } satisfies Prisma.ApprenticeWhereInput;

/** How many registrations wait for AAMI (the queue's tab shows it). */
export async function countRegistrationsWaiting() {
  await requireStaff();
  return db.apprentice.count({ where: WAITING });
}

/**
 * The registrations waiting for AAMI, longest waiting first: since the last signature on the current agreement
 * (the moment the registration reached AAMI), or since the apprentice last changed when there is none.
 */
export async function listRegistrationsForStaff(requestedPage: number) {
  await requireStaff();
  const { rows, ...paging } = await loadPage(
    requestedPage,
    REGISTRATIONS_PAGE_SIZE,
    () => db.apprentice.count({ where: WAITING }),
    async (range) => {
      const order = await db.$queryRaw<Array<{ id: string; waitingSince: Date }>>`
        SELECT a.id, COALESCE(signed.at, a."updatedAt") AS "waitingSince"
          FROM "Apprentice" a
          LEFT JOIN LATERAL (
            SELECT GREATEST(g."employerSignedAt", g."apprenticeSignedAt", g."guardianSignedAt") AS at
              FROM "ApprenticeAgreement" g
             WHERE g."apprenticeId" = a.id AND g."voidedAt" IS NULL
             ORDER BY g."createdAt" DESC
             LIMIT 1) signed ON true
         WHERE a.status = 'PENDING_REGISTRATION'
         ORDER BY "waitingSince" ASC, a.id ASC
         LIMIT ${range.take} OFFSET ${range.skip}`;
      const details = await db.apprentice.findMany({
        where: { id: { in: order.map((o) => o.id) } },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          startDate: true,
          creditedOjtHours: true,
          creditAdjustedAt: true,
          organization: { select: { id: true, legalName: true, agencyAcceptedAt: true } },
        },
      });
      const byId = new Map(details.map((d) => [d.id, d]));
      const facts = await loadApprovalFacts(db, [...byId.keys()]);
      // One that left the queue between the two reads is simply not shown.
      return order.flatMap((o) => {
        const row = byId.get(o.id);
        return row ? [{ ...row, waitingSince: o.waitingSince, blocker: approvalBlocker(facts.get(o.id)!) }] : [];
      });
    },
  );
  return { ...paging, pageSize: REGISTRATIONS_PAGE_SIZE, registrations: rows };
}

export type RegistrationList = Awaited<ReturnType<typeof listRegistrationsForStaff>>;
