import type { Metadata } from "next";
import { MANAGER_ROLES } from "@/lib/authz";
import { orgPage } from "@/lib/authz/page";
import { listMembers } from "@/lib/organizations/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { MemberList } from "@/components/organizations/member-list";
import { InviteMemberForm } from "@/components/organizations/invite-member-form";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const { org, role } = await orgPage("/organization/members");
  const members = await listMembers(org.id);
  const canManage = MANAGER_ROLES.includes(role);
  return (
    <PageContainer>
      <PageHeader title="Members" description={`People who can work on ${org.name}'s checklist.`} />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <MemberList members={members} canManage={canManage} />
        {canManage ? (
          <section aria-labelledby="invite-heading" className="rounded-lg border border-slate-200 p-5">
            <h2 id="invite-heading" className="mb-3 text-lg font-semibold">
              Add a member
            </h2>
            <InviteMemberForm canInviteOwners={role === "OWNER"} />
          </section>
        ) : (
          <p className="text-slate-700">Ask an owner or admin of your organization to add or change members.</p>
        )}
      </div>
    </PageContainer>
  );
}
