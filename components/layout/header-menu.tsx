"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A menu in the header: a <details> disclosure, so it opens and closes without JavaScript (the summary is a button
 * to the keyboard and to screen readers, named by its text). With JavaScript it also closes as a menu should: after
 * a link in it was followed (the header stays mounted across client-side navigation), on Escape (focus returns to
 * the summary) and on a click elsewhere.
 */
export function HeaderMenu({
  summary,
  className,
  summaryClassName,
  panelClassName,
  children,
}: {
  summary: ReactNode;
  className: string;
  summaryClassName: string;
  panelClassName: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (details.open && !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener("pointerdown", closeOnOutsideClick);
    return () => document.removeEventListener("pointerdown", closeOnOutsideClick);
  }, []);

  return (
    <details
      ref={ref}
      className={className}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !ref.current?.open) return;
        ref.current.open = false;
        ref.current.querySelector("summary")?.focus();
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      <div className={panelClassName}>{children}</div>
    </details>
  );
}
