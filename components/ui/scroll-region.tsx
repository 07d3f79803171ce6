import type { ReactNode } from "react";

/**
 * Content that may be wider than the screen (a table on a phone) scrolls sideways here instead of widening the page.
 * The region takes keyboard focus, so it scrolls with the arrow keys too, and is named for screen readers (a group,
 * not a landmark: a table's caption often repeats the heading of the section around it). It is positioned so that
 * visually hidden (absolutely positioned) text in a cell stays inside it rather than widening the page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} tabIndex={0} className="relative overflow-x-auto">
      {children}
    </div>
  );
}
