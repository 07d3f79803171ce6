import { SegmentBar } from "@/components/ui/segment-bar";
import { formatHours, type SkillSetProgress } from "@/lib/training/hours/progress";

/**
 * Hybrid progress per skill set as two bars: hours (approved and fast-track credit against the schedule's hours,
 * with the hours waiting for the mentor said in words) and skills signed off. The bars are decoration; the figures
 * beside them say the same for everyone.
 */
export function SkillSetProgressList({ progress }: { progress: readonly SkillSetProgress[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {progress.map((p) => {
        const percent = p.requiredHours > 0 ? Math.round((p.countedHours / p.requiredHours) * 100) : 0;
        const skillsPercent = p.skillsTotal > 0 ? Math.round((p.skillsSignedOff / p.skillsTotal) * 100) : 0;
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
            <SegmentBar
              className="mt-2 h-3 w-full rounded bg-slate-200"
              segments={[{ percent: skillsPercent, className: "fill-green-700" }]}
            />
            <p className="mt-1 text-sm text-slate-700">
              {p.skillsSignedOff} of {p.skillsTotal} skill{p.skillsTotal === 1 ? "" : "s"} signed off
            </p>
          </li>
        );
      })}
    </ul>
  );
}
