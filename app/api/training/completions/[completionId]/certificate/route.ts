import { requireCredentialAccess } from "@/lib/authz/training";
import { readAamiCertificate } from "@/lib/training/certificates/data";
import { completionFileDownload } from "@/lib/training/certificates/download";

/**
 * POST /api/training/completions/:completionId/certificate — AAMI's certificate of a verified completion, for whoever
 * may see the apprentice's training and for AAMI staff (lib/authz/training), as a download. A POST from the portal's
 * pages: each download is recorded in the audit trail.
 */
export function POST(request: Request, { params }: { params: Promise<{ completionId: string }> }) {
  return completionFileDownload(request, params, requireCredentialAccess, readAamiCertificate);
}
