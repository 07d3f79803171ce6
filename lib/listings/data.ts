import "server-only";
import { Prisma } from "@prisma/client";
import { requireStaffOrOrg } from "@/lib/authz";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { LISTING_FIELDS, listingLogoUrl } from "@/lib/listings/visibility";
import { APPROVED_STATUSES } from "@/lib/review/transitions";
import { readStoredFile } from "@/lib/storage";

/**
 * The home page's rule, in SQL over `"Organization" o`: the organization chose to be listed with a name, AAMI staff
 * have not hidden it, and its latest submission (highest version, on the (organizationId, version) unique index) is
 * approved or registered — the rule of lib/authz/partner.ts. lib/listings/visibility.ts says the same in words.
 */
const PUBLICLY_LISTED = Prisma.sql`
  o."listingOptIn" AND NOT o."listingHiddenByStaff" AND o."listingDisplayName" IS NOT NULL
  AND (SELECT s."status"::text FROM "Submission" s WHERE s."organizationId" = o."id" ORDER BY s."version" DESC LIMIT 1)
      IN (${Prisma.join(APPROVED_STATUSES)})`;

export type PublicListing = {
  id: string;
  displayName: string;
  city: string | null;
  state: string | null;
  logoUrl: string | null;
};

/**
 * Every listing on the home page, by display name (ignoring case): one query. There is no index on the opt-in, as
 * Organization holds thousands of rows at most and the scan stops being the cost long before that matters.
 */
export async function listPublicListings(): Promise<PublicListing[]> {
  const rows = await db.$queryRaw<Array<Omit<PublicListing, "logoUrl"> & { logoFileId: string | null }>>`
    SELECT o."id", o."listingDisplayName" AS "displayName", o."listingCity" AS "city", o."listingState" AS "state",
           o."listingLogoFileId" AS "logoFileId"
      FROM "Organization" o
     WHERE ${PUBLICLY_LISTED}
     ORDER BY lower(o."listingDisplayName"), o."id"`;
  return rows.map(({ logoFileId, ...row }) => ({ ...row, logoUrl: listingLogoUrl(row.id, logoFileId) }));
}

/** The organization's listing as its own members see it on /organization/listing, with its legal name and place. */
export async function getListingSettings(organizationId: string) {
  const organization = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      legalName: true,
      dbaName: true,
      city: true,
      state: true,
      ...LISTING_FIELDS,
    },
  });
  if (!organization) throw notFound();
  return { ...organization, logoUrl: listingLogoUrl(organizationId, organization.listingLogoFileId) };
}

export type ListingSettings = Awaited<ReturnType<typeof getListingSettings>>;

/** Whether the caller is AAMI staff or works in this organization: they see its logo before it is public. */
async function mayPreview(organizationId: string) {
  try {
    const { organizationId: own } = await requireStaffOrOrg();
    return own === null || own === organizationId;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * A listing's logo. Anyone may have it while the listing is on the home page (and shared caches may keep it a
 * while); otherwise only staff and the organization's own members (the preview), and everyone else is told "not
 * found", so a hidden or unlisted organization's logo is not reachable by its id.
 */
export async function getListingLogo(organizationId: string) {
  const [row] = await db.$queryRaw<Array<{ logoFileId: string | null; listed: boolean }>>`
    SELECT o."listingLogoFileId" AS "logoFileId", (${PUBLICLY_LISTED}) AS "listed"
      FROM "Organization" o
     WHERE o."id" = ${organizationId}`;
  if (!row?.logoFileId) throw notFound();
  if (!row.listed && !(await mayPreview(organizationId))) throw notFound();
  return { file: await readStoredFile(db, row.logoFileId), public: row.listed };
}
