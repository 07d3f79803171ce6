import type { Ratio } from "@/lib/program/standards/model";

/**
 * The standards' apprentice-to-journeyworker ratio: how many apprentices the organization may train at once with its
 * journeyworkers, and whether its plans fit.
 */
export function ratioCheck(ratio: Ratio, plannedApprentices: number, journeyworkers: number) {
  const allowed = Math.floor((journeyworkers * ratio.apprentices) / ratio.journeyworkers);
  return { planned: plannedApprentices, allowed, met: plannedApprentices <= allowed };
}
