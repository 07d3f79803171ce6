import { NoEmployerYet } from "@/components/staff/employer-list";
import { DataTable } from "@/components/ui/data-table";
import { SegmentBar } from "@/components/ui/segment-bar";
import { STEP_MESSAGES } from "@/lib/status-messages";
import { PIPELINE_STATUSES, percentOf, type PipelineRow } from "@/lib/staff/stats";

const SEGMENT_CLASS: Record<(typeof PIPELINE_STATUSES)[number], { swatch: string; bar: string }> = {
  COMPLETE: { swatch: "bg-green-700", bar: "fill-green-700" },
  IN_PROGRESS: { swatch: "bg-brand-600", bar: "fill-brand-600" },
  CHANGES_REQUESTED: { swatch: "bg-amber-500", bar: "fill-amber-500" },
  NOT_STARTED: { swatch: "bg-slate-200", bar: "fill-slate-200" },
};

/**
 * Organizations at each step, by status. The numbers are a real table (what screen readers and the colour-blind
 * read); the stacked bar under each step repeats them for the eye and is hidden from assistive technology.
 */
export function PipelineChart({ rows, organizationCount }: { rows: PipelineRow[]; organizationCount: number }) {
  if (organizationCount === 0) return <NoEmployerYet />;
  return (
    <div className="flex flex-col gap-3">
      <ul aria-hidden="true" className="flex flex-wrap gap-4 text-sm text-slate-800">
        {PIPELINE_STATUSES.map((status) => (
          <li key={status} className="flex items-center gap-2">
            <span
              className={`inline-block h-3 w-3 rounded-sm border border-slate-400 ${SEGMENT_CLASS[status].swatch}`}
            />
            {STEP_MESSAGES.label[status]}
          </li>
        ))}
      </ul>
      <DataTable
        caption={`Organizations at each checklist step, by status (${organizationCount} organizations in all)`}
        columns={["Step", ...PIPELINE_STATUSES.map((status) => STEP_MESSAGES.label[status])]}
      >
        {rows.map((row) => (
          <tr key={row.step} className="border-b border-slate-200">
            <th scope="row" className="w-1/2 py-2 pr-4 font-normal">
              <span className="font-semibold">{row.number}.</span> {row.title}
              <SegmentBar
                className="mt-1 h-2.5 w-full rounded-full bg-slate-100"
                segments={PIPELINE_STATUSES.map((status) => ({
                  percent: percentOf(row.counts[status], organizationCount),
                  className: SEGMENT_CLASS[status].bar,
                }))}
              />
            </th>
            {PIPELINE_STATUSES.map((status) => (
              <td key={status} className="py-2 pr-4 tabular-nums">
                {row.counts[status]}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
