import { fastTrack, fullCredit } from "@/lib/apprentices/fast-track";
import { formatCents } from "@/lib/forms/fields";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { PROGRAM, type SkillSetKey } from "@/lib/program";

/** What the ticked skill sets earn: credited hours, what is left to train, and the starting wage. Live as boxes are ticked. */
export function FastTrackPreview({
  masteredKeys,
  wageSchedule,
}: {
  masteredKeys: readonly string[];
  wageSchedule: WageScheduleInput;
}) {
  const track = fastTrack(
    masteredKeys.map((key) => fullCredit(key as SkillSetKey)),
    wageSchedule,
  );
  return (
    <div role="status" aria-live="polite" className="rounded-md bg-slate-50 p-4 text-sm text-slate-900">
      <p>
        <strong>{track.creditedOjtHours.toLocaleString("en-US")}</strong> of {PROGRAM.termHours.toLocaleString("en-US")}{" "}
        on-the-job hours credited; {track.remainingOjtHours.toLocaleString("en-US")} hours left to train.
      </p>
      <p>
        Starting wage: <strong>{formatCents(track.startingPeriod.cents)} an hour</strong> (
        {track.startingWageStep === 0 ? "the entry wage" : `step ${track.startingWageStep} of your wage schedule`}:{" "}
        {track.startingPeriod.label.toLowerCase()}).
      </p>
    </div>
  );
}
