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

/** Statuses whose apprentices count against the ratio: approved by AAMI, or registered in RAPIDS. */
const COUNTED: Prisma.ApprenticeWhereInput = { status: { in: ["APPROVED", "REGISTERED"] } };

export async function loadApprovalFacts(tx: Tx, apprenticeIds: readonly string[]): Promise<Map<string, ApprovalFacts>> {
  const [apprentices, signed, standards] = await Promise.all([
    tx.apprentice.findMany({
      where: { id: { in: [...apprenticeIds] } },
      select: {
        id: true,
        organizationId: true,
        startDate: true,
        creditedOjtHours: true,
        organization: { select: { agencyAcceptedAt: true, journeyworkerCount: true } },
      },
    }),
    tx.apprentice.findMany({
      where: { id: { in: [...apprenticeIds] }, ...WITH_FULLY_SIGNED_AGREEMENT },
      select: { id: true },
    }),
    // Outside a transaction, the request's copy; inside one (an approval), what the transaction sees.
    getCurrentStandards(tx === db ? undefined : tx),
  ]);
  const counted = await tx.apprentice.groupBy({
    by: ["organizationId"],
    where: { organizationId: { in: [...new Set(apprentices.map((a) => a.organizationId))] }, ...COUNTED },
    _count: { _all: true },
  });
  const countOf = new Map(counted.map((c) => [c.organizationId, c._count._all]));
  const fullySigned = new Set(signed.map((a) => a.id));
  return new Map(
    apprentices.map((a) => [
      a.id,
      {
        organization: a.organization,
        apprentice: { startDate: a.startDate, creditedOjtHours: a.creditedOjtHours },
        agreementFullySigned: fullySigned.has(a.id),
        otherApprovedApprentices: countOf.get(a.organizationId) ?? 0,
        standards,
      },
    ]),
  );
}
