import { z } from "zod";
import { isCalendarDate } from "@/lib/forms/fields";

// What every paged, searchable list shares (staff's employers, employers' candidates): reading query parameters
// leniently, searching typed text literally, and loading one page of rows. Pure, apart from the callbacks.

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * Typed search text as lists use it: spaces collapsed, control characters dropped (Postgres refuses a NUL in a
 * query parameter, so `?q=%00` would fail the page), cut to `max` characters.
 */
export const searchText = (value: string, max: number) =>
  value
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .trim()
    .replace(/\s+/g, " ")
    .slice(0, max);

/** For zod filter schemas: the first of repeated values, and an invalid value read as no filter at all. */
const firstValue = (v: unknown) => (Array.isArray(v) ? v[0] : v);
export const lenientParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess(firstValue, schema.optional().catch(undefined));
export const firstValueOr = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema);
/**
 * A day typed into a date filter (YYYY-MM-DD), within years a Postgres timestamp and a day's arithmetic can take
 * (year 0000 does not exist there; 9999-12-31 plus a day overflows): anything else is no filter.
 */
export const dateParam = lenientParam(
  z.string().refine((v) => isCalendarDate(v) && Number(v.slice(0, 4)) >= 1900 && Number(v.slice(0, 4)) < 2200),
);

/** A search box's text, or no search when nothing is left of it. */
export const searchParam = (max: number) =>
  lenientParam(
    z
      .string()
      .transform((q) => searchText(q, max))
      .pipe(z.string().min(1)),
  );

/** A query parameter's first value: a repeated parameter (?state=TX&state=WI) counts once. */
export const firstParam = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * Prisma's `contains` becomes ILIKE '%…%' without escaping the pattern characters, so a typed "%" or "_" would
 * match everything (https://github.com/prisma/prisma/issues/19506); backslash is Postgres' default LIKE escape.
 */
export const literalLikeText = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Counts, then loads one page; a page past the end (an old bookmark, a narrower filter) shows the last page. */
export async function loadPage<T>(
  requestedPage: number,
  pageSize: number,
  count: () => Promise<number>,
  load: (range: { skip: number; take: number }) => Promise<T[]>,
) {
  const total = await count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const rows = await load({ skip: (page - 1) * pageSize, take: pageSize });
  return { total, page, pageCount, rows };
}
