import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { StartOnboardingForm } from "@/components/onboarding/start-onboarding-form";
import { STEPS } from "@/lib/program";

export const metadata: Metadata = { title: "Start employer onboarding" };

export default function StartOnboardingPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Start employer onboarding"
        description={`Step 1 of ${STEPS.length}: tell AAMI about your organization. It takes about five minutes. We then email the contact a link to confirm; confirming makes you the organization's portal owner, and you can invite colleagues afterwards.`}
      />
      <p className="mb-6 text-slate-700">
        Already registered?{" "}
        <Link className="text-brand-700 font-semibold underline" href="/signin">
          Sign in
        </Link>{" "}
        instead. Fields marked required must be filled in.
      </p>
      <StartOnboardingForm />
    </PageContainer>
  );
}
