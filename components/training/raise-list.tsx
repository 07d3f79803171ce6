import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import { formatCents } from "@/lib/forms/fields";
import type { ApprenticeRaises, EarlierRaise } from "@/lib/training/raises/data";
import type { RaiseToAct } from "@/lib/training/raises/due";
import type { RaiseStanding } from "@/lib/training/raises/rules";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

export const RAISE_STANDING: Record<RaiseStanding, { label: string; className: string }> = {
  recorded: { label: "Given", className: "font-semibold text-green-900" },
  overdue: { label: "Overdue by more than 30 days", className: "font-semibold text-red-800" },
  due: { label: "Due", className: "font-semibold text-amber-900" },
  soon: { label: "Due within two weeks", className: "text-amber-900" },
  upcoming: { label: "Upcoming", className: "text-slate-800" },
  "not-reached": { label: "Not reached yet", className: "text-slate-700" },
};

/** The raises of the apprentice's wage schedule: the wage each sets, when it falls due, and whether it was given. */
export function RaiseList({ owed }: { owed: ApprenticeRaises | null }) {
  if (!owed) {
    return (
      <EmptyState
        title="No wage schedule"
        next="The organization's wage schedule (step 6 of the checklist) sets the apprentice's raises."
      />
    );
  }
  if (owed.raises.length === 0) {
    return (
      <EmptyState
        title="No raises left"
        next="The apprentice started here at the schedule's last step (fast-track credit, or the step a transfer set), so no raise is owed."
      />
    );
  }
  return (
    <DataTable caption="Raises on the wage schedule" columns={["Raise", "Wage set", "Falls due", "Standing"]}>
      {owed.raises.map((r) => (
        <tr key={r.step} className="border-b border-slate-200">
          <td className="py-2 pr-4">{r.period.label}</td>
          <td className="py-2 pr-4">{formatCents(r.period.cents)} an hour</td>
          <td className="py-2 pr-4">{r.dueOn ? formatLongDate(r.dueOn) : "When reached"}</td>
          <td className={`py-2 pr-4 ${RAISE_STANDING[r.standing].className}`}>
            {RAISE_STANDING[r.standing].label}
            {r.recorded
              ? `: ${formatCents(r.recorded.wageCents)} an hour from ${formatLongDate(r.recorded.effectiveOn)}`
              : ""}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Raises given in the apprentice's earlier times with employers, on their schedules: the rest of the wage history. */
export function EarlierRaiseList({ raises }: { raises: readonly EarlierRaise[] }) {
  return (
    <DataTable caption="Raises given by earlier employers" columns={["Employer", "Raise", "Wage", "From"]}>
      {raises.map((r) => (
        <tr key={r.id} className="border-b border-slate-200">
          <td className="py-2 pr-4">{r.employerName}</td>
          <td className="py-2 pr-4">Step {r.step} of its schedule</td>
          <td className="py-2 pr-4">{formatCents(r.wageCents)} an hour</td>
          <td className="py-2 pr-4">{formatLongDate(r.effectiveOn)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * Raises to act on across apprentices (an employer's training page, AAMI staff's overdue flags), the earliest due
 * first; each apprentice links to their record under `recordPath` (/training for employers, /staff/apprentices).
 */
export function RaisesToActList({
  raises,
  recordPath,
  caption,
}: {
  raises: readonly RaiseToAct[];
  recordPath: string;
  caption: string;
}) {
  return (
    <DataTable caption={caption} columns={["Apprentice", "Employer", "Raise", "Falls due", "Standing"]}>
      {raises.map((r) => (
        <tr key={`${r.apprenticeId}:${r.step}`} className="border-b border-slate-200">
          <td className="py-2 pr-4">
            <Link href={`${recordPath}/${r.apprenticeId}`} className="text-brand-700 font-medium underline">
              {r.apprenticeName}
            </Link>
          </td>
          <td className="py-2 pr-4">{r.organizationName}</td>
          <td className="py-2 pr-4">{r.periodLabel}</td>
          <td className="py-2 pr-4">{formatLongDate(r.dueOn)}</td>
          <td className={`py-2 pr-4 ${RAISE_STANDING[r.standing].className}`}>{RAISE_STANDING[r.standing].label}</td>
        </tr>
      ))}
    </DataTable>
  );
}
