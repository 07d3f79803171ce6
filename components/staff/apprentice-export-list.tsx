import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { formatDate } from "@/components/staff/format";
import { maskedSsn } from "@/lib/crypto/ssn";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import type { DolApprenticeList, ExportProblem } from "@/lib/apprentices/staff/data";
import { MAX_EXPORT } from "@/lib/apprentices/staff/data";
import { EmptyState } from "@/components/ui/empty-state";

const PROBLEMS: Record<ExportProblem, string> = {
  none: "Tick at least one apprentice to put in the file.",
  "too-many": `Choose at most ${MAX_EXPORT} apprentices for one file.`,
};

/**
 * The apprentices that go to DOL. Staff administrators tick the ones to upload and the form POSTs them to the
 * download route (a plain form, so it works without JavaScript; a POST because the file holds full SSNs and each
 * download is recorded). Reviewers see the list and why they cannot take the file.
 */
export function ApprenticeExportList({
  list,
  problem,
  canDownload,
}: {
  list: DolApprenticeList;
  problem: ExportProblem | null;
  canDownload: boolean;
}) {
  if (list.total === 0 && list.search) {
    return (
      <EmptyState
        title={`No apprentice for DOL matches “${list.search}”`}
        next="Check the spelling, search by the employer's name instead, or clear the search to see every apprentice."
      />
    );
  }
  if (list.total === 0) {
    return (
      <EmptyState
        title="No apprentice is approved for DOL registration yet"
        next="Apprentices appear here for the RAPIDS upload once AAMI approves their registration in the review queue."
      />
    );
  }
  const first = (list.page - 1) * list.pageSize + 1;
  const table = (
    <>
      <p className="text-slate-800">
        Showing {first}–{first + list.apprentices.length - 1} of {list.total}{" "}
        {list.total === 1 ? "apprentice" : "apprentices"}
        {list.search ? ` matching “${list.search}”` : ""}, earliest start first.
      </p>
      <DataTable
        caption="Apprentices for DOL registration"
        columns={[...(canDownload ? ["Include"] : []), "Apprentice", "Employer", "Starts", "Status", "SSN"]}
      >
        {list.apprentices.map((a) => (
          <tr key={a.id} className="border-b border-slate-200 align-top">
            {canDownload ? (
              <td className="py-2 pr-4">
                <input
                  id={`apprentice-${a.id}`}
                  type="checkbox"
                  name="id"
                  value={a.id}
                  className="h-4 w-4 rounded border-slate-500"
                />
              </td>
            ) : null}
            <td className="py-2 pr-4">
              {canDownload ? (
                <label htmlFor={`apprentice-${a.id}`}>
                  {a.firstName} {a.lastName}
                </label>
              ) : (
                <span>
                  {a.firstName} {a.lastName}
                </span>
              )}
              {a.rapidsApprenticeId ? (
                <span className="block text-slate-700">RAPIDS ID {a.rapidsApprenticeId}</span>
              ) : (
                <Link className="text-brand-700 block underline" href={`/staff/apprentices/${a.id}`}>
                  Record the RAPIDS ID
                  <span className="sr-only">
                    {" "}
                    of {a.firstName} {a.lastName}
                  </span>
                </Link>
              )}
            </td>
            <td className="py-2 pr-4">{a.organization.legalName}</td>
            <td className="py-2 pr-4 whitespace-nowrap">{formatDate(a.startDate)}</td>
            <td className="py-2 pr-4">
              {a.status === "APPROVED" || a.status === "REGISTERED"
                ? APPRENTICE_MESSAGES.staffDolList[a.status]
                : APPRENTICE_MESSAGES.label[a.status]}
            </td>
            <td className="py-2">{maskedSsn(a.ssnLast4)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
  const pagination = (
    <Pagination
      page={list.page}
      pageCount={list.pageCount}
      basePath="/staff/apprentices"
      params={list.search ? { name: list.search } : {}}
    />
  );
  if (!canDownload) {
    return (
      <div className="flex flex-col gap-4">
        {table}
        <Alert tone="info">
          Only AAMI staff administrators can download the RAPIDS file, because it holds the apprentices&apos; full
          Social Security numbers. Ask a staff administrator to download it for the upload.
        </Alert>
        {pagination}
      </div>
    );
  }
  return (
    <form action="/api/staff/apprentices/rapids" method="post" className="flex flex-col gap-4">
      {/* The list as it is shown, so a refusal ("nothing ticked") comes back to it rather than to page 1. */}
      {list.search ? <input type="hidden" name="name" value={list.search} /> : null}
      {list.page > 1 ? <input type="hidden" name="page" value={list.page} /> : null}
      {table}
      <div className="flex flex-col gap-2">
        {problem ? <Alert tone="error">{PROBLEMS[problem]}</Alert> : null}
        <p className="text-sm text-slate-700">
          The workbook is DOL&apos;s RAPIDS bulk upload with every tab: Apprentice, and the Employer, Occupation, RTI
          Providers and Wage Schedules rows its identifiers name (RAPIDS ids where recorded, portal ids starting PORTAL-
          otherwise). The CSV is the Apprentice tab alone. Both hold full Social Security numbers: keep them only as
          long as the upload takes. Every download is recorded in each apprentice&apos;s audit trail.
        </p>
        <div className="flex flex-wrap gap-3">
          {/* formAction: the same ticked rows go to the workbook's route; a plain form, so no script is needed. */}
          <button type="submit" formAction="/api/staff/apprentices/rapids/workbook" className={buttonClasses()}>
            Download RAPIDS workbook (.xlsx) of the ticked apprentices
          </button>
          <button type="submit" className={buttonClasses("secondary")}>
            Download the Apprentice tab only (.csv)
          </button>
        </div>
      </div>
      {pagination}
    </form>
  );
}
