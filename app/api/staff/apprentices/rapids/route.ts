import { rapidsDownload } from "@/lib/apprentices/staff/rapids-download";

/**
 * POST /api/staff/apprentices/rapids (form fields id=…, id=…) — the RAPIDS upload's Apprentice tab as CSV, of the
 * apprentices ticked on the list, for staff administrators.
 */
export function POST(request: Request) {
  return rapidsDownload(request, "csv");
}
