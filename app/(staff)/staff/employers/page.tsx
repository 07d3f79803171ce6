import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { listEmployers } from "@/lib/staff/employers";
import { parseEmployerFilters } from "@/lib/staff/employer-filters";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";
import { EmployerSearchForm } from "@/components/staff/employer-search-form";
import { EmployerList } from "@/components/staff/employer-list";

export const metadata: Metadata = { title: "Employers" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function StaffEmployersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("/staff/employers");
  const params = await searchParams;
  const filters = parseEmployerFilters(params);
  const list = await listEmployers(filters, parsePage(params.page));
  return (
    <PageContainer>
      <PageHeader
        title="Employers"
        description="Every employer organization, newest first, with its checklist progress and latest submission."
      />
      <EmployerSearchForm filters={filters} />
      <EmployerList list={list} filters={filters} />
    </PageContainer>
  );
}
