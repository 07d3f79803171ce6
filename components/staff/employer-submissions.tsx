import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { SUBMISSION_STATUS_LABEL } from "@/lib/review/labels";
import type { EmployerForStaff } from "@/lib/staff/employers";
import { formatDate } from "@/components/staff/format";
import { Section } from "@/components/staff/section";

export function EmployerSubmissions({ submissions }: { submissions: EmployerForStaff["organization"]["submissions"] }) {
  return (
    <Section id="submissions" title="Submissions">
      {submissions.length === 0 ? (
        <p className="text-slate-700">
          Nothing submitted yet. Submissions appear here once the employer completes step 7.
        </p>
      ) : (
        <DataTable caption="Submissions, newest version first" columns={["Version", "Status", "Submitted", "Decided"]}>
          {submissions.map((s) => (
            <tr key={s.id} className="border-b border-slate-200">
              <td className="py-2 pr-4">
                <Link className="text-brand-700 font-medium underline" href={`/staff/submissions/${s.id}`}>
                  Version {s.version}
                </Link>
              </td>
              <td className="py-2 pr-4">{SUBMISSION_STATUS_LABEL[s.status]}</td>
              <td className="py-2 pr-4">{formatDate(s.submittedAt)}</td>
              <td className="py-2">{s.decidedAt ? formatDate(s.decidedAt) : "Not yet"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
