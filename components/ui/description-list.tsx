import type { ReactNode } from "react";

/**
 * Terms and their details (a record's fields), in two columns from small screens up. A long unbroken detail (a
 * SHA-256, an email address) wraps anywhere, so it never makes the list wider than a phone.
 */
export function DescriptionList({ rows }: { rows: ReadonlyArray<readonly [term: string, detail: ReactNode]> }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, detail]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="wrap-anywhere">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
