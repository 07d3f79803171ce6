import type { MonthHours } from "@/lib/training/figures/figures";
import { DataTable } from "@/components/ui/data-table";

const WIDTH = 600;
const HEIGHT = 220;
const AXIS = 24;
const TOP = 16;

/**
 * Hours approved per month as a bar chart, drawn as SVG (the Content-Security-Policy allows no inline style) with
 * a title and a description for screen readers, and the same figures as a table under it.
 */
export function TrainingHoursChart({ months }: { months: readonly MonthHours[] }) {
  const most = Math.max(1, ...months.map((m) => m.hours));
  const slot = WIDTH / months.length;
  const barHeight = (hours: number) => ((HEIGHT - AXIS - TOP) * hours) / most;
  const peak = months.reduce((best, m) => (m.hours > best.hours ? m : best), months[0]!);
  const [first, last] = [months[0]!, months.at(-1)!];
  return (
    <div className="flex flex-col gap-4">
      <svg
        role="img"
        aria-labelledby="hours-chart-title"
        aria-describedby="hours-chart-desc"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-56 w-full max-w-3xl"
        focusable="false"
      >
        <title id="hours-chart-title">Hours approved per month</title>
        <desc id="hours-chart-desc">
          {`From ${first.label} to ${last.label}. ${
            peak.hours > 0 ? `The most, ${peak.hours.toLocaleString("en-US")} hours, in ${peak.label}; ` : ""
          }${last.label} so far: ${last.hours.toLocaleString("en-US")} hours.`}
        </desc>
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-slate-400" />
        {months.map((m, i) => {
          const h = barHeight(m.hours);
          const x = i * slot + slot * 0.15;
          return (
            <g key={m.label}>
              <rect
                x={x}
                y={HEIGHT - AXIS - h}
                width={slot * 0.7}
                height={h}
                className={i === months.length - 1 ? "fill-brand-600" : "fill-brand-700"}
              />
              {m.hours > 0 ? (
                <text
                  x={x + slot * 0.35}
                  y={HEIGHT - AXIS - h - 4}
                  textAnchor="middle"
                  fontSize="11"
                  className="fill-slate-800"
                >
                  {m.hours.toLocaleString("en-US")}
                </text>
              ) : null}
              <text x={x + slot * 0.35} y={HEIGHT - 8} textAnchor="middle" fontSize="11" className="fill-slate-700">
                {m.label.slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="text-brand-700 cursor-pointer text-sm font-medium">The figures as a table</summary>
        <div className="mt-2">
          <DataTable caption="Hours approved per month" columns={["Month", "Hours approved"]}>
            {months.map((m) => (
              <tr key={m.label} className="border-b border-slate-200">
                <td className="py-2 pr-4">{m.label}</td>
                <td className="py-2 pr-4 tabular-nums">{m.hours.toLocaleString("en-US")}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </details>
    </div>
  );
}
