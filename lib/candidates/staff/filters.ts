import { z } from "zod";
import type { CandidateSituation, CandidateStatus, EducationLevel } from "@prisma/client";
import {
  CANDIDATE_STATUS_OPTIONS,
  EDUCATION_OPTIONS,
  SITUATION_OPTIONS,
  VETERAN_OPTIONS,
  optionLabel,
  valuesOf,
} from "@/lib/candidates/options";
import { dateParam, firstValueOr, lenientParam, searchParam } from "@/lib/lists";
import { REGIONS, regionName, type RegionKey } from "@/lib/regions";
import { isStateCode, stateName, type StateCode } from "@/lib/us-states";

// The staff candidate list's search and filters as they travel in the URL, so a filtered list can be bookmarked,
// paged and exported with exactly the same query string. Anything malformed in a hand-edited link is ignored,
// never an error: the list always renders. Pure, so it is unit-tested.

type VeteranAnswer = (typeof VETERAN_OPTIONS)[number]["value"];
export type VeteranFilter = VeteranAnswer | "UNANSWERED";

/** The self-identification answer in staff's words, plus the candidates who never answered the question. */
const VETERAN_FILTER_LABEL: Record<VeteranFilter, string> = {
  VETERAN: "Veteran",
  NOT_VETERAN: "Not a veteran",
  DECLINED: "Preferred not to answer",
  UNANSWERED: "Did not answer",
};
export const VETERAN_FILTER_OPTIONS = Object.entries(VETERAN_FILTER_LABEL).map(([value, label]) => ({ value, label }));

export type CandidateFilters = {
  /** Free text over name, email, city and phone. */
  q?: string;
  region?: RegionKey;
  state?: StateCode;
  situation?: CandidateSituation;
  education?: EducationLevel;
  veteran?: VeteranFilter;
  status?: CandidateStatus;
  /** First submitted on or after / on or before these days (YYYY-MM-DD, UTC). */
  submittedFrom?: string;
  submittedTo?: string;
  /** Withdrawn candidates asked not to be contacted, so they are left out unless asked for. */
  includeWithdrawn: boolean;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

/** Longer than any name, email or city; a pasted essay is cut rather than sent to the database whole. */
const MAX_SEARCH_LENGTH = 100;
/** Each word is one more condition over five columns; a handful is enough to find anyone. */
const MAX_SEARCH_WORDS = 5;

const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);

const CandidateFiltersSchema = z.object({
  q: searchParam(MAX_SEARCH_LENGTH),
  region: lenientParam(z.preprocess(upper, z.enum(REGIONS.map((r) => r.key) as [RegionKey, ...RegionKey[]]))),
  state: lenientParam(z.preprocess(upper, z.string().refine(isStateCode))),
  situation: lenientParam(z.enum(valuesOf(SITUATION_OPTIONS))),
  education: lenientParam(z.enum(valuesOf(EDUCATION_OPTIONS))),
  veteran: lenientParam(z.enum(Object.keys(VETERAN_FILTER_LABEL) as [VeteranFilter, ...VeteranFilter[]])),
  status: lenientParam(z.enum(valuesOf(CANDIDATE_STATUS_OPTIONS))),
  submittedFrom: dateParam,
  submittedTo: dateParam,
  withdrawn: firstValueOr(z.literal("include").optional().catch(undefined)),
  page: firstValueOr(z.coerce.number().int().min(1).max(100_000).catch(1)),
});

/** Reads the filters from a page's searchParams or a route handler's URL (the CSV export). */
export function parseCandidateFilters(params: SearchParams | URLSearchParams): CandidateFilters {
  const record =
    params instanceof URLSearchParams
      ? Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]))
      : params;
  const { withdrawn, ...filters } = CandidateFiltersSchema.parse(record);
  return { ...filters, includeWithdrawn: withdrawn === "include" } as CandidateFilters;
}

/** The filters in use as query parameters (no page, no defaults): for page links and the CSV export link. */
export function candidateFilterParams(f: CandidateFilters): Record<string, string> {
  const params: Record<string, string | undefined> = {
    q: f.q,
    region: f.region,
    state: f.state,
    situation: f.situation,
    education: f.education,
    veteran: f.veteran,
    status: f.status,
    submittedFrom: f.submittedFrom,
    submittedTo: f.submittedTo,
    withdrawn: f.includeWithdrawn ? "include" : undefined,
  };
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Whether anything narrows the list (including withdrawn candidates widens it, so it does not count). */
export const isFiltered = (f: CandidateFilters) =>
  Object.keys(candidateFilterParams(f)).some((key) => key !== "withdrawn");

/** The search box's words, each of which must match one of the searched columns ("jordan rivera"). */
export const searchWords = (q: string | undefined) => (q ?? "").split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);

/** What the list was narrowed to, in words: "matching “rivera”, in Wisconsin, status: contacted". */
export function describeCandidateFilters(f: CandidateFilters): string {
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return [
    f.q ? `matching “${f.q}”` : null,
    f.state ? `in ${stateName(f.state)}` : null,
    f.region ? `in the ${regionName(f.region)}` : null,
    f.situation ? `situation: ${lower(optionLabel(SITUATION_OPTIONS, f.situation))}` : null,
    f.education ? `education: ${lower(optionLabel(EDUCATION_OPTIONS, f.education))}` : null,
    f.veteran ? `veteran status: ${lower(VETERAN_FILTER_LABEL[f.veteran])}` : null,
    f.status ? `status: ${lower(optionLabel(CANDIDATE_STATUS_OPTIONS, f.status))}` : null,
    f.submittedFrom ? `submitted on or after ${f.submittedFrom}` : null,
    f.submittedTo ? `submitted on or before ${f.submittedTo}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join(", ");
}
