import type { Metadata } from "next";
import { orgPage } from "@/lib/authz/page";
import { db } from "@/lib/db";
import { loadOnboardingFacts } from "@/lib/onboarding/facts";
import { canEditStep } from "@/lib/onboarding/progress";
import { getStandardsReview } from "@/lib/onboarding/standards/data";
import { StepPage } from "@/components/onboarding/step-page";
import { Alert } from "@/components/ui/alert";
import { StandardsDocuments } from "@/components/onboarding/standards-documents";
import { AcknowledgeStandardsForm } from "@/components/onboarding/acknowledge-standards-form";

export const metadata: Metadata = { title: "Step 2: Review the standards" };

export default async function StandardsPage() {
  const { org, user } = await orgPage("/onboarding/standards");
  const [documents, facts] = await Promise.all([getStandardsReview(org.id), loadOnboardingFacts(db, org.id)]);
  const editable = canEditStep("STANDARDS", facts);
  return (
    <StepPage
      title="Step 2: Review the standards"
      description="Read the BMET National Standards of Apprenticeship and the Training Objectives. They set out how the apprenticeship runs; your acknowledgement records exactly which versions you read."
      editable={editable}
    >
      {documents.length === 0 ? (
        <Alert title="The documents are not published yet">
          AAMI has not published the documents yet. Please check back soon.
        </Alert>
      ) : (
        <>
          <StandardsDocuments documents={documents} />
          {facts.standardsCurrent ? (
            <Alert tone="success" title="Step 2 is complete">
              Your organization has acknowledged the current versions.
            </Alert>
          ) : editable ? (
            <section aria-labelledby="ack-heading">
              <h2 id="ack-heading" className="mb-3 text-lg font-semibold">
                Acknowledge
              </h2>
              <AcknowledgeStandardsForm documentIds={documents.map((d) => d.id)} suggestedName={user.name ?? ""} />
            </section>
          ) : null}
        </>
      )}
    </StepPage>
  );
}
