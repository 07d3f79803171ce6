import { firstParam, searchText, type SearchParams } from "@/lib/lists";
import { isRegionKey, regionName, type RegionKey } from "@/lib/regions";
import { isStateCode, stateName, type StateCode } from "@/lib/us-states";

// The employers list's search and filters as they travel in the URL (?name=&state=&region=), so a filtered
// list can be bookmarked and paged. Pure, so it is unit-tested.

export type EmployerFilters = { name: string; state: StateCode | null; region: RegionKey | null };

/** Longer than any legal name; a pasted essay is cut rather than sent to the database whole. */
const MAX_NAME_LENGTH = 100;

/** Reads the filters leniently: an unknown state or region (an old or hand-edited link) is no filter at all. */
export function parseEmployerFilters(params: SearchParams): EmployerFilters {
  const state = firstParam(params.state).trim().toUpperCase();
  const region = firstParam(params.region).trim().toUpperCase();
  return {
    name: searchText(firstParam(params.name), MAX_NAME_LENGTH),
    state: isStateCode(state) ? state : null,
    region: isRegionKey(region) ? region : null,
  };
}

/** The filters in use as query parameters, for links (pagination) that must keep them. */
export function employerFilterParams(filters: EmployerFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries({ name: filters.name, state: filters.state ?? "", region: filters.region ?? "" }).filter(
      ([, value]) => value !== "",
    ),
  );
}

export const isFiltered = (filters: EmployerFilters) => Object.keys(employerFilterParams(filters)).length > 0;

/** What the list was narrowed to, in words: "matching “mercy” in Wisconsin". */
export function describeEmployerFilters(filters: EmployerFilters): string {
  return [
    filters.name ? `matching “${filters.name}”` : null,
    filters.state ? `in ${stateName(filters.state)}` : null,
    filters.region ? `in the ${regionName(filters.region)}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(" ");
}
