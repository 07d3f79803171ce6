import { fastTrack, fullCredit, type SkillCredit } from "@/lib/apprentices/fast-track";
import { formatCents } from "@/lib/forms/fields";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";
import type { CreditStandards } from "@/lib/program/standards/model";

/**
 * What credited skill sets earn: credited hours, what is left to train, and the starting wage. Live as the form
 * changes; `scheduleOf` names whose wage schedule it is for the reader ("your", "the employer's").
 */
export function CreditPreview({
  standards,
  credits,
  wageSchedule,
  scheduleOf = "your",
}: {
  standards: CreditStandards;
  credits: readonly SkillCredit[];
  wageSchedule: WageScheduleInput;
  scheduleOf?: string;
}) {
  const track = fastTrack(standards, credits, wageSchedule);
  return (
    <div role="status" aria-live="polite" className="rounded-md bg-slate-50 p-4 text-sm text-slate-900">
      <p>
        <strong>{track.creditedOjtHours.toLocaleString("en-US")}</strong> of{" "}
        {standards.termOjlHours.toLocaleString("en-US")} on-the-job hours credited;{" "}
        {track.remainingOjtHours.toLocaleString("en-US")} hours left to train.
      </p>
      <p>
        Starting wage: <strong>{formatCents(track.startingPeriod.cents)} an hour</strong> (
        {track.startingWageStep === 0
          ? "the entry wage"
          : `step ${track.startingWageStep} of ${scheduleOf} wage schedule`}
        : {track.startingPeriod.label.toLowerCase()}).
      </p>
    </div>
  );
}

/** The employer's enrollment form: each ticked skill set credited in full. */
export function FastTrackPreview({
  standards,
  masteredKeys,
  wageSchedule,
}: {
  standards: CreditStandards;
  masteredKeys: readonly string[];
  wageSchedule: WageScheduleInput;
}) {
  return (
    <CreditPreview
      standards={standards}
      credits={masteredKeys.map((key) => fullCredit(standards, key))}
      wageSchedule={wageSchedule}
    />
  );
}
