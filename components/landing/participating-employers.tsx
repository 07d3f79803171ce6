import { ListingCard } from "@/components/listings/listing-card";
import type { PublicListing } from "@/lib/listings/data";

/** The employer partners who chose to be listed, by name; a friendly word while there are none yet. */
export function ParticipatingEmployers({ listings }: { listings: PublicListing[] }) {
  return (
    <section aria-labelledby="employers-title">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="employers-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          Participating employers
        </h2>
        {listings.length === 0 ? (
          <p className="mt-4 max-w-3xl text-lg text-slate-700">
            Our first employer partners are completing their onboarding. Check back soon to see who hosts BMET
            apprentices.
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
