import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { InterestForm } from "@/components/candidates/interest-form";

export const metadata: Metadata = { title: "Become a BMET apprentice" };

export default function InterestPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Interested in becoming a BMET apprentice?"
        description="Tell us about yourself in about five minutes. AAMI shares your profile with hospitals and health systems in the regions you choose that are approved to train biomedical equipment technicians. No account needed."
      />
      <InterestForm />
    </PageContainer>
  );
}
