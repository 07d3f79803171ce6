import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { loadStandardsPage } from "@/lib/program/standards/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { ProgramStandardsPage } from "@/components/standards/program-standards-page";

export const metadata: Metadata = { title: "Program standards" };

export default async function StaffStandardsPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string; published?: string }>;
}) {
  // Every staff member may read the standards; only administrators change them (the actions check it too).
  const { staffRole } = await staffPage("/staff/standards");
  const [data, params] = await Promise.all([loadStandardsPage(), searchParams]);
  return (
    <PageContainer>
      <PageHeader
        title="Program standards"
        description="The standards of AAMI's BMET program as data: the term, probation, ratio, related instruction, the credit cap and the work-process schedule. Agreements are signed under the current version."
      />
      <ProgramStandardsPage
        data={data}
        canEdit={staffRole === "STAFF_ADMIN"}
        notice={params.published ? "published" : params.saved ? "saved" : null}
      />
    </PageContainer>
  );
}
