import type { Prisma, SubmissionStatus } from "@prisma/client";
import { APPROVED_STATUSES } from "@/lib/review/transitions";

// Whether an organization's listing is on the home page, and if not, why. Pure, for the pages that explain it; the
// home page's own query (lib/listings/data.ts, PUBLICLY_LISTED) applies the same rule in SQL.

/** The Organization columns that make up its listing, for every query that shows or checks one. */
export const LISTING_FIELDS = {
  listingOptIn: true,
  listingDisplayName: true,
  listingCity: true,
  listingState: true,
  listingLogoFileId: true,
  listingHiddenByStaff: true,
} as const satisfies Prisma.OrganizationSelect;

export type ListingStatus = "LISTED" | "HIDDEN_BY_STAFF" | "NOT_OPTED_IN" | "NOT_PARTNER";

export type ListingFacts = {
  listingOptIn: boolean;
  listingHiddenByStaff: boolean;
  listingDisplayName: string | null;
  /** Whether AAMI approved or registered the organization (lib/authz/partner.ts). */
  partner: boolean;
};

/** Whether a latest submission's status makes its organization an employer partner (null: none submitted yet). */
export const isPartnerStatus = (status: SubmissionStatus | null | undefined) =>
  !!status && APPROVED_STATUSES.includes(status);

/** Staff's decision comes first (it stands whatever the employer does), then the employer's, then AAMI approval. */
export function listingStatus(facts: ListingFacts): ListingStatus {
  if (facts.listingHiddenByStaff) return "HIDDEN_BY_STAFF";
  if (!facts.listingOptIn || !facts.listingDisplayName) return "NOT_OPTED_IN";
  if (!facts.partner) return "NOT_PARTNER";
  return "LISTED";
}

export const LISTING_STATUS_LABEL: Record<ListingStatus, string> = {
  LISTED: "Shown on the home page",
  HIDDEN_BY_STAFF: "Hidden by AAMI staff",
  NOT_OPTED_IN: "Not listed (the organization has not chosen to be listed)",
  NOT_PARTNER: "Not shown until AAMI approves the organization",
};

/** "Madison, WI": how the card and the staff page write a listing's place. */
export const listingPlace = (city: string | null, state: string | null) => [city, state].filter(Boolean).join(", ");

/**
 * Where a listing's logo is served. The stored file's id rides along so a replaced logo has a new address and no
 * browser keeps showing the old one.
 */
export const listingLogoUrl = (organizationId: string, logoFileId: string | null) =>
  logoFileId ? `/api/listings/${organizationId}/logo?v=${logoFileId}` : null;
