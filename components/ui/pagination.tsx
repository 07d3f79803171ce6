import Link from "next/link";

/**
 * Previous/next links that keep the other query parameters. `fragment` names the section to scroll back to when
 * the paged list is not the first thing on the page.
 */
export function Pagination({
  page,
  pageCount,
  basePath,
  params = {},
  fragment,
}: {
  page: number;
  pageCount: number;
  basePath: string;
  params?: Record<string, string>;
  fragment?: string;
}) {
  if (pageCount <= 1) return null;
  const href = (p: number) =>
    `${basePath}?${new URLSearchParams({ ...params, page: String(p) }).toString()}${fragment ? `#${fragment}` : ""}`;
  const linkClass =
    "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link className={linkClass} href={href(page - 1)}>
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link className={linkClass} href={href(page + 1)}>
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** The rows a page shows, as in "Showing 26–50 of 80". */
export function shownRange(page: number, pageSize: number, rowsOnPage: number): string {
  const first = (page - 1) * pageSize + 1;
  return `${first}–${first + rowsOnPage - 1}`;
}

/** Reads ?page= safely: anything that is not a positive whole number is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}
