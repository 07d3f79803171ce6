import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import type { WhatIsNext } from "@/lib/training/dashboard/next";

/** The apprentice's own short list of what comes next on their record page; each point links where to act. */
export function WhatIsNextBox({ next, apprenticeId }: { next: WhatIsNext; apprenticeId: string }) {
  const { raise, returnedWeeks, skillSet, instructionBehind } = next;
  const link = "text-brand-700 font-medium underline";
  return (
    <section aria-labelledby="next-heading" className="rounded-lg border border-slate-200 p-5">
      <h2 id="next-heading" className="mb-3 text-lg font-semibold">
        What is next
      </h2>
      <ul className="flex list-disc flex-col gap-2 pl-5 text-sm text-slate-800">
        {returnedWeeks > 0 ? (
          <li>
            Your mentor sent back {returnedWeeks === 1 ? "a week" : `${returnedWeeks} weeks`}: fix and send{" "}
            {returnedWeeks === 1 ? "it" : "them"} again (see{" "}
            <a href="#weeks-heading" className={link}>
              Weeks logged
            </a>
            ).
          </li>
        ) : null}
        {skillSet ? (
          <li>
            {skillSet.title}: {skillSet.skillsLeft} skill{skillSet.skillsLeft === 1 ? "" : "s"} left to be signed off.
          </li>
        ) : (
          <li>Every skill of the schedule is signed off.</li>
        )}
        {raise === undefined ? null : (
          <li>
            {raise === null
              ? "Every raise on your wage schedule has been given."
              : raise.dueOn
                ? `Your next raise (${raise.period.label}) falls due on ${formatLongDate(raise.dueOn)}.`
                : `Your next raise (${raise.period.label}) comes once you reach it on the wage schedule.`}
          </li>
        )}
        {instructionBehind ? (
          <li className="font-semibold text-amber-900">
            You are behind on related instruction:{" "}
            <Link href={`/training/${apprenticeId}/instruction`} className={link}>
              add your courses
            </Link>
            .
          </li>
        ) : null}
      </ul>
    </section>
  );
}
