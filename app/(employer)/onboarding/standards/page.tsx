import type { Metadata } from "next";
import { loadStepPage } from "@/lib/onboarding/page";
import { getStandardsReview } from "@/lib/onboarding/standards/data";
import { StepPage } from "@/components/onboarding/step-page";
import { Alert } from "@/components/ui/alert";
import { StandardsDocuments } from "@/components/onboarding/standards-documents";
import { AcknowledgeStandardsForm } from "@/components/onboarding/acknowledge-standards-form";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Step 2: Review the standards" };

export default async function StandardsPage() {
  const { org, user, facts, editable, readOnlyNotice } = await loadStepPage("/onboarding/standards", "STANDARDS");
  const documents = await getStandardsReview(org.id);
  return (
    <StepPage
      title="Step 2: Review the standards"
      description="Read the BMET National Standards of Apprenticeship and the Training Objectives. They set out how the apprenticeship runs; your acknowledgement records exactly which versions you read."
      readOnlyNotice={readOnlyNotice}
    >
      {documents.length === 0 ? (
        <EmptyState
          title="The documents are not published yet"
          next="AAMI's staff publish the National Standards and the Training Objectives here; step 2 opens as soon as they do, so check back soon."
        />
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
