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
      // What the list shows with its order, in one statement; approvalBlocker previews each one's approval.
      const rows = await db.$queryRaw<
        Array<{
          id: string;
          firstName: string;
          lastName: string;
          startDate: Date;
          creditedOjtHours: number;
          creditAdjustedAt: Date | null;
          organizationName: string;
          waitingSince: Date;
        }>
      >`
        SELECT a.id, a."firstName", a."lastName", a."startDate", a."creditedOjtHours", a."creditAdjustedAt",
               o."legalName" AS "organizationName", COALESCE(signed.at, a."updatedAt") AS "waitingSince"
          FROM "Apprentice" a
          JOIN "Organization" o ON o.id = a."organizationId"
          LEFT JOIN LATERAL (
            SELECT GREATEST(g."employerSignedAt", g."apprenticeSignedAt", g."guardianSignedAt") AS at
              FROM "ApprenticeAgreement" g
             WHERE g."apprenticeId" = a.id AND g."voidedAt" IS NULL
             ORDER BY g."createdAt" DESC
             LIMIT 1) signed ON true
         WHERE a.status = 'PENDING_REGISTRATION'
         ORDER BY "waitingSince" ASC, a.id ASC
         LIMIT ${range.take} OFFSET ${range.skip}`;
      const facts = await loadApprovalFacts(
        db,
        rows.map((r) => r.id),
      );
      // One that was deleted between the two reads is simply not shown.
      return rows.flatMap((row) => {
        const fact = facts.get(row.id);
        return fact ? [{ ...row, blocker: approvalBlocker(fact) }] : [];
      });
    },
  );
  return { ...paging, pageSize: REGISTRATIONS_PAGE_SIZE, registrations: rows };
}

export type RegistrationList = Awaited<ReturnType<typeof listRegistrationsForStaff>>;
