import { redirect } from "next/navigation";
import { rapidsFileForStaff } from "@/lib/apprentices/staff-data";
import { csvHeaders } from "@/lib/csv";
import { handleRoute } from "@/lib/http";
import { isId } from "@/lib/ids";

/** GET /api/staff/apprentices/rapids?id=…&id=… — the RAPIDS upload file of the apprentices ticked on the list. */
export function GET(request: Request) {
  return handleRoute(async () => {
    const ids = [...new Set(new URL(request.url).searchParams.getAll("id").filter(isId))];
    const file = await rapidsFileForStaff(ids);
    // Nothing (or too much) ticked: back to the list, which says so next to the button.
    if ("problem" in file) redirect(`/staff/apprentices?problem=${file.problem}`);
    const today = new Date().toISOString().slice(0, 10);
    return new Response(file.csv, { headers: csvHeaders(`rapids-apprentices-${today}.csv`) });
  });
}
