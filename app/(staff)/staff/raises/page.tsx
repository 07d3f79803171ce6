import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import type { SearchParams } from "@/lib/lists";
import { listOverdueRaises, OVERDUE_RAISES_PAGE_SIZE } from "@/lib/training/raises/due";
import { RAISE_OVERDUE_DAYS } from "@/lib/training/raises/rules";
import { RaisesToActList } from "@/components/training/raise-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage, shownRange } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Raises overdue" };

export default async function StaffOverdueRaisesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("/staff/raises");
  const list = await listOverdueRaises(parsePage((await searchParams).page));
  return (
    <PageContainer>
      <PageHeader
        title="Raises overdue"
        description={`Raises on an employer's wage schedule not recorded more than ${RAISE_OVERDUE_DAYS} days after they fell due. The employer's owners and admins were emailed two weeks before and on the day; follow up with them.`}
      />
      {list.total === 0 ? (
        <EmptyState
          title="No raise is overdue"
          next={`A raise shows here once it goes unrecorded for more than ${RAISE_OVERDUE_DAYS} days after it falls due.`}
        />
      ) : (
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">
            Showing {shownRange(list.page, OVERDUE_RAISES_PAGE_SIZE, list.rows.length)} of {list.total}
          </p>
          <RaisesToActList raises={list.rows} recordPath="/staff/apprentices" caption="Raises overdue" />
          <Pagination page={list.page} pageCount={list.pageCount} basePath="/staff/raises" />
        </div>
      )}
    </PageContainer>
  );
}
