import "server-only";
import type { Prisma } from "@prisma/client";
import { requireStaff } from "@/lib/authz";
import { rapidsCsv } from "@/lib/apprentices/rapids";
import { EXPORTED_STATUSES, RapidsExportError, loadRapidsApprentices } from "@/lib/apprentices/rapids-export";
import { recordAudit } from "@/lib/audit/record";
import { ssnKey } from "@/lib/crypto/ssn";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loadPage } from "@/lib/lists";

// Staff's list of the apprentices that go to DOL, and the RAPIDS file of the ones they select. Each loader checks
// the caller is staff itself.

export const APPRENTICES_PAGE_SIZE = 25;
/** A RAPIDS upload of a few hundred rows is already large; more at once is a mistake, not a need. */
export const MAX_EXPORT = 500;

const FOR_DOL = { status: { in: [...EXPORTED_STATUSES] } } satisfies Prisma.ApprenticeWhereInput;

export async function listApprenticesForDol(requestedPage: number) {
  await requireStaff();
  const { rows, ...paging } = await loadPage(
    requestedPage,
    APPRENTICES_PAGE_SIZE,
    () => db.apprentice.count({ where: FOR_DOL }),
    (range) =>
      db.apprentice.findMany({
        where: FOR_DOL,
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
        ...range,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          status: true,
          startDate: true,
          rapidsApprenticeId: true,
          ssnLast4: true,
          organization: { select: { legalName: true } },
        },
      }),
  );
  return { ...paging, pageSize: APPRENTICES_PAGE_SIZE, apprentices: rows };
}

export type DolApprenticeList = Awaited<ReturnType<typeof listApprenticesForDol>>;

export type ExportProblem = "none" | "too-many";

/**
 * The RAPIDS file of the selected apprentices (those not waiting for or holding registration are left out), or
 * why there is none: nothing selected, or more than one file should hold.
 */
export async function rapidsFileForStaff(
  apprenticeIds: readonly string[],
): Promise<{ csv: string; count: number } | { problem: ExportProblem }> {
  const { user } = await requireStaff();
  if (apprenticeIds.length === 0) return { problem: "none" };
  if (apprenticeIds.length > MAX_EXPORT) return { problem: "too-many" };
  const key = env().SSN_ENCRYPTION_KEY;
  const apprentices = await loadRapidsApprentices(db, { apprenticeIds, ssnKey: key ? ssnKey(key) : null }).catch(
    (error: unknown) => {
      if (error instanceof RapidsExportError) throw new AppError("CONFLICT", error.message);
      throw error;
    },
  );
  // Ticked, but registered elsewhere or withdrawn since the page was shown: no file of headers alone.
  if (apprentices.length === 0) return { problem: "none" };
  // The file carries full SSNs: who took it, and whose, is recorded before it is handed out.
  await db.$transaction(async (tx) => {
    for (const a of apprentices) {
      await recordAudit(tx, {
        kind: "apprentice.rapids_exported",
        organizationId: a.organizationId,
        actorId: user.id,
        subject: { type: "Apprentice", id: a.id },
        payload: { apprentices: apprentices.length },
      });
    }
  });
  return { csv: rapidsCsv(apprentices), count: apprentices.length };
}
