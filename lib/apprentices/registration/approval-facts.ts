import "server-only";
import type { Prisma } from "@prisma/client";
import type { ApprovalFacts } from "@/lib/apprentices/registration/rules";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";

// What an approval of an apprentice is checked against (lib/apprentices/registration/rules.ts approvalBlocker),
// read in one place for the approval itself, the staff page that offers it and the queue that previews it.

/**
 * An apprentice whose current agreement carries every signature it needs and whose signed PDF is stored. The
 * apprentice's signature is taken together with a parent's or guardian's when one is needed, so the two dates are
 * enough. Only such apprentices are approved, listed in a packet or written to the RAPIDS file.
 */
export const WITH_FULLY_SIGNED_AGREEMENT = {
  agreements: {
    some: { voidedAt: null, fileId: { not: null }, employerSignedAt: { not: null }, apprenticeSignedAt: { not: null } },
  },
} satisfies Prisma.ApprenticeWhereInput;

type ApprovalFactsRow = {
  id: string;
  startDate: Date;
  creditedOjtHours: number;
  agencyAcceptedAt: Date | null;
  journeyworkerCount: number | null;
  otherApprovedApprentices: number;
};

/**
 * The facts of each apprentice in two statements, with the standards from the request's copy: the review queue
 * previews every listed apprentice's approval on each view, so a statement per fact (four) was paid on each. The
 * apprentices that count against the ratio are those AAMI approved or RAPIDS registered. Which agreements are fully
 * signed is asked with WITH_FULLY_SIGNED_AGREEMENT itself, so the packet, the RAPIDS file and approval keep one
 * statement of that rule.
 */
export async function loadApprovalFacts(tx: Tx, apprenticeIds: readonly string[]): Promise<Map<string, ApprovalFacts>> {
  const [rows, fullySigned, standards] = await Promise.all([
    tx.$queryRaw<ApprovalFactsRow[]>`
      SELECT a.id, a."startDate", a."creditedOjtHours", o."agencyAcceptedAt", o."journeyworkerCount",
             (SELECT count(*)::int FROM "Apprentice" c
               WHERE c."organizationId" = a."organizationId" AND c.status IN ('APPROVED', 'REGISTERED'))
               AS "otherApprovedApprentices"
        FROM "Apprentice" a JOIN "Organization" o ON o.id = a."organizationId"
       WHERE a.id = ANY(${[...apprenticeIds]}::text[])`,
    tx.apprentice.findMany({
      where: { id: { in: [...apprenticeIds] }, ...WITH_FULLY_SIGNED_AGREEMENT },
      select: { id: true },
    }),
    // Outside a transaction, the request's copy; inside one (an approval), what the transaction sees.
    getCurrentStandards(tx === db ? undefined : tx),
  ]);
  const signed = new Set(fullySigned.map((a) => a.id));
  return new Map(
    rows.map((a) => [
      a.id,
      {
        organization: { agencyAcceptedAt: a.agencyAcceptedAt, journeyworkerCount: a.journeyworkerCount },
        apprentice: { startDate: a.startDate, creditedOjtHours: a.creditedOjtHours },
        agreementFullySigned: signed.has(a.id),
        otherApprovedApprentices: a.otherApprovedApprentices,
        standards,
      },
    ]),
  );
}
