import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/lib/authz";
import { managedTrainingOrganization } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { loadPage } from "@/lib/lists";
import type { Tx } from "@/lib/prisma-client";
import { raisesOfApprentices } from "@/lib/training/raises/data";
import { recordable, type RecordableRaise } from "@/lib/training/raises/rules";
import { TRAINING_ACTIVE } from "@/lib/training/status";

// The raises someone has to act on: coming up within two weeks, due, or overdue, for apprentices in training. One
// list serves the owners' and admins' training page, their digest email and AAMI staff's overdue flags, so all three
// agree on what is owed.

export type RaiseToAct = {
  apprenticeId: string;
  organizationId: string;
  organizationName: string;
  apprenticeName: string;
  step: number;
  /** The wage schedule's label for the period the raise starts ("Months 6–12"). */
  periodLabel: string;
  dueOn: Date;
  standing: RecordableRaise["standing"];
};

/** The raises to act on of the apprentices in active training that `where` selects, the earliest due first. */
export async function raisesToAct(
  where: Prisma.ApprenticeWhereInput,
  today = new Date(),
  tx: Tx = db,
): Promise<RaiseToAct[]> {
  const apprentices = await tx.apprentice.findMany({
    where: { AND: [where, TRAINING_ACTIVE] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      organizationId: true,
      organization: { select: { legalName: true } },
    },
  });
  const owed = await raisesOfApprentices(
    apprentices.map((a) => a.id),
    today,
    tx,
  );
  return apprentices
    .flatMap((a) =>
      (owed.get(a.id)?.raises ?? []).filter(recordable).map((raise) => ({
        apprenticeId: a.id,
        organizationId: a.organizationId,
        organizationName: a.organization.legalName,
        apprenticeName: `${a.firstName} ${a.lastName}`,
        step: raise.step,
        periodLabel: raise.period.label,
        dueOn: raise.dueOn,
        standing: raise.standing,
      })),
    )
    .sort((x, y) => x.dueOn.getTime() - y.dueOn.getTime() || x.apprenticeName.localeCompare(y.apprenticeName));
}

export const OVERDUE_RAISES_PAGE_SIZE = 50;

/**
 * For AAMI staff: one page of the raises left unrecorded more than RAISE_OVERDUE_DAYS after they fell due, across
 * employers, the longest overdue first. The caller has checked the reader is staff (staffPage).
 */
export async function listOverdueRaises(requestedPage: number) {
  const overdue = (await raisesToAct({})).filter((r) => r.standing === "overdue");
  return loadPage(
    requestedPage,
    OVERDUE_RAISES_PAGE_SIZE,
    async () => overdue.length,
    async ({ skip, take }) => overdue.slice(skip, skip + take),
  );
}

/** The raises an owner or admin has to give in their organization; none for anyone else. */
export async function raisesToGive(actor: Actor): Promise<RaiseToAct[]> {
  const organizationId = managedTrainingOrganization(actor);
  return organizationId ? raisesToAct({ organizationId }) : [];
}
