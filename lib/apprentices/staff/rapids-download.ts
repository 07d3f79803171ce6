import "server-only";
import { parseDolSearch, rapidsFileForStaff, type RapidsFormat } from "@/lib/apprentices/staff/data";
import { csvHeaders } from "@/lib/csv";
import { formOf, handleRoute, requireSameOrigin, seeOther } from "@/lib/http";
import { isId } from "@/lib/ids";
import { XLSX_CONTENT_TYPE } from "@/lib/rapids/workbook";

/** The list's search and page, as the form carried them, with the problem to show. */
function listParams(form: FormData, problem: string) {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const name = parseDolSearch({ name: field("name") });
  const page = Math.min(100_000, Number.parseInt(field("page") ?? "", 10) || 1);
  return new URLSearchParams({ ...(name ? { name } : {}), ...(page > 1 ? { page: String(page) } : {}), problem });
}

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
    // Nothing (or too much) ticked: back to the list as it was (its search and page), which says so by the buttons.
    if ("problem" in file) return seeOther(`/staff/apprentices?${listParams(form, file.problem)}`);
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
