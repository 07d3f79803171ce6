import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { listCandidatesForStaff } from "@/lib/candidates/staff/data";
import { parseCandidateFilters } from "@/lib/candidates/staff/filters";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { CandidateFiltersForm } from "@/components/staff/candidate-filters-form";
import { CandidateExportLink, CandidateList } from "@/components/staff/candidate-list";

export const metadata: Metadata = { title: "Candidates" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function StaffCandidatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("/staff/candidates");
  const params = await searchParams;
  const filters = parseCandidateFilters(params);
  const list = await listCandidatesForStaff(filters);
  return (
    <PageContainer>
      <PageHeader
        title="Candidates"
        description="Everyone who sent the apprentice interest form, newest first. The export has every candidate the filters match, on all pages."
        actions={<CandidateExportLink filters={filters} />}
      />
      {params.deleted === "1" ? (
        <div className="mb-6">
          <Alert tone="success">The candidate is deleted. Only an anonymous count for their region remains.</Alert>
        </div>
      ) : null}
      <CandidateFiltersForm filters={filters} />
      <CandidateList list={list} filters={filters} />
    </PageContainer>
  );
}
