import { csvHeaders, csvText } from "@/lib/csv";
import { getProgramFigures } from "@/lib/training/figures/data";
import { EMPLOYER_FIGURES_CSV_HEADER, employerFiguresCsvRow } from "@/lib/training/figures/figures";
import { handleRoute } from "@/lib/http";

/**
 * GET /api/staff/training/employers — the training figures per employer as CSV, the table of /staff/training
 * whole. Counts and hours, no personal data, and it writes nothing: a GET, like the staff candidate export.
 */
export function GET() {
  return handleRoute(async () => {
    const { value } = await getProgramFigures();
    const today = new Date().toISOString().slice(0, 10);
    return new Response(csvText(EMPLOYER_FIGURES_CSV_HEADER, value.employers.map(employerFiguresCsvRow)), {
      headers: csvHeaders(`training-figures-by-employer-${today}.csv`),
    });
  });
}
