import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { plural } from "@/lib/plural";

// What must be settled before an apprentice's record moves: the sending employer's mentor approves (or the apprentice
// fixes) the weeks worked there, answers the sign-offs asked of them, its owners confirm the courses, and AAMI answers
// a completion request. The record then carries a finished account of the time with the sending employer (29 CFR
// 29.5(b)(13)(i): the transferring apprentice is given a transcript of their on-the-job learning and instruction),
// and nothing the sending employer's mentor should decide lands with the receiving employer's.

/** Refuses, saying what is still open, while anything of the apprentice's waits for the sending employer. */
export async function requireSettledRecord(tx: Tx, apprenticeId: string, firstName: string) {
  const [counts] = await tx.$queryRaw<
    [{ weeks: number; returned: number; signOffs: number; courses: number; completions: number }]
  >`
      SELECT (SELECT COUNT(DISTINCT "weekStart")::int FROM "OjtEntry"
                WHERE "apprenticeId" = ${apprenticeId} AND status = 'SUBMITTED') AS weeks,
             (SELECT COUNT(DISTINCT "weekStart")::int FROM "OjtEntry"
                WHERE "apprenticeId" = ${apprenticeId} AND status = 'RETURNED') AS returned,
             (SELECT COUNT(*)::int FROM "SkillSignOffRequest"
                WHERE "apprenticeId" = ${apprenticeId} AND "resolvedAt" IS NULL) AS "signOffs",
             (SELECT COUNT(*)::int FROM "InstructionCourse"
                WHERE "apprenticeId" = ${apprenticeId} AND "confirmedAt" IS NULL) AS courses,
             (SELECT COUNT(*)::int FROM "Completion"
                WHERE "apprenticeId" = ${apprenticeId} AND status = 'REQUESTED') AS completions`;
  const open = [
    counts.weeks > 0 && `${plural(counts.weeks, "week")} waiting for the mentor's approval`,
    counts.returned > 0 && `${plural(counts.returned, "week")} sent back to ${firstName} to fix`,
    counts.signOffs > 0 && `${plural(counts.signOffs, "sign-off")} asked of the mentor`,
    counts.courses > 0 && `${plural(counts.courses, "course")} waiting for an owner or admin to confirm`,
    counts.completions > 0 && "a completion request waiting for AAMI",
  ].filter((item): item is string => typeof item === "string");
  if (open.length > 0) {
    throw new AppError(
      "CONFLICT",
      `${firstName}'s record has ${open.join(", ")}. The sending employer settles these first, so the record moves complete.`,
    );
  }
}
