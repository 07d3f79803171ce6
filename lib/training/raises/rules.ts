import { wagePeriods, type WagePeriod, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { addMonths, DAY_MS } from "@/lib/training/weeks";

// When each raise of the apprentice's wage schedule falls due, as the schedule's basis says: after so many months
// from the start date, so many approved hours, or so many competencies signed off, with fast-track credit counted
// as progress already made (lib/apprentices/fast-track.ts, in the schedule's own unit). Pure: the record page, the
// reminders and the staff flags all count the same way.

/** A raise is "soon" this many days before it falls due (the owners' and admins' first email). */
export const RAISE_SOON_DAYS = 14;
/** A raise not recorded this many days after it fell due is flagged to AAMI staff. */
export const RAISE_OVERDUE_DAYS = 30;

export type RaiseProgress = {
  startDate: Date;
  /** Fast-track credit, in the schedule's unit (FastTrack.progress). */
  credit: number;
  /** The step the apprentice started at (advanced standing): raises up to it are not owed. */
  startingWageStep: number;
  /** Approved hours per week, by the week's last day, oldest first (the HOURS basis). */
  approvedWeeks: ReadonlyArray<{ weekEnd: Date; hours: number }>;
  /** The days the skills signed off were shown (the COMPETENCIES basis). */
  signOffDays: readonly Date[];
};

export type RaiseStanding = "recorded" | "overdue" | "due" | "soon" | "upcoming" | "not-reached";

export type ScheduledRaise = {
  /** Index into wagePeriods(schedule): 1 is the first raise. */
  step: number;
  period: WagePeriod;
  /** The day it falls due; null while hours or competencies have not reached it (nobody can say when). */
  dueOn: Date | null;
  standing: RaiseStanding;
  recorded: { effectiveOn: Date; wageCents: number } | null;
};

/** The day `needed` units of progress are reached, or null while they are not. */
function reachedOn(schedule: WageScheduleInput, progress: RaiseProgress, needed: number): Date | null {
  if (schedule.basis === "MONTHS") return addMonths(progress.startDate, needed);
  if (schedule.basis === "HOURS") {
    let hours = 0;
    for (const week of progress.approvedWeeks) {
      hours += week.hours;
      if (hours >= needed) return week.weekEnd;
    }
    return null;
  }
  const days = [...progress.signOffDays].sort((a, b) => a.getTime() - b.getTime());
  return days[needed - 1] ?? null;
}

function standingOf(dueOn: Date | null, today: Date): RaiseStanding {
  if (!dueOn) return "not-reached";
  const daysLate = (today.getTime() - dueOn.getTime()) / DAY_MS;
  if (daysLate > RAISE_OVERDUE_DAYS) return "overdue";
  if (daysLate >= 0) return "due";
  return -daysLate <= RAISE_SOON_DAYS ? "soon" : "upcoming";
}

/** Every raise the apprentice is owed after their starting step, with when it falls due and where it stands. */
export function scheduledRaises(
  schedule: WageScheduleInput,
  progress: RaiseProgress,
  recorded: ReadonlyArray<{ step: number; effectiveOn: Date; wageCents: number }>,
  today: Date,
): ScheduledRaise[] {
  return wagePeriods(schedule).flatMap((period, step) => {
    if (step === 0 || step <= progress.startingWageStep) return [];
    const dueOn = reachedOn(schedule, progress, Math.max(1, period.from - progress.credit));
    const done = recorded.find((r) => r.step === step) ?? null;
    return [
      {
        step,
        period,
        dueOn,
        standing: done ? "recorded" : standingOf(dueOn, today),
        recorded: done && { effectiveOn: done.effectiveOn, wageCents: done.wageCents },
      },
    ];
  });
}

/** A raise to act on: it has a due day, and it is within the two weeks before it, due or overdue. */
export type RecordableRaise = ScheduledRaise & { dueOn: Date; standing: "soon" | "due" | "overdue" };

/** A raise that can be recorded now: due, overdue, or within the two weeks before it. */
export const recordable = (raise: ScheduledRaise): raise is RecordableRaise =>
  raise.standing === "due" || raise.standing === "overdue" || raise.standing === "soon";
