import { PROGRAM } from "@/lib/program";

/**
 * The apprentice-to-journeyworker ratio (PROGRAM.ratio, 1:1 by default): how many apprentices the organization
 * may train at once with its journeyworkers, and whether its plans fit.
 */
export function ratioCheck(plannedApprentices: number, journeyworkers: number) {
  const { apprentices, journeyworkers: per } = PROGRAM.ratio;
  const allowed = Math.floor((journeyworkers * apprentices) / per);
  return { planned: plannedApprentices, allowed, met: plannedApprentices <= allowed };
}

export const RATIO_LABEL = `${PROGRAM.ratio.apprentices} apprentice${PROGRAM.ratio.apprentices === 1 ? "" : "s"} per ${PROGRAM.ratio.journeyworkers} journeyworker${PROGRAM.ratio.journeyworkers === 1 ? "" : "s"}`;
