import Link from "next/link";
import type { ReactNode } from "react";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { READ_ONLY_MESSAGE } from "@/lib/onboarding/change";

/** The frame every checklist step page shares: title, explanation, read-only notice, and the way back. */
export function StepPage({
  title,
  description,
  editable,
  children,
}: {
  title: string;
  description: ReactNode;
  editable: boolean;
  children: ReactNode;
}) {
  return (
    <PageContainer>
      <PageHeader title={title} description={description} />
      {editable ? null : (
        <div className="mb-6">
          <Alert>{READ_ONLY_MESSAGE}</Alert>
        </div>
      )}
      <div className="flex flex-col gap-8">{children}</div>
      <p className="mt-8">
        <Link className="text-brand-700 font-medium underline" href="/onboarding">
          Back to the checklist
        </Link>
      </p>
    </PageContainer>
  );
}
