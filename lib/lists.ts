// Helpers shared by the staff lists (employers, the review queue, candidates). Pure: the queries are passed in.

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

/**
 * Prisma's `contains` becomes ILIKE '%…%' without escaping the pattern characters, so a typed "%" or "_" would
 * match everything (https://github.com/prisma/prisma/issues/19506); backslash is Postgres' default LIKE escape.
 */
export const literalLikeText = (text: string) => text.replace(/[\\%_]/g, "\\$&");
