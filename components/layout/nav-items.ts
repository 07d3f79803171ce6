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
 * What the header links to, for whoever is signed in. `more` holds the pages visited less often: on a desktop
 * they sit behind a "More" menu so the header stays one row from 1024 px (ten staff links and the account do not
 * fit); on a phone every link is in the one menu anyway.
 */
export function navItemsFor(who: {
  staffRole: string | null;
  member: boolean;
  partner: boolean;
  /** Signs in as an apprentice or as a mentor (lib/authz Actor.training). */
  training?: { apprentice: boolean; mentor: boolean };
}): {
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
      { href: "/staff/training", label: "Training figures" },
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
      // Training records open once AAMI approves an apprentice, so only partners' members have any to see. The
      // listing, changed once in a while, waits under More so the row keeps to five links.
      primary.push(
        { href: "/onboarding/apprentices", label: "Apprentices" },
        { href: "/candidates", label: "Candidates" },
        { href: "/training", label: "Training" },
      );
      more.push({ href: "/organization/listing", label: "Listing" });
    }
  } else if (who.training?.apprentice || who.training?.mentor) {
    // Apprentices and mentors who are not members of the organization: their training pages only. (A member who
    // mentors reaches the hours to approve from the Training page.)
    primary.push({ href: "/training", label: "Training", exact: who.training.mentor });
    if (who.training.mentor) primary.push({ href: "/training/review", label: "Approvals" });
  }
  return { primary, more };
}
