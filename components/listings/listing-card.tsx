import { listingPlace } from "@/lib/listings/visibility";

export type ListingCardProps = {
  displayName: string;
  city: string | null;
  state: string | null;
  logoUrl: string | null;
  /** The card's heading level: 3 under the home page's section, 2 where the card stands alone. */
  headingLevel?: 2 | 3;
};

/**
 * One participating employer as the home page shows it, and as the employer's preview shows it. Logos arrive already
 * resized by the server (at most 400 × 200), so a plain <img> shows them as they are: next/image would add nothing
 * but a style="…" attribute, which the pages' Content-Security-Policy refuses.
 */
export function ListingCard({ displayName, city, state, logoUrl, headingLevel = 3 }: ListingCardProps) {
  const Heading = `h${headingLevel}` as const;
  const place = listingPlace(city, state);
  return (
    <article className="flex h-full flex-col items-center gap-3 rounded-lg border border-slate-200 bg-white p-5 text-center shadow-sm">
      <div className="relative flex h-20 w-40 items-center justify-center">
        {logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- see above: no optimizer, no inline style
          <img
            src={logoUrl}
            alt={`${displayName} logo`}
            loading="lazy"
            decoding="async"
            className="h-full w-full object-contain"
          />
        ) : (
          <span aria-hidden="true" className="bg-brand-50 text-brand-800 rounded-md px-3 py-2 text-2xl font-bold">
            {initials(displayName)}
          </span>
        )}
      </div>
      <Heading className="text-base font-semibold break-words text-slate-900">{displayName}</Heading>
      {place ? <p className="text-sm text-slate-700">{place}</p> : null}
    </article>
  );
}

/** "Mercy Valley Medical Center" → "MV": a stand-in for a missing logo, hidden from screen readers. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
