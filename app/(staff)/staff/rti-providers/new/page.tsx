import type { Metadata } from "next";
import Link from "next/link";
import { staffPage } from "@/lib/authz/page";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { RtiProviderForm } from "@/components/staff/rti-provider-form";

export const metadata: Metadata = { title: "Add an RTI provider" };

export default async function NewRtiProviderPage() {
  await staffPage("/staff/rti-providers/new", ["STAFF_ADMIN"]);
  return (
    <PageContainer>
      <PageHeader
        title="Add an RTI provider"
        description="Employers can choose it at step 4 as soon as it is saved."
        actions={
          <Link className="text-brand-700 font-medium underline" href="/staff/rti-providers">
            All providers
          </Link>
        }
      />
      <RtiProviderForm provider={null} />
    </PageContainer>
  );
}
