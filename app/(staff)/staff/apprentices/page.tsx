import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import { countRegistrationsWaiting } from "@/lib/apprentices/registration/data";
import { RAPIDS_ROLES, listApprenticesForDol, parseDolSearch, type ExportProblem } from "@/lib/apprentices/staff/data";
import { countCredentialsWaiting } from "@/lib/training/credentials/data";
import { firstParam, type SearchParams } from "@/lib/lists";
import { isoDay } from "@/lib/training/weeks";
import { ApprenticeExportList } from "@/components/staff/apprentice-export-list";
import { DolSearchForm } from "@/components/staff/dol-search-form";
import { StatusChangesDownload } from "@/components/staff/status-changes-download";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Apprentices for DOL" };

const PROBLEMS: readonly ExportProblem[] = ["none", "too-many"];

export default async function StaffApprenticesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { staffRole } = await staffPage("/staff/apprentices");
  const params = await searchParams;
  const page = Math.max(1, Math.min(100_000, Number.parseInt(firstParam(params.page), 10) || 1));
  const today = new Date();
  const problem = PROBLEMS.find((p) => p === firstParam(params.problem)) ?? null;
  const [list, waiting, credentials] = await Promise.all([
    listApprenticesForDol(parseDolSearch(params), page),
    countRegistrationsWaiting(),
    countCredentialsWaiting(),
  ]);
  return (
    <PageContainer>
      <PageHeader
        title="Apprentices for DOL"
        description="Apprentices AAMI approved for DOL registration, and those registered, for the RAPIDS bulk upload. Tick the ones to upload and download their file; then record each one's RAPIDS apprentice ID."
        actions={
          <>
            <Link className={buttonClasses("secondary")} href="/staff/queue/apprentices">
              Registrations to review: {waiting}
            </Link>
            <Link className={buttonClasses("secondary")} href="/staff/credentials">
              Credentials to verify: {credentials}
            </Link>
            <Link className={buttonClasses("secondary")} href="/staff/raises">
              Raises overdue
            </Link>
          </>
        }
      />
      <DolSearchForm search={list.search} />
      <ApprenticeExportList list={list} problem={problem} canDownload={RAPIDS_ROLES.includes(staffRole)} />
      <StatusChangesDownload
        canDownload={RAPIDS_ROLES.includes(staffRole)}
        defaultFrom={isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)))}
        defaultTo={isoDay(today)}
        rangeRefused={firstParam(params.problem) === "range"}
      />
    </PageContainer>
  );
}
