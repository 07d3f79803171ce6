import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * A list as a table: a caption for screen readers, column headers, and an optional unlabeled-looking (but named)
 * actions column. Rows are passed as children (<tr> elements). A table wider than a phone scrolls sideways inside
 * its own region, never the page.
 */
export function DataTable({
  caption,
  columns,
  withActions = false,
  children,
}: {
  caption: string;
  columns: string[];
  withActions?: boolean;
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-800">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-2 pr-4">
                {column}
              </th>
            ))}
            {withActions ? (
              <th scope="col" className="py-2">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
