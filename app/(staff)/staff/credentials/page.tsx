import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import type { SearchParams } from "@/lib/lists";
import { listCredentialsWaiting } from "@/lib/training/credentials/data";
import { CREDENTIAL_LABELS } from "@/lib/training/credentials/kinds";
import { formatDate } from "@/components/staff/format";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Pagination, parsePage, shownRange } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Credentials to verify" };

export default async function WaitingCredentialsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffPage("/staff/credentials");
  const list = await listCredentialsWaiting(parsePage((await searchParams).page));
  return (
    <PageContainer>
      <PageHeader
        title="Credentials to verify"
        description="Credentials apprentices or their employers entered, with the certificate as evidence, oldest first. Open the apprentice to download the evidence and verify or return each one."
        actions={
          <Link className={buttonClasses("secondary")} href="/staff/apprentices">
            Apprentices for DOL
          </Link>
        }
      />
      {list.total === 0 ? (
        <EmptyState
          title="No credential is waiting for AAMI"
          next="A credential arrives here when an apprentice or their employer enters it on the training record."
        />
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-slate-800">
            Showing {shownRange(list.page, list.pageSize, list.credentials.length)} of {list.total}{" "}
            {list.total === 1 ? "credential" : "credentials"}, longest waiting first.
          </p>
          <DataTable
            caption="Credentials waiting for AAMI"
            columns={["Apprentice", "Employer", "Credential", "Earned", "Entered"]}
          >
            {list.credentials.map((c) => (
              <tr key={c.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4">
                  <Link
                    className="text-brand-700 font-medium underline"
                    href={`/staff/apprentices/${c.apprentice.id}#credentials`}
                  >
                    {c.apprentice.firstName} {c.apprentice.lastName}
                  </Link>
                </td>
                <td className="py-2 pr-4">{c.apprentice.organization.legalName}</td>
                <td className="py-2 pr-4">{CREDENTIAL_LABELS[c.kind]}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatDate(c.earnedOn)}</td>
                <td className="py-2 whitespace-nowrap">{formatDate(c.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={list.page} pageCount={list.pageCount} basePath="/staff/credentials" />
        </div>
      )}
    </PageContainer>
  );
}
