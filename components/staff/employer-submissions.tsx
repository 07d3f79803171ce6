import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import type { EmployerForStaff } from "@/lib/staff/employers";
import { formatDate } from "@/components/staff/format";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";

export function EmployerSubmissions({ submissions }: { submissions: EmployerForStaff["organization"]["submissions"] }) {
  return (
    <Section id="submissions" title="Submissions">
      {submissions.length === 0 ? (
        <EmptyState
          title="Nothing submitted yet"
          next={`${SUBMISSION_MESSAGES.staffNext.NOT_SUBMITTED} Their submissions appear here, each version, once they send step 7.`}
        />
      ) : (
        <>
          <p className="mb-3 text-slate-800">Latest version: {SUBMISSION_MESSAGES.staffNext[submissions[0]!.status]}</p>
          <DataTable
            caption="Submissions, newest version first"
            columns={["Version", "Status", "Submitted", "Decided"]}
          >
            {submissions.map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="py-2 pr-4">
                  <Link className="text-brand-700 font-medium underline" href={`/staff/submissions/${s.id}`}>
                    Version {s.version}
                  </Link>
                </td>
                <td className="py-2 pr-4">{SUBMISSION_MESSAGES.label[s.status]}</td>
                <td className="py-2 pr-4">{formatDate(s.submittedAt)}</td>
                <td className="py-2">{s.decidedAt ? formatDate(s.decidedAt) : "Not yet"}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </Section>
  );
}
