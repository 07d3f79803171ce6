import type { Metadata } from "next";
import { partnerPage } from "@/lib/authz/page";
import { listCandidatesForPartner } from "@/lib/candidates/partner/data";
import { parseCandidateFilters } from "@/lib/candidates/partner/filters";
import { describeScope } from "@/lib/candidates/partner/scope";
import type { SearchParams } from "@/lib/lists";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";
import { NotYetPartner } from "@/components/candidates/not-yet-partner";
import { PartnerFiltersForm } from "@/components/candidates/partner-filters-form";
import { PartnerCandidateList } from "@/components/candidates/partner-candidate-list";

export const metadata: Metadata = { title: "Candidates" };

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const partner = await partnerPage("/candidates");
  if (!partner) return <NotYetPartner />;
  const params = await searchParams;
  const filters = parseCandidateFilters(params);
  const list = await listCandidatesForPartner(filters, parsePage(params.page));
  return (
    <PageContainer>
      <PageHeader
        title="Candidates"
        description={`Prospective apprentices who chose to share their profile with AAMI's employer partners. ${partner.org.name} sees ${describeScope(list.scope)}.`}
      />
      <PartnerFiltersForm filters={filters} scope={list.scope} />
      <PartnerCandidateList list={list} filters={filters} />
    </PageContainer>
  );
}
