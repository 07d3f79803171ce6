import { STATE_CODES, type StateCode } from "@/lib/us-states";

// Regions group states for the candidate database and staff filters. The default follows the six regions of
// DOL's Employment and Training Administration; change the table here and every form, filter and employer view
// follows (organizations and candidates store the region key so lists can filter on an index).

export const REGIONS = [
  {
    key: "NORTHEAST",
    name: "Northeast (Boston region)",
    states: ["CT", "ME", "MA", "NH", "NJ", "NY", "PR", "RI", "VT", "VI"],
  },
  { key: "MID_ATLANTIC", name: "Mid-Atlantic (Philadelphia region)", states: ["DE", "DC", "MD", "PA", "VA", "WV"] },
  { key: "SOUTHEAST", name: "Southeast (Atlanta region)", states: ["AL", "FL", "GA", "KY", "MS", "NC", "SC", "TN"] },
  {
    key: "SOUTHWEST",
    name: "Southwest (Dallas region)",
    states: ["AR", "CO", "LA", "MT", "NM", "ND", "OK", "SD", "TX", "UT", "WY"],
  },
  {
    key: "MIDWEST",
    name: "Midwest (Chicago region)",
    states: ["IL", "IN", "IA", "KS", "MI", "MN", "MO", "NE", "OH", "WI"],
  },
  {
    key: "WEST",
    name: "West (San Francisco region)",
    states: ["AK", "AS", "AZ", "CA", "GU", "HI", "ID", "MP", "NV", "OR", "WA"],
  },
] as const satisfies ReadonlyArray<{ key: string; name: string; states: readonly StateCode[] }>;

export type RegionKey = (typeof REGIONS)[number]["key"];

const REGION_OF = new Map<string, RegionKey>(REGIONS.flatMap((r) => r.states.map((s) => [s, r.key] as const)));

export function regionOf(state: string): RegionKey {
  const region = REGION_OF.get(state);
  if (!region) throw new Error(`No region is configured for state ${state}`);
  return region;
}

export const isRegionKey = (value: string): value is RegionKey => REGIONS.some((r) => r.key === value);

export const regionName = (key: string) => REGIONS.find((r) => r.key === key)?.name ?? key;

/** Every state belongs to exactly one region (checked by a unit test). */
export const UNASSIGNED_STATES = STATE_CODES.filter((s) => !REGION_OF.has(s));

/** Every region as a select or checkbox option. */
export const REGION_OPTIONS: ReadonlyArray<{ value: string; label: string }> = REGIONS.map((r) => ({
  value: r.key,
  label: r.name,
}));
