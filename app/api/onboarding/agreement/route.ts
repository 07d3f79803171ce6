import { requireOrg } from "@/lib/authz";
import { handleRoute } from "@/lib/http";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { fileResponse } from "@/lib/storage";

/** GET /api/onboarding/agreement[?download] — the unsigned Employer Agreement as the organization's data stands. */
export function GET(request: Request) {
  return handleRoute(async () => {
    const { org } = await requireOrg();
    const { bytes } = await buildUnsignedAgreement(org.id);
    const disposition = new URL(request.url).searchParams.has("download") ? "attachment" : "inline";
    return fileResponse({ filename: "employer-agreement.pdf", contentType: "application/pdf", bytes }, disposition);
  });
}
