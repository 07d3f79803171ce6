import type { Metadata } from "next";
import Link from "next/link";
import { loadOr404, staffPage } from "@/lib/authz/page";
import { registrationAgencyFor } from "@/lib/agencies/data";
import { stateName } from "@/lib/us-states";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { CorrectAgencyForm } from "@/components/agencies/correct-agency-form";

export const metadata: Metadata = { title: "Correct a Registration Agency" };

export default async function CorrectAgencyPage({ params }: { params: Promise<{ state: string }> }) {
  const { state } = await params;
  await staffPage(`/staff/agencies/${encodeURIComponent(state)}`, ["STAFF_ADMIN"]);
  const agency = await loadOr404(() => registrationAgencyFor(state));
  return (
    <PageContainer>
      <PageHeader
        title={`Registration Agency for ${stateName(agency.state)}`}
        description="Your correction replaces this entry for every document built from now on. Agreements already signed and packets already built keep what they said."
      />
      <p className="mb-6 text-sm">
        <Link href="/staff/agencies" className="text-brand-700 underline">
          Back to every state
        </Link>
      </p>
      <CorrectAgencyForm agency={agency} />
    </PageContainer>
  );
}
