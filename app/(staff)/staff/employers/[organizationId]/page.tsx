import type { Metadata } from "next";
import Link from "next/link";
import { idParam, loadOr404, staffPage } from "@/lib/authz/page";
import { getEmployerForStaff, listAuditTrail } from "@/lib/staff/employers";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";
import { ChecklistOverview } from "@/components/onboarding/checklist-overview";
import { AuditTrail } from "@/components/staff/audit-trail";
import { EmployerClaims } from "@/components/staff/employer-claims";
import { EmployerPeople } from "@/components/staff/employer-people";
import { EmployerListing } from "@/components/staff/employer-listing";
import { EmployerRapids } from "@/components/staff/employer-rapids";
import { EmployerRegistration } from "@/components/staff/employer-registration";
import { EmployerSubmissions } from "@/components/staff/employer-submissions";
import { Section } from "@/components/ui/section";
import { employerSummary } from "@/components/staff/employer-summary";

export const metadata: Metadata = { title: "Employer" };

export default async function StaffEmployerPage({
  params,
  searchParams,
}: {
  params: Promise<{ organizationId: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
}) {
  const { organizationId: raw } = await params;
  const basePath = `/staff/employers/${encodeURIComponent(raw)}`;
  const { staffRole } = await staffPage(basePath);
  const organizationId = idParam(raw);
  const [{ organization, checklist }, trail] = await Promise.all([
    loadOr404(() => getEmployerForStaff(organizationId)),
    listAuditTrail(organizationId, parsePage((await searchParams).page)),
  ]);
  return (
    <PageContainer>
      <PageHeader
        title={organization.legalName}
        description={employerSummary(organization)}
        actions={
          <Link className="text-brand-700 font-medium underline" href="/staff/employers">
            All employers
          </Link>
        }
      />
      <div className="flex flex-col gap-8">
        <EmployerPeople organization={organization} />
        <EmployerClaims claims={organization.claims} />
        <Section id="progress" title="Checklist progress">
          <ChecklistOverview checklist={checklist} readOnly headingLevel={3} />
        </Section>
        <EmployerSubmissions submissions={organization.submissions} />
        <EmployerRegistration organization={organization} />
        <EmployerRapids organization={organization} canEdit={staffRole === "STAFF_ADMIN"} />
        <EmployerListing organization={organization} canHide={staffRole === "STAFF_ADMIN"} />
        <AuditTrail trail={trail} basePath={basePath} />
      </div>
    </PageContainer>
  );
}
