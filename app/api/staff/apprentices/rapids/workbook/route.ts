import { rapidsDownload } from "@/lib/apprentices/staff/rapids-download";

/**
 * POST /api/staff/apprentices/rapids/workbook (form fields id=…, id=…) — the whole RAPIDS bulk-upload workbook
 * (.xlsx: Apprentice, Employer, Occupation, RTI Providers, Wage Schedules) of the ticked apprentices, for staff
 * administrators.
 */
export function POST(request: Request) {
  return rapidsDownload(request, "xlsx");
}
