import { formatCents } from "@/lib/forms/fields";
import { BASIS_UNIT, wagePeriods, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { DataTable } from "@/components/ui/data-table";

/** The schedule as a table (what screen readers get) and a step chart of the hourly wage over the term. */
export function WageScheduleView({ schedule, minimumCents }: { schedule: WageScheduleInput; minimumCents: number }) {
  const periods = wagePeriods(schedule);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-800">
        Journeyworker rate {formatCents(schedule.journeyworkerRateCents)} an hour · progression by{" "}
        {BASIS_UNIT[schedule.basis].many} over {schedule.termLength.toLocaleString("en-US")}{" "}
        {BASIS_UNIT[schedule.basis].many}
      </p>
      <DataTable caption="Wage schedule" columns={["Period", "Hourly wage", "% of journeyworker rate"]}>
        {periods.map((p) => (
          <tr key={`${p.from}-${p.label}`} className="border-b border-slate-200">
            <td className="py-2 pr-4">{p.label}</td>
            <td className="py-2 pr-4">{formatCents(p.cents)}</td>
            <td className="py-2 pr-4">{p.percentOfJourneyworker}%</td>
          </tr>
        ))}
      </DataTable>
      <WageChart schedule={schedule} minimumCents={minimumCents} />
    </div>
  );
}

const CHART = { width: 600, height: 220, left: 56, right: 12, top: 12, bottom: 28 };

function WageChart({ schedule, minimumCents }: { schedule: WageScheduleInput; minimumCents: number }) {
  const periods = wagePeriods(schedule);
  const term = Math.max(schedule.termLength, ...periods.map((p) => p.to), 1);
  const top = Math.max(schedule.journeyworkerRateCents, ...periods.map((p) => p.cents), 1) * 1.1;
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const x = (v: number) => CHART.left + (Math.min(v, term) / term) * plotW;
  const y = (cents: number) => CHART.top + plotH - (cents / top) * plotH;
  const path = periods.map((p) => `M${x(p.from)},${y(p.cents)} H${x(Math.max(p.to, p.from))}`).join(" ");
  return (
    <figure className="rounded-md border border-slate-200 p-3">
      <svg viewBox={`0 0 ${CHART.width} ${CHART.height}`} className="h-auto w-full" aria-hidden="true">
        <line x1={CHART.left} x2={CHART.left} y1={CHART.top} y2={CHART.top + plotH} stroke="#64748b" />
        <line x1={CHART.left} x2={CHART.left + plotW} y1={CHART.top + plotH} y2={CHART.top + plotH} stroke="#64748b" />
        <line
          x1={CHART.left}
          x2={CHART.left + plotW}
          y1={y(schedule.journeyworkerRateCents)}
          y2={y(schedule.journeyworkerRateCents)}
          stroke="#0f766e"
          strokeDasharray="6 4"
        />
        <text x={CHART.left + 4} y={y(schedule.journeyworkerRateCents) - 4} fontSize="11" fill="#0f766e">
          Journeyworker {formatCents(schedule.journeyworkerRateCents)}
        </text>
        <line
          x1={CHART.left}
          x2={CHART.left + plotW}
          y1={y(minimumCents)}
          y2={y(minimumCents)}
          stroke="#b91c1c"
          strokeDasharray="2 4"
        />
        <text x={CHART.left + 4} y={y(minimumCents) - 4} fontSize="11" fill="#b91c1c">
          Minimum wage {formatCents(minimumCents)}
        </text>
        <path d={path} stroke="#1d4ed8" strokeWidth="4" fill="none" />
        <text x={4} y={CHART.top + 10} fontSize="11" fill="#334155">
          $/hour
        </text>
        <text x={CHART.left} y={CHART.height - 8} fontSize="11" fill="#334155">
          0
        </text>
        <text x={CHART.left + plotW} y={CHART.height - 8} fontSize="11" fill="#334155" textAnchor="end">
          {term.toLocaleString("en-US")} {BASIS_UNIT[schedule.basis].many}
        </text>
      </svg>
      <figcaption className="mt-2 text-sm text-slate-700">
        Hourly wage over the term (blue), against the journeyworker rate and the minimum wage. The table above has the
        same figures.
      </figcaption>
    </figure>
  );
}
