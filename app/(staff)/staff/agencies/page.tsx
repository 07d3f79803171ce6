import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { listRegistrationAgencies } from "@/lib/agencies/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { AgencyList } from "@/components/agencies/agency-list";

export const metadata: Metadata = { title: "Registration Agencies" };

export default async function AgenciesPage() {
  const { staffRole } = await staffPage("/staff/agencies");
  const agencies = await listRegistrationAgencies();
  const toConfirm = agencies.filter((a) => a.toConfirm).length;
  return (
    <PageContainer>
      <PageHeader
        title="Registration Agencies"
        description="The agency AAMI files each employer's acceptance agreement with: the Office of Apprenticeship (OA), or the state's State Apprenticeship Agency (SAA). Agreements, packets and emails name the agency for the employer's state."
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-700">
        {toConfirm > 0
          ? `${toConfirm} entries are marked "To confirm": check them against DOL's map of OA and SAA states (their source) and save them. `
          : null}
        Entries without a contact say so on the documents until one is recorded.
        {staffRole === "STAFF_ADMIN" ? null : " Staff administrators can correct entries."}
      </p>
      <AgencyList agencies={agencies} canCorrect={staffRole === "STAFF_ADMIN"} />
    </PageContainer>
  );
}
