/** One link of the main navigation. */
export type NavItem = {
  href: string;
  label: string;
  /** The pages below `href` belong to other links (Staff home, /staff, is not current on /staff/employers). */
  exact?: boolean;
  /** A section below `href` that has its own link (step 8's apprentices, under the checklist). */
  except?: string;
};

/**
 * What the header links to, for whoever is signed in. `more` holds the staff pages visited less often: on a desktop
 * they sit behind a "More" menu so the header stays one row from 1024 px (ten staff links and the account do not
 * fit); on a phone every link is in the one menu anyway.
 */
export function navItemsFor(who: { staffRole: string | null; member: boolean; partner: boolean }): {
  primary: NavItem[];
  more: NavItem[];
} {
  const primary: NavItem[] = [];
  const more: NavItem[] = [];
  if (who.staffRole) {
    primary.push(
      { href: "/staff", label: "Staff home", exact: true },
      { href: "/staff/queue", label: "Queue" },
      { href: "/staff/employers", label: "Employers" },
      { href: "/staff/candidates", label: "Candidates" },
      { href: "/staff/apprentices", label: "Apprentices" },
    );
    more.push(
      { href: "/staff/agencies", label: "Agencies" },
      { href: "/staff/standards", label: "Standards" },
      { href: "/staff/rti-providers", label: "RTI providers" },
    );
    if (who.staffRole === "STAFF_ADMIN") {
      more.push({ href: "/staff/documents", label: "Documents" }, { href: "/staff/settings", label: "Settings" });
    }
  }
  if (who.member) {
    primary.push(
      { href: "/onboarding", label: "Checklist", except: who.partner ? "/onboarding/apprentices" : undefined },
      { href: "/organization/members", label: "Members" },
    );
    if (who.partner) {
      primary.push(
        { href: "/onboarding/apprentices", label: "Apprentices" },
        { href: "/candidates", label: "Candidates" },
        { href: "/organization/listing", label: "Listing" },
      );
    }
  }
  return { primary, more };
}
