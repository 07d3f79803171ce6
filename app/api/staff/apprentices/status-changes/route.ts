import { statusChangesFileForStaff } from "@/lib/apprentices/staff/status-changes";
import { csvHeaders } from "@/lib/csv";
import { formOf, handleRoute, requireSameOrigin, seeOther } from "@/lib/http";

/**
 * POST /api/staff/apprentices/status-changes (form fields from, to: YYYY-MM-DD) — the cancellations, completions and
 * transfers for RAPIDS as CSV, for staff administrators. A same-origin POST: the file names apprentices and each download is
 * audited.
 */
export function POST(request: Request) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const form = await formOf(request);
    const file = await statusChangesFileForStaff({ from: form.get("from"), to: form.get("to") ?? undefined });
    // Days it could not read: back to the page, which says so next to the field.
    if (!file) return seeOther("/staff/apprentices?problem=range#status-changes-heading");
    return new Response(file.body, { headers: csvHeaders(file.filename) });
  });
}
