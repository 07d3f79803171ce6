import { rapidsFileForStaff } from "@/lib/apprentices/staff-data";
import { csvHeaders } from "@/lib/csv";
import { formOf, handleRoute, requireSameOrigin, seeOther } from "@/lib/http";
import { isId } from "@/lib/ids";

/**
 * POST /api/staff/apprentices/rapids (form fields id=…, id=…) — the RAPIDS upload file of the apprentices ticked on
 * the list, for staff administrators. A POST: the file carries full SSNs and each download writes audit rows.
 */
export function POST(request: Request) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const form = await formOf(request);
    const ids = [...new Set(form.getAll("id").filter((v): v is string => typeof v === "string" && isId(v)))];
    const file = await rapidsFileForStaff(ids);
    // Nothing (or too much) ticked: back to the list, which says so next to the button.
    if ("problem" in file) return seeOther(`/staff/apprentices?problem=${file.problem}`);
    const today = new Date().toISOString().slice(0, 10);
    return new Response(file.csv, { headers: csvHeaders(`rapids-apprentices-${today}.csv`) });
  });
}
