import { requireDolCertificateAccess } from "@/lib/authz/training";
import { readDolCertificate } from "@/lib/training/certificates/data";
import { completionFileDownload } from "@/lib/training/certificates/download";

/**
 * POST /api/training/completions/:completionId/dol-certificate — DOL's Certificate of Completion of Apprenticeship,
 * once AAMI staff uploaded it, for the apprentice, their organization's members and AAMI staff
 * (lib/authz/training), as a download. A POST from the portal's pages: each download is recorded in the audit trail.
 */
export function POST(request: Request, { params }: { params: Promise<{ completionId: string }> }) {
  return completionFileDownload(request, params, requireDolCertificateAccess, readDolCertificate);
}
