import { ListingCard } from "@/components/listings/listing-card";
import type { PublicListing } from "@/lib/listings/data";

/**
 * The logo wall: employer partners AAMI approved who chose to be listed (/organization/listing), each with its logo
 * (or its initials when it has none), name and place. While none is listed, it says why the wall is empty.
 */
export function ParticipatingEmployers({ listings }: { listings: PublicListing[] }) {
  return (
    <section aria-labelledby="employers-title">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="employers-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          Participating employers
        </h2>
        {listings.length === 0 ? (
          <p className="mt-4 max-w-3xl text-lg text-slate-700">
            No employer partner is listed here yet: organizations appear once AAMI has approved them and they choose to
            be shown. Check back soon to see who hosts BMET apprentices.
          </p>
        ) : (
          <>
            <p className="mt-4 max-w-3xl text-lg text-slate-700">
              Healthcare organizations approved by AAMI that host BMET apprentices.
            </p>
            <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              {listings.map((listing) => (
                <li key={listing.id}>
                  <ListingCard {...listing} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
