import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { completionChecklist } from "@/lib/training/completion/checklist";
import { minutesBySkillSetOf } from "@/lib/training/hours/data";
import { progressBySkillSet, totalProgress } from "@/lib/training/hours/progress";
import { loadInstruction } from "@/lib/training/instruction/data";
import { raisesFor } from "@/lib/training/raises/data";
import { skillStatuses } from "@/lib/training/skills/data";

/**
 * The apprentice's completion checklist as of today, with the totals AAMI's certificate states (on-the-job hours
 * counted with credit, confirmed instruction hours), and their completion requests, newest first.
 */
export async function loadCompletion(access: Pick<TrainingAccess, "apprenticeId">, today = new Date()) {
  const { apprenticeId } = access;
  const [standards, minutes, credits, skills, instruction, owed, requests] = await Promise.all([
    getCurrentStandards(),
    minutesBySkillSetOf([apprenticeId]),
    db.apprenticeSkillCredit.findMany({ where: { apprenticeId }, select: { skillSetKey: true, creditedHours: true } }),
    skillStatuses(apprenticeId),
    loadInstruction(access, today),
    raisesFor(access, today),
    db.completion.findMany({
      where: { apprenticeId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        completedOn: true,
        createdAt: true,
        decidedAt: true,
        returnReason: true,
        certificateCode: true,
        rowVersion: true,
      },
    }),
  ]);
  const progress = progressBySkillSet(standards.skillSets, minutes, credits, new Set(skills.signedOff.keys()));
  const checklist = completionChecklist({
    progress,
    instructionYears: instruction.years,
    raises: owed?.raises ?? null,
  });
  return {
    checklist,
    ojlHours: Math.floor(totalProgress(progress).countedHours),
    instructionHours: Math.floor(instruction.years.reduce((n, y) => n + y.confirmedHours, 0)),
    requests,
  };
}
export type CompletionRecord = Awaited<ReturnType<typeof loadCompletion>>;
