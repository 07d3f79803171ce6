import type { CandidateSituation, EducationLevel, Prisma } from "@prisma/client";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SITUATION_OPTIONS } from "@/lib/candidates/options";
import { firstParam, literalLikeText, searchText, type SearchParams } from "@/lib/lists";
import { isRegionKey, type RegionKey } from "@/lib/regions";

// The employer candidate list's filters as they travel in the URL (?q=&region=&situation=&education=&experience=
// &relocate=yes), so a filtered list can be bookmarked, paged and exported. Pure, so it is unit-tested.

type ExperienceTag = (typeof EXPERIENCE_OPTIONS)[number]["value"];

export type CandidateFilters = {
  /** Words of a name or city. */
  q: string;
  /** Where the candidate lives: one of the organization's regions. */
  region: RegionKey | null;
  situation: CandidateSituation | null;
  education: EducationLevel | null;
  experience: ExperienceTag | null;
  /** Only candidates willing to move for an apprenticeship. */
  relocate: boolean;
};

/** Longer than any name and city together; a pasted essay is cut rather than sent to the database whole. */
export const MAX_SEARCH_LENGTH = 100;
/** "Jordan Rivera Madison" is three words; more than a few is not a search anyone types. */
const MAX_SEARCH_WORDS = 5;

const oneOf = <T extends string>(options: ReadonlyArray<{ value: T }>, value: string): T | null =>
  options.find((o) => o.value === value)?.value ?? null;

/** Reads the filters leniently: an unknown value (an old or hand-edited link) is no filter at all. */
export function parseCandidateFilters(params: SearchParams): CandidateFilters {
  const region = firstParam(params.region).trim().toUpperCase();
  return {
    q: searchText(firstParam(params.q), MAX_SEARCH_LENGTH),
    region: isRegionKey(region) ? region : null,
    situation: oneOf(SITUATION_OPTIONS, firstParam(params.situation).trim().toUpperCase()),
    education: oneOf(EDUCATION_OPTIONS, firstParam(params.education).trim().toUpperCase()),
    experience: oneOf(EXPERIENCE_OPTIONS, firstParam(params.experience).trim().toLowerCase()),
    relocate: firstParam(params.relocate) === "yes",
  };
}

/** The filters in use as query parameters, for links (pagination, export) that must keep them. */
export function candidateFilterParams(filters: CandidateFilters): Record<string, string> {
  const params = {
    q: filters.q,
    region: filters.region ?? "",
    situation: filters.situation ?? "",
    education: filters.education ?? "",
    experience: filters.experience ?? "",
    relocate: filters.relocate ? "yes" : "",
  };
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ""));
}

export const isFiltered = (filters: CandidateFilters) => Object.keys(candidateFilterParams(filters)).length > 0;

/**
 * The filters as a Prisma condition, to be combined with visibleCandidatesWhere (which decides who may be seen at
 * all). Each word of the search must appear in the first name, last name or city, so "jordan madison" finds
 * Jordan Rivera of Madison.
 */
export function candidateFiltersWhere(filters: CandidateFilters): Prisma.CandidateWhereInput {
  const words = filters.q ? filters.q.split(" ").slice(0, MAX_SEARCH_WORDS) : [];
  return {
    AND: [
      ...words.map((word) => {
        const match = { contains: literalLikeText(word), mode: "insensitive" } as const;
        return { OR: [{ firstName: match }, { lastName: match }, { city: match }] };
      }),
      ...(filters.region ? [{ region: filters.region }] : []),
      ...(filters.situation ? [{ situation: filters.situation }] : []),
      ...(filters.education ? [{ educationLevel: filters.education }] : []),
      ...(filters.experience ? [{ experienceTags: { has: filters.experience } }] : []),
      ...(filters.relocate ? [{ willingToRelocate: true }] : []),
    ],
  };
}
