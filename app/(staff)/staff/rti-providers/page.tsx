import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import { listRtiProvidersForStaff } from "@/lib/rti-providers/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { RtiProviderList } from "@/components/staff/rti-provider-list";

export const metadata: Metadata = { title: "RTI providers" };

export default async function RtiProvidersPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string | string[] }>;
}) {
  const { staffRole } = await staffPage("/staff/rti-providers");
  const [providers, { saved }] = await Promise.all([listRtiProvidersForStaff(), searchParams]);
  const canManage = staffRole === "STAFF_ADMIN";
  const waiting = providers.filter((p) => p.status === "PROPOSED").length;
  return (
    <PageContainer>
      <PageHeader
        title="Related-instruction (RTI) providers"
        description="The colleges and trainers employers choose at step 4 and name for each apprentice; the RAPIDS workbook's RTI Providers tab. Employers propose a provider that is missing; staff check and confirm it before the RAPIDS file can list it."
        actions={
          canManage ? (
            <Link className="text-brand-700 font-medium underline" href="/staff/rti-providers/new">
              Add a provider
            </Link>
          ) : null
        }
      />
      <div className="flex flex-col gap-4">
        {saved === "1" ? <Alert tone="success">Saved.</Alert> : null}
        {waiting > 0 ? (
          <Alert tone="warning">
            {waiting} proposed provider{waiting === 1 ? " waits" : "s wait"} for a check. Apprentices who study there
            cannot go into the RAPIDS file until it is confirmed.
          </Alert>
        ) : null}
        <RtiProviderList providers={providers} canManage={canManage} />
      </div>
    </PageContainer>
  );
}
