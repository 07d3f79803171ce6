import { DataTable } from "@/components/ui/data-table";
import { DescriptionList } from "@/components/ui/description-list";
import {
  NOT_YET_ENTERED,
  maxProbationMonths,
  ratioLabel,
  type ProgramStandards,
  type StandardsSkillSet,
} from "@/lib/program/standards/model";

const hours = (n: number) => `${n.toLocaleString("en-US")} hours`;

export function SampleBadge() {
  return <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">SAMPLE</span>;
}

/** The numbers of a version of the standards. */
export function StandardsNumbers({ standards: s }: { standards: ProgramStandards }) {
  return (
    <DescriptionList
      rows={[
        ["Registration number", s.registrationNumber ?? NOT_YET_ENTERED],
        ["Registered on", s.registeredOn ?? NOT_YET_ENTERED],
        ["Term", `${s.termMonths} months, at least ${hours(s.termOjlHours)} of on-the-job learning`],
        [
          "Probationary period",
          `${s.probationMonths} months (at most ${maxProbationMonths(s.termMonths)} for this term)`,
        ],
        ["Ratio", ratioLabel(s.ratio)],
        ["Related instruction", `At least ${hours(s.riHoursPerYear)} a year`],
        ["Most credit for prior experience", hours(s.maxCreditHours)],
      ]}
    />
  );
}

/** A work-process schedule: each skill set with its hours and skills, placeholder sets marked SAMPLE. */
export function ScheduleTable({
  skillSets,
  caption,
}: {
  skillSets: ReadonlyArray<Omit<StandardsSkillSet, "isSample"> & { isSample?: boolean }>;
  caption: string;
}) {
  const total = skillSets.reduce((sum, s) => sum + s.hours, 0);
  return (
    <DataTable caption={caption} columns={["#", "Skill set", "Hours", "Skills"]}>
      {skillSets.map((set) => (
        <tr key={set.key} className="border-b border-slate-200 align-top">
          <td className="py-2 pr-4 font-semibold">{set.ordinal}</td>
          <td className="py-2 pr-4">
            {set.title}
            {set.isSample ? <SampleBadge /> : null}
            <div className="font-mono text-xs text-slate-700">{set.key}</div>
          </td>
          <td className="py-2 pr-4 whitespace-nowrap">{set.hours.toLocaleString("en-US")}</td>
          <td className="py-2 pr-4">
            <ol className="flex flex-col gap-0.5">
              {set.skills.map((skill) => (
                <li key={skill.code}>
                  <span className="font-mono text-xs">{skill.code}</span> {skill.title}
                </li>
              ))}
            </ol>
          </td>
        </tr>
      ))}
      <tr>
        <td />
        <td className="py-2 pr-4 font-semibold">Total</td>
        <td className="py-2 pr-4 font-semibold">{total.toLocaleString("en-US")}</td>
        <td className="py-2 pr-4">{skillSets.reduce((n, s) => n + s.skills.length, 0)} skills</td>
      </tr>
    </DataTable>
  );
}
