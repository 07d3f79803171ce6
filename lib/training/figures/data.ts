import "server-only";
import { requireStaff } from "@/lib/authz";
import { cachedFigures } from "@/lib/cached-figures";
import { db } from "@/lib/db";
import { groupBy } from "@/lib/group-by";
import { loadPage } from "@/lib/lists";
import {
  CHART_MONTHS,
  completionRate,
  monthlyHours,
  monthStart,
  type EmployerFigures,
} from "@/lib/training/figures/figures";
import { raisesToAct } from "@/lib/training/raises/due";
import { IN_TRAINING } from "@/lib/training/status";

// AAMI staff's program-wide training figures (/staff/training) and the same per employer (with its CSV). Each figure
// is one aggregate statement over the whole program (the overdue raises excepted: they come from the raise rules,
// as on /staff/raises), so the page is served through a one-minute cache (lib/cached-figures.ts) and says how old
// the figures are. No personal data: counts and hours per employer.

export const EMPLOYER_FIGURES_PAGE_SIZE = 50;

/** Completions and cancellations by calendar quarter of the day they took effect, oldest first ("2027 Q1"). */
function exitsByQuarter(): Promise<Array<{ quarter: string; completed: number; cancelled: number }>> {
  return db.$queryRaw`
    SELECT to_char(date_trunc('quarter', "effectiveOn"), 'YYYY "Q"Q') AS quarter,
           COUNT(*) FILTER (WHERE "toStatus" = 'COMPLETED')::int AS completed,
           COUNT(*) FILTER (WHERE "toStatus" = 'CANCELLED')::int AS cancelled
      FROM "TrainingStatusChange"
     WHERE "toStatus" IN ('COMPLETED', 'CANCELLED')
     GROUP BY date_trunc('quarter', "effectiveOn")
     ORDER BY date_trunc('quarter', "effectiveOn")`;
}

/** The figures, computed now; `now` is a parameter so tests can pin the month. Callers check the reader is staff. */
export async function loadProgramFigures(now = new Date()) {
  const thisMonth = monthStart(now);
  const nextMonth = monthStart(now, 1);
  const chartFrom = monthStart(now, 1 - CHART_MONTHS);
  const [active, minutes, skills, waiting, raises, exits] = await Promise.all([
    db.$queryRaw<Array<{ organizationId: string; legalName: string; state: string; n: number }>>`
      SELECT o.id AS "organizationId", o."legalName", o.state, a.n
        FROM (SELECT "organizationId", COUNT(*)::int AS n FROM "Apprentice"
               WHERE status::text = ANY(${[...IN_TRAINING]}::text[]) AND "trainingStatus" = 'ACTIVE'
               GROUP BY "organizationId") a
        JOIN "Organization" o ON o.id = a."organizationId"
       ORDER BY o."legalName", o.id`,
    // An approved correction adds what it changed: its minutes less those of the entry it replaces.
    db.$queryRaw<Array<{ organizationId: string; month: Date; minutes: number }>>`
      SELECT e."organizationId", date_trunc('month', e."reviewedAt") AS month,
             SUM(e."totalMinutes" - CASE WHEN e."correctsId" IS NULL THEN 0 ELSE
                   (SELECT c."totalMinutes" FROM "OjtEntry" c WHERE c.id = e."correctsId") END)::int AS minutes
        FROM "OjtEntry" e
       WHERE e.status = 'APPROVED' AND e."reviewedAt" >= ${chartFrom} AND e."reviewedAt" < ${nextMonth}
       GROUP BY 1, 2`,
    db.$queryRaw<Array<{ organizationId: string; n: number }>>`
      SELECT "organizationId", COUNT(*)::int AS n FROM "SkillSignOff"
       WHERE "undoneAt" IS NULL AND "createdAt" >= ${thisMonth} AND "createdAt" < ${nextMonth}
       GROUP BY 1`,
    db.$queryRaw<Array<{ organizationId: string; n: number }>>`
      SELECT "organizationId", COUNT(DISTINCT ("apprenticeId", "weekStart"))::int AS n FROM "OjtEntry"
       WHERE status = 'SUBMITTED' GROUP BY 1`,
    raisesToAct({}, now),
    exitsByQuarter(),
  ]);
  const byOrganization = (rows: ReadonlyArray<{ organizationId: string; n: number }>) =>
    new Map(rows.map((r) => [r.organizationId, r.n]));
  const overdue = raises.filter((r) => r.standing === "overdue");
  const thisMonthMinutes = byOrganization(
    minutes.filter((m) => m.month.getTime() === thisMonth.getTime()).map((m) => ({ ...m, n: m.minutes })),
  );
  const [waitingOf, skillsOf] = [byOrganization(waiting), byOrganization(skills)];
  const overdueOf = groupBy(overdue, (r) => r.organizationId);
  const employers: EmployerFigures[] = active.map((o) => ({
    organizationId: o.organizationId,
    legalName: o.legalName,
    state: o.state,
    activeApprentices: o.n,
    hoursApprovedThisMonth: Math.round((thisMonthMinutes.get(o.organizationId) ?? 0) / 60),
    weeksWaiting: waitingOf.get(o.organizationId) ?? 0,
    skillsSignedOffThisMonth: skillsOf.get(o.organizationId) ?? 0,
    overdueRaises: overdueOf.get(o.organizationId)?.length ?? 0,
  }));
  const sum = (rows: ReadonlyArray<{ n: number }>) => rows.reduce((n, r) => n + r.n, 0);
  const months = monthlyHours(now, minutes);
  const completed = exits.reduce((n, q) => n + q.completed, 0);
  const cancelled = exits.reduce((n, q) => n + q.cancelled, 0);
  return {
    month: months.at(-1)!,
    activeApprentices: sum(active),
    hoursApprovedThisMonth: months.at(-1)!.hours,
    skillsSignedOffThisMonth: sum(skills),
    weeksWaiting: sum(waiting),
    overdueRaises: overdue.length,
    months,
    exits,
    completionRate: completionRate(completed, cancelled),
    employers,
  };
}
export type ProgramFigures = Awaited<ReturnType<typeof loadProgramFigures>>;

/** The figures as staff see them: at most a minute old (the page labels them with `asOf`). Staff only. */
export async function getProgramFigures() {
  await requireStaff();
  return cachedFigures("training-program", () => loadProgramFigures());
}

/** The page of the per-employer table the page shows. */
export async function employerFiguresPage(figures: ProgramFigures, requestedPage: number) {
  return loadPage(
    requestedPage,
    EMPLOYER_FIGURES_PAGE_SIZE,
    async () => figures.employers.length,
    async ({ skip, take }) => figures.employers.slice(skip, skip + take),
  );
}
