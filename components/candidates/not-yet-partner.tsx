import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { NOT_YET_PARTNER } from "@/lib/authz/partner";

/** What a member of an organization AAMI has not approved finds at /candidates: why, and where to go instead. */
export function NotYetPartner() {
  return (
    <PageContainer>
      <PageHeader title="Candidates" description={NOT_YET_PARTNER} />
      <div className="flex max-w-2xl flex-col gap-4 text-slate-800">
        <p>
          Prospective apprentices who sign up with AAMI share their profiles with approved employer partners only. When
          your organization has completed the checklist, submitted it and AAMI has approved it, this page lists the
          candidates in your region, and you can contact them.
        </p>
        <p>
          <Link href="/onboarding" className={buttonClasses()}>
            Go to your checklist
          </Link>
        </p>
      </div>
    </PageContainer>
  );
}
