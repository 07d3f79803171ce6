import type { Metadata } from "next";
import { loadStepPage } from "@/lib/onboarding/page";
import { fundingStep } from "@/lib/onboarding/funding/data";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { getSetting } from "@/lib/settings/data";
import { StepPage } from "@/components/onboarding/step-page";
import { FundingForm } from "@/components/onboarding/funding-form";
import { FundingGuidance } from "@/components/onboarding/funding-guidance";
import { FundingSummary } from "@/components/onboarding/funding-summary";

export const metadata: Metadata = { title: "Step 4: Fund related instruction" };

export default async function FundingStepPage() {
  const { org, editable, readOnlyNotice, signatureAtRisk } = await loadStepPage("/onboarding/funding", "FUNDING");
  const [{ plan, providers }, { riHoursPerYear }, fundingResources, contactEmail] = await Promise.all([
    fundingStep(org.id),
    getCurrentStandards(),
    getSetting("fundingResources"),
    getSetting("aamiContactEmail"),
  ]);
  const guidance = <FundingGuidance resources={fundingResources} contactEmail={contactEmail} />;
  return (
    <StepPage
      title="Step 4: Fund related instruction"
      description={`Apprentices combine work with related instruction, at least ${riHoursPerYear} hours a year recommended. Choose a provider and show how the employer pays for it (Training Objectives, p. A-20).`}
      readOnlyNotice={readOnlyNotice}
      signatureAtRisk={signatureAtRisk}
    >
      {plan ? (
        <section aria-labelledby="current-heading">
          <h2 id="current-heading" className="mb-3 text-lg font-semibold">
            Current plan
          </h2>
          <FundingSummary plan={plan} riHoursPerYear={riHoursPerYear} />
        </section>
      ) : null}
      {editable ? (
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading" className="mb-3 text-lg font-semibold">
            {plan ? "Update the plan" : "Your funding plan"}
          </h2>
          <FundingForm plan={plan} providers={providers} riHoursPerYear={riHoursPerYear} guidance={guidance} />
        </section>
      ) : (
        guidance
      )}
    </StepPage>
  );
}
