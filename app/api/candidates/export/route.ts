import { exportCandidatesForPartner } from "@/lib/candidates/partner/data";
import { parseCandidateFilters } from "@/lib/candidates/partner/filters";
import { csvHeaders } from "@/lib/csv";
import { formOf, handleRoute, requireSameOrigin } from "@/lib/http";

/**
 * POST /api/candidates/export (the list's filters as form fields) — the candidates an employer partner sees, as CSV.
 * A POST from the list's own form: every exported candidate is a logged view, and a GET must not write.
 */
export function POST(request: Request) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const form = await formOf(request);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : undefined;
    };
    const filters = parseCandidateFilters({
      q: field("q"),
      region: field("region"),
      situation: field("situation"),
      education: field("education"),
      experience: field("experience"),
      relocate: field("relocate"),
    });
    const csv = await exportCandidatesForPartner(filters);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, { headers: csvHeaders(`bmet-candidates-${day}.csv`) });
  });
}
