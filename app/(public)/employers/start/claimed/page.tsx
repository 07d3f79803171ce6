import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "AAMI will be in touch" };

export default function StartOnboardingClaimedPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Thank you: AAMI will be in touch"
        description="Before your organization can go further on the portal, AAMI's apprenticeship staff need to check a few details with you."
      />
      <p className="max-w-2xl text-slate-800">
        They will contact you at the address you confirmed, usually within two business days. There is nothing else you
        need to do now.
      </p>
    </PageContainer>
  );
}
