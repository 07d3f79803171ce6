"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/components/layout/nav-items";

/** Whether `pathname` is in the section `item` links to. */
export function inSection(pathname: string, { href, exact = false, except }: NavItem) {
  const inExcepted = except !== undefined && (pathname === except || pathname.startsWith(`${except}/`));
  return !inExcepted && (pathname === href || (!exact && pathname.startsWith(`${href}/`)));
}

/**
 * A header link that tells assistive technology (and sighted users) which section they are in. `className` places
 * it (a row on a desktop, a full-width line in the phone's menu); every one is at least 44 px tall to tap.
 */
export function NavLink({ item, className }: { item: NavItem; className: string }) {
  const current = inSection(usePathname(), item);
  return (
    <Link
      href={item.href}
      aria-current={current ? "page" : undefined}
      className={`${className} ${current ? "underline decoration-2 underline-offset-4" : ""}`}
    >
      {item.label}
    </Link>
  );
}
