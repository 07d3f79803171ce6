import Link from "next/link";
import { currentActor, activeMembership, type MembershipSummary } from "@/lib/authz";
import { isPartnerOrganization } from "@/lib/authz/partner";
import { signOutAction } from "@/lib/auth/actions";
import { OrganizationSwitcher } from "@/components/layout/organization-switcher";
import { HeaderMenu } from "@/components/layout/header-menu";
import { NavLink } from "@/components/layout/nav-link";
import { navItemsFor, type NavItem } from "@/components/layout/nav-items";

// Every control in the header is at least 44 px tall, to tap on a phone and to hit on a desktop.
const rowItem = "inline-flex min-h-11 items-center rounded px-2 text-sm font-medium text-slate-800 hover:bg-slate-100";
const menuItem =
  "flex min-h-11 w-full items-center rounded px-3 text-base font-medium text-slate-800 hover:bg-slate-100";
const summaryItem = `${rowItem} cursor-pointer list-none gap-1 [&::-webkit-details-marker]:hidden`;
const dropdownPanel =
  "absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1 rounded-md border border-slate-200 bg-white p-1 shadow-lg";

function Chevron() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 fill-current">
      <path d="M4 6l4 4 4-4z" />
    </svg>
  );
}

/**
 * The site header. On a desktop (1024 px and wider) it is one row: the portal's name, the links, a "More" menu for
 * staff pages visited less often, the organization switcher and sign-out. Below that everything moves into one
 * "Menu" button, a <details> disclosure that works without JavaScript.
 */
export async function SiteHeader() {
  const actor = await currentActor();
  const active = actor ? activeMembership(actor) : undefined;
  const partner = actor && active ? isPartnerOrganization(actor, active.organizationId) : false;
  const { primary, more } = navItemsFor({
    staffRole: actor?.staffRole ?? null,
    member: !!active,
    partner,
    training: actor?.training,
  });
  const memberships: MembershipSummary[] = actor && active && actor.memberships.length > 1 ? actor.memberships : [];
  const signOut = (className: string) => (
    <form action={signOutAction}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
  const links = (items: NavItem[], className: string) =>
    items.map((item) => <NavLink key={item.href} item={item} className={className} />);

  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2">
        <Link
          href="/"
          className="text-brand-800 inline-flex min-h-11 min-w-0 items-center text-base leading-tight font-bold"
        >
          BMET Apprenticeship Portal
        </Link>
        {actor ? (
          <>
            <nav aria-label="Main" className="hidden items-center gap-1 whitespace-nowrap lg:flex">
              {links(primary, rowItem)}
              {more.length > 0 ? (
                <HeaderMenu
                  summary={
                    <>
                      More <Chevron />
                    </>
                  }
                  className="relative"
                  summaryClassName={summaryItem}
                  panelClassName={dropdownPanel}
                >
                  {links(more, menuItem)}
                </HeaderMenu>
              ) : null}
              {active && memberships.length > 0 ? (
                <HeaderMenu
                  summary={
                    <>
                      <span className="sr-only">Organization: </span>
                      <span className="max-w-40 truncate">{active.organizationName}</span> <Chevron />
                    </>
                  }
                  className="relative"
                  summaryClassName={summaryItem}
                  panelClassName={`${dropdownPanel} p-3`}
                >
                  <OrganizationSwitcher
                    id="organization-row"
                    memberships={memberships}
                    activeId={active.organizationId}
                  />
                </HeaderMenu>
              ) : null}
              <span title={actor.email} className="hidden max-w-56 truncate text-sm text-slate-700 xl:inline">
                {actor.email}
              </span>
              {signOut(rowItem)}
            </nav>
            <HeaderMenu
              summary={
                <>
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
                    <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
                  </svg>
                  Menu
                </>
              }
              className="shrink-0 lg:hidden"
              summaryClassName={`${summaryItem} border border-slate-300 px-3`}
              panelClassName="absolute inset-x-0 top-full z-20 border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg"
            >
              <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-col gap-1">
                {links([...primary, ...more], menuItem)}
                <div className="mt-2 flex flex-col gap-2 border-t border-slate-200 pt-3">
                  <p className="px-3 text-sm break-all text-slate-700">Signed in as {actor.email}</p>
                  {active && memberships.length > 0 ? (
                    <div className="px-3">
                      <OrganizationSwitcher
                        id="organization-menu"
                        memberships={memberships}
                        activeId={active.organizationId}
                      />
                    </div>
                  ) : null}
                  {signOut(menuItem)}
                </div>
              </nav>
            </HeaderMenu>
          </>
        ) : (
          <Link className={rowItem} href="/signin">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
