import type { Metadata } from "next";
import { orgPage } from "@/lib/authz/page";
import { getChecklist } from "@/lib/onboarding/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { ChecklistOverview } from "@/components/onboarding/checklist-overview";

export const metadata: Metadata = { title: "Employer-partner checklist" };

export default async function OnboardingPage() {
  const { org } = await orgPage("/onboarding");
  const checklist = await getChecklist(org.id);
  return (
    <PageContainer>
      <PageHeader
        title="Employer-partner checklist"
        description={`${org.name}: every member of your organization sees the same progress.`}
      />
      <ChecklistOverview checklist={checklist} acceptance={checklist.acceptance} />
    </PageContainer>
  );
}
