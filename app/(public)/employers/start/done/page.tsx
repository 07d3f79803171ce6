import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { CONFIRM_LINK_DAYS } from "@/lib/onboarding/intent/requests";

export const metadata: Metadata = { title: "Check your email" };

export default function StartOnboardingSentPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Check your email to confirm"
        description="We emailed the contact address you gave a link to confirm the registration. Nothing is created until you confirm."
      />
      <div className="max-w-2xl space-y-4 text-slate-800">
        <h2 className="text-lg font-semibold">What happens next</h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            Open the email &ldquo;Confirm: start … on the BMET Apprenticeship Portal&rdquo; and choose{" "}
            <strong>Check and confirm</strong>. The link works once, for {CONFIRM_LINK_DAYS} days.
          </li>
          <li>Check the details and press Confirm. You become the organization&apos;s portal owner.</li>
          <li>
            We then email you a sign-in link and what happens next, and AAMI&apos;s apprenticeship staff are told.
          </li>
        </ol>
        <p>Nothing after a few minutes? Check your spam folder, or send the form again.</p>
      </div>
    </PageContainer>
  );
}
