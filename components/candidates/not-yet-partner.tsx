import Link from "next/link";
import type { ReactNode } from "react";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";
import { NOT_YET_PARTNER } from "@/lib/authz/partner";

/**
 * What a member of an organization AAMI has not approved finds on a page for employer partners: why, and where to
 * go instead. By default the candidates pages' words; other partner pages pass their own.
 */
export function NotYetPartner({
  title = "Candidates",
  description = NOT_YET_PARTNER,
  children = (
    <p>
      Prospective apprentices who sign up with AAMI share their profiles with approved employer partners only. When your
      organization has completed the checklist, submitted it and AAMI has approved it, this page lists the candidates in
      your region, and you can contact them.
    </p>
  ),
}: {
  title?: string;
  description?: string;
  children?: ReactNode;
}) {
  return (
    <PageContainer>
      <PageHeader title={title} description={description} />
      <div className="flex max-w-2xl flex-col gap-4 text-slate-800">
        {children}
        <p>
          <Link href="/onboarding" className={buttonClasses()}>
            Go to your checklist
          </Link>
        </p>
      </div>
    </PageContainer>
  );
}
