import { notFound } from "@/lib/errors";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";
import { getListingLogo } from "@/lib/listings/data";
import { fileResponse } from "@/lib/storage";

/**
 * Browsers and shared caches may keep a listed logo for five minutes: a logo that is replaced gets a new address
 * (lib/listings/visibility.ts), so this only bounds how long a listing that was hidden keeps its picture somewhere.
 */
const PUBLIC_CACHE = "public, max-age=300";

/**
 * GET /api/listings/:organizationId/logo — an employer's logo while its listing is on the home page; for AAMI staff
 * and the organization's members also before (the preview). Everyone else: 404.
 */
export function GET(_request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  return handleRoute(async () => {
    const { organizationId } = await params;
    if (!isId(organizationId)) throw notFound();
    const logo = await getListingLogo(organizationId);
    return fileResponse(logo.file, "inline", logo.public ? PUBLIC_CACHE : undefined);
  });
}
