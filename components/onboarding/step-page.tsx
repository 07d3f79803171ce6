import Link from "next/link";
import type { ReactNode } from "react";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";

/** The frame every checklist step page shares: title, explanation, read-only notice, and the way back. */
export function StepPage({
  title,
  description,
  readOnlyNotice = null,
  signatureAtRisk = false,
  children,
}: {
  title: string;
  description: ReactNode;
  /** Why the step cannot be changed now (SUBMISSION_MESSAGES.employerReadOnlyStep), or null when it can. */
  readOnlyNotice?: string | null;
  /** A signed agreement contains this step's data, so saving a change voids the signature. */
  signatureAtRisk?: boolean;
  children: ReactNode;
}) {
  return (
    <PageContainer>
      <PageHeader title={title} description={description} />
      {readOnlyNotice ? (
        <div className="mb-6">
          <Alert>{readOnlyNotice}</Alert>
        </div>
      ) : null}
      {signatureAtRisk ? (
        <div className="mb-6">
          <Alert tone="warning" title="Your Employer Acceptance Agreement is signed">
            It contains what this step holds. Saving a change here voids the signature, and the agreement must be signed
            again before you submit.
          </Alert>
        </div>
      ) : null}
      <div className="flex flex-col gap-8">{children}</div>
      <p className="mt-8">
        <Link className="text-brand-700 font-medium underline" href="/onboarding">
          Back to the checklist
        </Link>
      </p>
    </PageContainer>
  );
}
