import Link from "next/link";
import { currentActor, activeMembership } from "@/lib/authz";
import { isPartnerOrganization } from "@/lib/authz/partner";
import { signOutAction } from "@/lib/auth/actions";
import { OrganizationSwitcher } from "@/components/layout/organization-switcher";
import { NavLink } from "@/components/layout/nav-link";

const navLink = "rounded px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100";

export async function SiteHeader() {
  const actor = await currentActor();
  const active = actor ? activeMembership(actor) : undefined;
  const partner = active ? await isPartnerOrganization(active.organizationId) : false;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-brand-800 text-base font-bold">
          BMET Apprenticeship Portal
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-1">
          {actor?.staffRole ? (
            <>
              <NavLink href="/staff" exact>
                Staff home
              </NavLink>
              <NavLink href="/staff/queue">Queue</NavLink>
              <NavLink href="/staff/employers">Employers</NavLink>
              <NavLink href="/staff/candidates">Candidates</NavLink>
              <NavLink href="/staff/apprentices">Apprentices</NavLink>
              <NavLink href="/staff/agencies">Agencies</NavLink>
              {actor.staffRole === "STAFF_ADMIN" ? (
                <>
                  <NavLink href="/staff/documents">Documents</NavLink>
                  <NavLink href="/staff/settings">Settings</NavLink>
                </>
              ) : null}
            </>
          ) : null}
          {active ? (
            <>
              <NavLink href="/onboarding" except={partner ? "/onboarding/apprentices" : undefined}>
                Checklist
              </NavLink>
              <NavLink href="/organization/members">Members</NavLink>
              {partner ? (
                <>
                  <NavLink href="/onboarding/apprentices">Apprentices</NavLink>
                  <NavLink href="/candidates">Candidates</NavLink>
                  <NavLink href="/organization/listing">Listing</NavLink>
                </>
              ) : null}
            </>
          ) : null}
          {actor && actor.memberships.length > 1 && active ? (
            <OrganizationSwitcher memberships={actor.memberships} activeId={active.organizationId} />
          ) : null}
          {actor ? (
            <form action={signOutAction} className="flex items-center gap-2">
              <span className="hidden text-sm text-slate-700 sm:inline">{actor.email}</span>
              <button type="submit" className={navLink}>
                Sign out
              </button>
            </form>
          ) : (
            <Link className={navLink} href="/signin">
              Sign in
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
