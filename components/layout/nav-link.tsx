"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A header link that tells assistive technology (and sighted users) which section they are in. `exact` is for a
 * link whose pages below it belong to other links (Staff home, /staff, is not current on /staff/employers).
 */
export function NavLink({
  href,
  exact = false,
  except,
  children,
}: {
  href: string;
  exact?: boolean;
  /** A section below `href` that has its own link (step 8's apprentices, under the checklist). */
  except?: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const inExcepted = except !== undefined && (pathname === except || pathname.startsWith(`${except}/`));
  const current = !inExcepted && (pathname === href || (!exact && pathname.startsWith(`${href}/`)));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 ${current ? "underline decoration-2 underline-offset-4" : ""}`}
    >
      {children}
    </Link>
  );
}
