import { RACE_DECLINED, RACE_FLAGS, type RaceFlagKey } from "@/lib/apprentices/codes";
import type { RapidsDemographics } from "@/lib/rapids/csv";
import { NOT_ANSWERED, type SelfIdentificationInput } from "@/lib/apprentices/self-identification/schemas";

// The apprentice's answers as the RAPIDS columns they are stored and exported in, and the one fact about them that
// anyone but AAMI's RAPIDS file learns: whether the apprentice answered. Pure.

/**
 * The race answers as RAPIDS' five columns: 1 or 0 for each race ticked or not, or 9 in all when the apprentice did
 * not self-identify (ticked "I do not wish to answer", or nothing at all).
 */
export function raceFlags(races: readonly string[]): Record<RaceFlagKey, number> {
  const declined = races.length === 0 || races.includes(RACE_DECLINED);
  return Object.fromEntries(RACE_FLAGS.map((r) => [r.key, declined ? 9 : races.includes(r.key) ? 1 : 0])) as Record<
    RaceFlagKey,
    number
  >;
}

export function rapidsDemographics(input: SelfIdentificationInput): RapidsDemographics {
  return {
    gender: input.gender,
    ethnicity: Number(input.ethnicity),
    ...raceFlags(input.races),
    veteranStatus: Number(input.veteranStatus),
    disabilityStatus: Number(input.disabilityStatus),
    educationLevel: Number(input.educationLevel),
  };
}

/** Every question at "did not self-identify": an apprentice who was never asked reads this in the RAPIDS file. */
export const NOT_SELF_IDENTIFIED: RapidsDemographics = rapidsDemographics(NOT_ANSWERED);

/** Whether the apprentice answered at least one question (anything but "did not self-identify"). */
export function answeredSelfIdentification(stored: RapidsDemographics | null): boolean {
  if (!stored) return false;
  return (Object.keys(NOT_SELF_IDENTIFIED) as Array<keyof RapidsDemographics>).some(
    (column) => stored[column] !== NOT_SELF_IDENTIFIED[column],
  );
}
