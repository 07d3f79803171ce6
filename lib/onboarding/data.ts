import "server-only";
import type { StepKey } from "@prisma/client";
import { db } from "@/lib/db";
import { buildChecklist } from "@/lib/onboarding/checklist";
import { APPROVED_STATUSES } from "@/lib/review/transitions";

/**
 * The checklist as the organization's members see it, with AAMI's open comments, where its apprentices stand, and the
 * Registration Agency's acceptance.
 */
export async function getChecklist(organizationId: string) {
  const [rows, latest, apprentices] = await Promise.all([
    db.onboardingStep.findMany({
      where: { organizationId },
      select: { step: true, status: true, completedAt: true, completedById: true },
    }),
    db.submission.findFirst({
      where: { organizationId },
      orderBy: { version: "desc" },
      select: {
        status: true,
        agencyAcceptedAt: true,
        comments: { where: { resolvedAt: null }, orderBy: { createdAt: "asc" }, select: { step: true, body: true } },
      },
    }),
    db.apprentice.groupBy({ by: ["status"], where: { organizationId }, _count: { _all: true } }),
  ]);
  const completerIds = [...new Set(rows.map((r) => r.completedById).filter((id): id is string => !!id))];
  const completers = await db.user.findMany({
    where: { id: { in: completerIds } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(completers.map((u) => [u.id, u.name ?? u.email]));
  const comments: Partial<Record<StepKey, string[]>> = {};
  if (latest?.status === "CHANGES_REQUESTED") {
    for (const c of latest.comments) (comments[c.step] ??= []).push(c.body);
  }
  const acceptance =
    latest?.status === "ACCEPTED" && latest.agencyAcceptedAt ? { acceptedAt: latest.agencyAcceptedAt } : null;
  const checklist = buildChecklist(
    rows.map((r) => ({
      step: r.step,
      status: r.status,
      completedAt: r.completedAt,
      completedByName: r.completedById ? (nameOf.get(r.completedById) ?? null) : null,
    })),
    latest !== null && APPROVED_STATUSES.includes(latest.status),
    comments,
    Object.fromEntries(apprentices.map((a) => [a.status, a._count._all])),
  );
  return { ...checklist, acceptance };
}
