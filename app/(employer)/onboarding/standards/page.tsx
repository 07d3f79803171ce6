import type { Metadata } from "next";
import { loadStepPage } from "@/lib/onboarding/page";
import { getStandardsReview } from "@/lib/onboarding/standards/data";
import { StepPage } from "@/components/onboarding/step-page";
import { Alert } from "@/components/ui/alert";
import { StandardsDocuments } from "@/components/onboarding/standards-documents";
import { AcknowledgeStandardsForm } from "@/components/onboarding/acknowledge-standards-form";

export const metadata: Metadata = { title: "Step 2: Review the standards" };

export default async function StandardsPage() {
  const { org, user, facts, editable } = await loadStepPage("/onboarding/standards", "STANDARDS");
  const documents = await getStandardsReview(org.id);
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
