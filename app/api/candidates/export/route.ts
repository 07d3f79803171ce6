import { exportCandidatesForPartner } from "@/lib/candidates/partner-data";
import { parseCandidateFilters } from "@/lib/candidates/partner-filters";
import { csvHeaders } from "@/lib/csv";
import { handleRoute } from "@/lib/http";

/** GET /api/candidates/export?<list filters> — the candidates an employer partner sees, as CSV; each one logged. */
export function GET(request: Request) {
  return handleRoute(async () => {
    const query = new URL(request.url).searchParams;
    const filters = parseCandidateFilters(Object.fromEntries(query.entries()));
    const csv = await exportCandidatesForPartner(filters);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, { headers: csvHeaders(`bmet-candidates-${day}.csv`) });
  });
}
