import type { Metadata } from "next";
import Link from "next/link";
import { idParam, loadOr404, staffPage } from "@/lib/authz/page";
import { getRtiProviderForStaff } from "@/lib/rti-providers/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { RtiProviderForm } from "@/components/staff/rti-provider-form";

export const metadata: Metadata = { title: "RTI provider" };

export default async function RtiProviderPage({ params }: { params: Promise<{ providerId: string }> }) {
  const { providerId: raw } = await params;
  await staffPage(`/staff/rti-providers/${encodeURIComponent(raw)}`, ["STAFF_ADMIN"]);
  const provider = await loadOr404(() => getRtiProviderForStaff(idParam(raw)));
  const { fundingPlans, apprentices } = provider._count;
  return (
    <PageContainer>
      <PageHeader
        title={provider.name}
        description={`Named by ${fundingPlans} funding plan${fundingPlans === 1 ? "" : "s"} and ${apprentices} apprentice${apprentices === 1 ? "" : "s"}.`}
        actions={
          <Link className="text-brand-700 font-medium underline" href="/staff/rti-providers">
            All providers
          </Link>
        }
      />
      <div className="flex flex-col gap-4">
        {provider.status === "PROPOSED" ? (
          <Alert tone="warning">
            Proposed{provider.proposedBy ? ` by ${provider.proposedBy.legalName}` : ""} and not checked yet. Check the
            name and contact with the provider, add its address, and save: saving confirms it.
          </Alert>
        ) : null}
        {fundingPlans > 0 ? (
          <p className="max-w-3xl text-sm text-slate-700">
            Employers&apos; agreements name this provider: a change to its name, type or contact is what their agreement
            says from then on, so an employer who then changes steps 3 to 6, or submits, signs it again.
          </p>
        ) : null}
        <RtiProviderForm provider={provider} />
      </div>
    </PageContainer>
  );
}
