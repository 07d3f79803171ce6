import { SegmentBar } from "@/components/ui/segment-bar";
import { formatHours, type SkillSetProgress } from "@/lib/training/hours/progress";

/**
 * Hours per skill set as bars: approved hours and fast-track credit against the schedule's hours, with the hours
 * waiting for the mentor said in words. The bar is decoration; the figures beside it say the same for everyone.
 */
export function SkillSetProgressList({ progress }: { progress: readonly SkillSetProgress[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {progress.map((p) => {
        const percent = p.requiredHours > 0 ? Math.round((p.countedHours / p.requiredHours) * 100) : 0;
        return (
          <li key={p.key}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
              <span className="font-semibold text-slate-900">
                {p.title}
                {p.isSample ? <span className="ml-1 font-normal text-amber-900">(SAMPLE)</span> : null}
              </span>
              <span className="text-slate-800">
                {formatHours(p.countedHours)} of {formatHours(p.requiredHours)} hours
              </span>
            </div>
            <SegmentBar
              className="mt-1 h-3 w-full rounded bg-slate-200"
              segments={[{ percent, className: "fill-brand-700" }]}
            />
            <p className="mt-1 text-sm text-slate-700">
              {formatHours(p.approvedHours)} approved
              {p.creditedHours > 0 ? `, ${formatHours(p.creditedHours)} fast-track credit` : ""}
              {p.waitingHours > 0 ? `, ${formatHours(p.waitingHours)} waiting for approval` : ""}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
