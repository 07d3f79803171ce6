import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { businessDaysBetween } from "@/lib/review/business-days";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import type { QueueRow } from "@/lib/review/queue";
import { regionName } from "@/lib/regions";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const WAITING: QueueRow["status"][] = ["SUBMITTED", "IN_REVIEW"];

export function QueueTable({ rows, now, targetDays }: { rows: QueueRow[]; now: Date; targetDays: number }) {
  return (
    <DataTable
      caption="Submissions in the review queue"
      columns={["Organization", "Location", "Version", "Status", "Submitted", "Waiting", "Reviewer"]}
    >
      {rows.map((row) => {
        const waited = businessDaysBetween(row.submittedAt, now);
        const overdue = WAITING.includes(row.status) && waited > targetDays;
        return (
          <tr key={row.id} className={`border-b border-slate-200 align-top ${overdue ? "bg-amber-50" : ""}`}>
            <td className="py-2 pr-4">
              <Link className="text-brand-700 font-medium underline" href={`/staff/submissions/${row.id}`}>
                {row.legalName}
              </Link>
            </td>
            <td className="py-2 pr-4">
              {row.city}, {row.state}
              <span className="block text-slate-700">{regionName(row.region)}</span>
            </td>
            <td className="py-2 pr-4">{row.version}</td>
            <td className="py-2 pr-4">{SUBMISSION_MESSAGES.label[row.status]}</td>
            <td className="py-2 pr-4">{date.format(row.submittedAt)}</td>
            <td className="py-2 pr-4">
              {waited} business day{waited === 1 ? "" : "s"}
              {overdue ? (
                <span className="mt-1 block w-fit rounded-full bg-amber-200 px-2 py-0.5 text-xs font-semibold text-amber-950">
                  Over the {targetDays}-day target
                </span>
              ) : null}
            </td>
            <td className="py-2 pr-4">{row.reviewerName ?? "Not claimed"}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
