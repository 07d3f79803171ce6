import type { Metadata } from "next";
import Link from "next/link";
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
      <p className="mb-6 text-slate-700">
        Sent it before?{" "}
        <Link className="text-brand-700 font-semibold underline" href="/apprentices/profile">
          See, change or withdraw your profile
        </Link>{" "}
        through the private link we email you.
      </p>
      <InterestForm />
    </PageContainer>
  );
}
