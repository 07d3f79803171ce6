import { z } from "zod";
import type { SubmissionStatus } from "@prisma/client";
import { dateParam, firstValueOr, lenientParam, searchParam } from "@/lib/lists";
import { isId } from "@/lib/ids";
import { REGIONS } from "@/lib/regions";
import { isStateCode } from "@/lib/us-states";

// The queue's filters live in the URL (shareable, bookmarkable, work without JavaScript). Anything malformed
// in a hand-edited URL is ignored rather than shown as an error: the queue always renders.

const STATUSES = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "ACCEPTED"] as const;
export const QUEUE_SORTS = {
  oldest: "Waiting longest first",
  newest: "Newest first",
  name: "Organization name",
} as const;
export type QueueSort = keyof typeof QUEUE_SORTS;

export type QueueFilters = {
  /** "open": everything waiting on AAMI (the default); "all": every latest version. */
  status: SubmissionStatus | "open" | "all";
  state?: string;
  region?: string;
  /** "me", "unassigned", or a staff user's id. */
  reviewer?: string;
  submittedFrom?: string;
  submittedTo?: string;
  q?: string;
  sort: QueueSort;
  page: number;
};

const QueueFiltersSchema = z.object({
  status: firstValueOr(z.enum([...STATUSES, "open", "all"]).catch("open")),
  state: lenientParam(z.string().toUpperCase().refine(isStateCode)),
  region: lenientParam(z.string().refine((r) => REGIONS.some((x) => x.key === r))),
  reviewer: lenientParam(z.string().refine((r) => r === "me" || r === "unassigned" || isId(r))),
  submittedFrom: dateParam,
  submittedTo: dateParam,
  q: searchParam(100),
  sort: firstValueOr(z.enum(Object.keys(QUEUE_SORTS) as [QueueSort, ...QueueSort[]]).catch("oldest")),
  page: firstValueOr(z.coerce.number().int().min(1).max(100_000).catch(1)),
});

export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  return QueueFiltersSchema.parse(params) as QueueFilters;
}

/** The filters as URL parameters (defaults left out), for links that keep them. */
export function queueParams(f: QueueFilters, overrides: Partial<QueueFilters> = {}): Record<string, string> {
  const merged = { ...f, ...overrides };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if ((key === "status" && value === "open") || (key === "sort" && value === "oldest") || key === "page") continue;
    out[key] = String(value);
  }
  return out;
}
