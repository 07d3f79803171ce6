import type { SkillSetProgress } from "@/lib/training/hours/progress";
import { formatHours, totalProgress } from "@/lib/training/hours/progress";
import type { InstructionYear } from "@/lib/training/instruction/years";
import type { ScheduledRaise } from "@/lib/training/raises/rules";
import { plural } from "@/lib/plural";

// The completion checklist the page computes and AAMI staff verify against (issue 17, point 7): an apprentice has
// completed the program when the required on-the-job hours are approved in every skill set (fast-track credit
// counted), every skill of the schedule is signed off, the related instruction is done (the program's minimum for
// each year of the term, confirmed), and the wage schedule has been followed (no raise due and unrecorded). Pure:
// the employer's request and the staff decision compute it the same way.

export type ChecklistItem = {
  key: "hours" | "skills" | "instruction" | "wages";
  label: string;
  met: boolean;
  detail: string;
};

export type CompletionFacts = {
  progress: readonly SkillSetProgress[];
  instructionYears: readonly InstructionYear[];
  raises: readonly Pick<ScheduledRaise, "standing" | "period">[] | null;
};

export function completionChecklist({ progress, instructionYears, raises }: CompletionFacts): ChecklistItem[] {
  const total = totalProgress(progress);
  const setsShort = progress.filter((p) => p.countedHours < p.requiredHours);
  const confirmed = instructionYears.reduce((n, y) => n + y.confirmedHours, 0);
  const required = instructionYears.reduce((n, y) => n + y.requiredHours, 0);
  const waiting = instructionYears.reduce((n, y) => n + y.waitingHours, 0);
  const unpaid = (raises ?? []).filter((r) => r.standing === "due" || r.standing === "overdue");
  return [
    {
      key: "hours",
      label: "The required on-the-job hours are approved",
      met: setsShort.length === 0,
      detail:
        `${formatHours(total.countedHours)} of ${formatHours(total.requiredHours)} hours, fast-track credit counted` +
        (setsShort.length ? `; short in ${setsShort.map((s) => s.title).join(", ")}` : ""),
    },
    {
      key: "skills",
      label: "Every skill is signed off",
      met: total.skillsSignedOff === total.skillsTotal,
      detail: `${total.skillsSignedOff} of ${plural(total.skillsTotal, "skill")} signed off`,
    },
    {
      key: "instruction",
      label: "The related instruction is done",
      met: confirmed >= required,
      detail:
        `${formatHours(confirmed)} of ${formatHours(required)} hours confirmed` +
        (waiting > 0 ? ` (${formatHours(waiting)} more waiting for confirmation)` : ""),
    },
    {
      key: "wages",
      label: "The wage schedule has been followed",
      met: raises !== null && unpaid.length === 0,
      detail:
        raises === null
          ? "The organization has no wage schedule"
          : unpaid.length
            ? `Not recorded yet: ${unpaid.map((r) => r.period.label).join(", ")}`
            : "Every raise due is recorded",
    },
  ];
}

export const checklistMet = (items: readonly ChecklistItem[]) => items.every((i) => i.met);
