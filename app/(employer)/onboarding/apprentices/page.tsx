import type { Metadata } from "next";
import Link from "next/link";
import { partnerPage } from "@/lib/authz/page";
import { listApprenticesForOrg } from "@/lib/apprentices/enrollment/data";
import type { SearchParams } from "@/lib/lists";
import { ApprenticeList } from "@/components/apprentices/apprentice-list";
import { StepEightNotOpen } from "@/components/apprentices/not-yet-partner";
import { StepPage } from "@/components/onboarding/step-page";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Step 8: Hire and enroll apprentices" };

export default async function ApprenticesStepPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const partner = await partnerPage("/onboarding/apprentices");
  if (!partner) return <StepEightNotOpen />;
  const params = await searchParams;
  const list = await listApprenticesForOrg(partner.org.id, parsePage(params.page));
  return (
    <StepPage
      title="Step 8: Hire and enroll apprentices"
      description="Enroll each apprentice you hire, or an employee who becomes one, with credit for skills they have already mastered. The apprentice signs their agreement through a link we email them; AAMI then reviews the registration and sends it to the U.S. Department of Labor."
    >
      {params.deleted ? <Alert tone="success">The enrollment was deleted.</Alert> : null}
      <p className="flex flex-wrap gap-3">
        <Link href="/onboarding/apprentices/new" className={buttonClasses()}>
          Enroll an apprentice
        </Link>
        <Link href="/candidates" className={buttonClasses("secondary")}>
          Find one in the candidate database
        </Link>
      </p>
      <ApprenticeList list={list} />
    </StepPage>
  );
}
