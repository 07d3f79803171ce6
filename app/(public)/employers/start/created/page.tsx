import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { STEPS } from "@/lib/program";
import { SIGN_IN_LINK_HOURS } from "@/lib/auth/constants";

export const metadata: Metadata = { title: "Organization registered" };

export default function StartOnboardingCreatedPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Your organization is registered"
        description={`Step 1 of ${STEPS.length} is complete, and AAMI's apprenticeship staff have been notified.`}
      />
      <div className="max-w-2xl space-y-4 text-slate-800">
        <h2 className="text-lg font-semibold">What happens next</h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            Check your email: we sent a sign-in link (valid for {SIGN_IN_LINK_HOURS} hours) and a confirmation of what
            you registered.
          </li>
          <li>
            Sign in with the link and work through the checklist. You can stop at any time and pick up where you left
            off.
          </li>
          <li>When the agreement is signed, submit it to AAMI for review. We email you at every decision.</li>
        </ol>
      </div>
    </PageContainer>
  );
}
