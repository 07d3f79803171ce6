import "server-only";
import { rapidsFileForStaff, type RapidsFormat } from "@/lib/apprentices/staff/data";
import { csvHeaders } from "@/lib/csv";
import { formOf, handleRoute, requireSameOrigin, seeOther } from "@/lib/http";
import { isId } from "@/lib/ids";
import { XLSX_CONTENT_TYPE } from "@/lib/rapids/workbook";

/**
 * The staff download of the RAPIDS file (form fields id=…, id=…), as the whole workbook or the Apprentice tab's CSV.
 * A same-origin POST: the file carries full SSNs and each download writes audit rows.
 */
export function rapidsDownload(request: Request, format: RapidsFormat) {
  return handleRoute(async () => {
    requireSameOrigin(request);
    const form = await formOf(request);
    const ids = [...new Set(form.getAll("id").filter((v): v is string => typeof v === "string" && isId(v)))];
    const file = await rapidsFileForStaff(ids, format);
    // Nothing (or too much) ticked: back to the list, which says so next to the buttons.
    if ("problem" in file) return seeOther(`/staff/apprentices?problem=${file.problem}`);
    const name = `rapids-apprentices-${new Date().toISOString().slice(0, 10)}`;
    const headers =
      format === "xlsx"
        ? {
            ...csvHeaders(`${name}.xlsx`),
            "content-type": XLSX_CONTENT_TYPE,
          }
        : csvHeaders(`${name}.csv`);
    return new Response(file.body, { headers });
  });
}
