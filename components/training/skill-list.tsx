import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import { skillSetLabel, type StandardsSkillSet } from "@/lib/program/standards/model";
import type { SkillStatuses } from "@/lib/training/skills/data";

/**
 * Every skill of the schedule, set by set (each folded, with its count), and where each stands for this apprentice:
 * signed off (the day shown), asked for, or not yet. Each links to the skill's page, where it is signed off or asked
 * for.
 */
export function SkillList({
  apprenticeId,
  skillSets,
  statuses,
}: {
  apprenticeId: string;
  skillSets: readonly StandardsSkillSet[];
  statuses: SkillStatuses;
}) {
  return (
    <div className="flex flex-col gap-2">
      {skillSets.map((set) => {
        const signedOff = set.skills.filter((s) => statuses.signedOff.has(s.code)).length;
        return (
          <details key={set.key} className="rounded-md border border-slate-200">
            <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-3 px-3 text-sm font-semibold">
              <span>{skillSetLabel(set)}</span>
              <span className="font-normal text-slate-700">
                {signedOff} of {set.skills.length} signed off
              </span>
            </summary>
            <ul className="divide-y divide-slate-200 border-t border-slate-200">
              {set.skills.map((skill) => {
                const day = statuses.signedOff.get(skill.code);
                const status = day
                  ? `Signed off, ${formatLongDate(day)}`
                  : statuses.requested.has(skill.code)
                    ? "Sign-off asked for"
                    : "Not yet";
                return (
                  <li key={skill.code} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                    <Link
                      href={`/training/${apprenticeId}/skills/${encodeURIComponent(skill.code)}`}
                      className="text-brand-700 inline-flex min-h-11 items-center underline"
                    >
                      {skill.code} {skill.title}
                    </Link>
                    <span className={day ? "font-semibold text-green-900" : "text-slate-700"}>{status}</span>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
