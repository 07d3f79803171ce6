import type { Metadata } from "next";
import Link from "next/link";
import { MANAGER_ROLES } from "@/lib/authz";
import { idParam, loadOr404, orgPage } from "@/lib/authz/page";
import { getMembershipForOrg } from "@/lib/organizations/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { ManageMemberForms } from "@/components/organizations/manage-member-forms";

export const metadata: Metadata = { title: "Manage member" };

export default async function ManageMemberPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const { membershipId: raw } = await params;
  const { org, role } = await orgPage(`/organization/members/${encodeURIComponent(raw)}`, MANAGER_ROLES);
  const membershipId = idParam(raw);
  const membership = await loadOr404(() => getMembershipForOrg(org.id, membershipId));
  return (
    <PageContainer>
      <PageHeader
        title={membership.user.name ?? membership.user.email}
        description={`${membership.user.email} · ${org.name}`}
      />
      <ManageMemberForms membershipId={membership.id} currentRole={membership.role} actorIsOwner={role === "OWNER"} />
      <p className="mt-8">
        <Link className="text-brand-700 font-medium underline" href="/organization/members">
          Back to members
        </Link>
      </p>
    </PageContainer>
  );
}
