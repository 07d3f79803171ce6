import "server-only";
import { db } from "@/lib/db";
import { buildChecklist } from "@/lib/onboarding/checklist";

const APPROVED_STATUSES = ["APPROVED", "REGISTERED"] as const;

export async function getChecklist(organizationId: string) {
  const [rows, approved] = await Promise.all([
    db.onboardingStep.findMany({
      where: { organizationId },
      select: { step: true, status: true, completedAt: true, completedById: true },
    }),
    db.submission.count({ where: { organizationId, status: { in: [...APPROVED_STATUSES] } } }),
  ]);
  const completerIds = [...new Set(rows.map((r) => r.completedById).filter((id): id is string => !!id))];
  const completers = await db.user.findMany({
    where: { id: { in: completerIds } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(completers.map((u) => [u.id, u.name ?? u.email]));
  return buildChecklist(
    rows.map((r) => ({
      step: r.step,
      status: r.status,
      completedAt: r.completedAt,
      completedByName: r.completedById ? (nameOf.get(r.completedById) ?? null) : null,
    })),
    approved > 0,
  );
}
