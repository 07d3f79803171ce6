import { exportCandidatesForStaff } from "@/lib/candidates/staff/data";
import { CANDIDATE_CSV_HEADER } from "@/lib/candidates/staff/export";
import { parseCandidateFilters } from "@/lib/candidates/staff/filters";
import { csvHeaders, csvStream } from "@/lib/csv";
import { handleRoute } from "@/lib/http";

/** GET /api/staff/candidates/export?… — the staff candidate list as CSV, with the same filters as the page. */
export function GET(request: Request) {
  return handleRoute(async () => {
    const filters = parseCandidateFilters(new URL(request.url).searchParams);
    const batches = await exportCandidatesForStaff(filters);
    const today = new Date().toISOString().slice(0, 10);
    return new Response(csvStream(CANDIDATE_CSV_HEADER, batches), { headers: csvHeaders(`candidates-${today}.csv`) });
  });
}
