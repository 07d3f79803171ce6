import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { buttonClasses } from "@/components/ui/button";

/** Step 8 before AAMI approves the organization: why it is closed, and where to go instead. */
export function NotYetPartner() {
  return (
    <PageContainer>
      <PageHeader
        title="Step 8: Hire and enroll apprentices"
        description="This step opens when AAMI approves your organization as an employer partner."
      />
      <div className="flex max-w-2xl flex-col gap-4 text-slate-800">
        <p>
          Complete steps 1 to 6 and submit them to AAMI. Once AAMI approves, you can enroll apprentices here, with
          credit for skill sets they have already mastered.
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
