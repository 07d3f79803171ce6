import "server-only";
import type { TrainingAccess } from "@/lib/authz/training";
import { db } from "@/lib/db";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { instructionByYear } from "@/lib/training/instruction/years";

// The related-instruction loaders; each takes the access lib/authz/training granted.

/** An apprentice's courses, newest first, and their hours by apprenticeship year against the program's minimum. */
export async function loadInstruction(access: Pick<TrainingAccess, "apprenticeId">, today = new Date()) {
  const [apprentice, standards, courses] = await Promise.all([
    db.apprentice.findUniqueOrThrow({
      where: { id: access.apprenticeId },
      select: { firstName: true, lastName: true, startDate: true, rtiProvider: { select: { name: true } } },
    }),
    getCurrentStandards(),
    db.instructionCourse.findMany({
      where: { apprenticeId: access.apprenticeId },
      orderBy: [{ completedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        title: true,
        provider: true,
        minutes: true,
        completedOn: true,
        confirmedAt: true,
        rowVersion: true,
      },
    }),
  ]);
  const years = instructionByYear(
    apprentice.startDate,
    standards.termMonths,
    standards.riHoursPerYear,
    courses.map((c) => ({ completedOn: c.completedOn, minutes: c.minutes, confirmed: c.confirmedAt !== null })),
    today,
  );
  return { apprentice, courses, years, riHoursPerYear: standards.riHoursPerYear };
}
export type InstructionRecord = Awaited<ReturnType<typeof loadInstruction>>;
