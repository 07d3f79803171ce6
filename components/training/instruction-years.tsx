import { formatLongDate } from "@/lib/dates";
import { formatHours } from "@/lib/training/hours/progress";
import type { InstructionYear, YearStanding } from "@/lib/training/instruction/years";
import { DataTable } from "@/components/ui/data-table";

const STANDING: Record<YearStanding, { label: string; className: string }> = {
  met: { label: "Minimum met", className: "text-green-900 font-semibold" },
  "on-track": { label: "On track", className: "text-slate-900" },
  behind: { label: "Behind", className: "text-red-800 font-semibold" },
  short: { label: "Short of the minimum", className: "text-red-800 font-semibold" },
  "not-started": { label: "Not started", className: "text-slate-700" },
};

/** Confirmed instruction hours per apprenticeship year against the minimum, with where each year stands. */
export function InstructionYears({ years }: { years: readonly InstructionYear[] }) {
  return (
    <DataTable
      caption="Related instruction by apprenticeship year"
      columns={["Year", "Dates", "Confirmed", "Waiting", "Standing"]}
    >
      {years.map((y) => (
        <tr key={y.year} className="border-b border-slate-200">
          <td className="py-2 pr-4">Year {y.year}</td>
          <td className="py-2 pr-4">
            {formatLongDate(y.from)} to {formatLongDate(y.to)}
          </td>
          <td className="py-2 pr-4">
            {formatHours(y.confirmedHours)} of {formatHours(y.requiredHours)} hours
          </td>
          <td className="py-2 pr-4">{y.waitingHours > 0 ? `${formatHours(y.waitingHours)} hours` : "None"}</td>
          <td className={`py-2 pr-4 ${STANDING[y.standing].className}`}>{STANDING[y.standing].label}</td>
        </tr>
      ))}
    </DataTable>
  );
}
