import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { STEPS } from "@/lib/program";
import { SUBMISSION_STATUS_LABEL } from "@/lib/review/labels";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import { listOrganizationsForStaff, submissionCountsByStatus } from "@/lib/staff/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage } from "@/components/ui/pagination";
import { SubmissionCounts } from "@/components/staff/submission-counts";

export const metadata: Metadata = { title: "Staff home" };

export default async function StaffHomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { user } = await staffPage("/staff");
  const page = parsePage((await searchParams).page);
  const [counts, list] = await Promise.all([submissionCountsByStatus(), listOrganizationsForStaff(page)]);
  return (
    <PageContainer>
      <PageHeader
        title="Staff home"
        description={`Signed in as ${user.name ?? user.email}. Every employer organization, newest first.`}
      />
      <SubmissionCounts counts={counts} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">Organizations ({list.total})</h2>
      {list.organizations.length === 0 ? (
        <p className="text-slate-700">
          No employer has started onboarding yet. Organizations appear here as soon as they complete step 1.
        </p>
      ) : (
        <DataTable
          caption="Employer organizations"
          columns={["Organization", "Location", "Steps complete", "Latest submission"]}
        >
          {list.organizations.map((o) => (
            <tr key={o.id} className="border-b border-slate-200">
              <td className="py-2 pr-4">
                <Link className="text-brand-700 font-medium underline" href={`/staff/employers/${o.id}`}>
                  {o.legalName}
                </Link>
              </td>
              <td className="py-2 pr-4">
                {o.city}, {o.state}
              </td>
              <td className="py-2 pr-4">
                {o._count.steps} of {STEPS.length}
              </td>
              <td className="py-2">
                {o.submissions[0]
                  ? `v${o.submissions[0].version}, ${SUBMISSION_STATUS_LABEL[o.submissions[0].status].toLowerCase()}`
                  : "None yet"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/staff" />
    </PageContainer>
  );
}
