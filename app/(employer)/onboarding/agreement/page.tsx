import type { Metadata } from "next";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { MANAGER_ROLES } from "@/lib/authz";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { getLatestAgreement } from "@/lib/onboarding/agreement/data";
import { missingBeforeSigning } from "@/lib/onboarding/agreement/readiness";
import { loadStepPage } from "@/lib/onboarding/page";
import { getWageSchedule, minimumWageForOrg } from "@/lib/onboarding/wages/data";
import { StepPage } from "@/components/onboarding/step-page";
import { AgreementPanel } from "@/components/onboarding/agreement-panel";
import { WageScheduleForm } from "@/components/onboarding/wage-schedule-form";
import { WageScheduleView } from "@/components/onboarding/wage-schedule-view";

export const metadata: Metadata = { title: "Step 6: Sign the Employer Acceptance Agreement" };

export default async function AgreementStepPage() {
  const { org, user, role, facts, editable, readOnlyNotice, signatureAtRisk } = await loadStepPage(
    "/onboarding/agreement",
    "AGREEMENT",
  );
  const [schedule, minimum, latest, standards] = await Promise.all([
    getWageSchedule(org.id),
    minimumWageForOrg(org.id),
    getLatestAgreement(org.id),
    getCurrentStandards(),
  ]);
  const missing = missingBeforeSigning(facts);
  const unsigned = missing.length === 0 && latest?.status !== "SIGNED" ? await buildUnsignedAgreement(org.id) : null;
  return (
    <StepPage
      title="Step 6: Sign the Employer Acceptance Agreement"
      description="Build the wage schedule your apprentices will earn (sample on page A-2 of the Training Objectives), then sign the Employer Acceptance Agreement that contains it with your positions, funding plan and mentors."
      readOnlyNotice={readOnlyNotice}
      signatureAtRisk={signatureAtRisk}
    >
      <section aria-labelledby="wages-heading" className="flex flex-col gap-4">
        <h2 id="wages-heading" className="text-lg font-semibold">
          Wage schedule
        </h2>
        {editable ? (
          <WageScheduleForm
            schedule={schedule}
            minimum={minimum}
            term={{ termMonths: standards.termMonths, termOjlHours: standards.termOjlHours }}
          />
        ) : schedule ? (
          <WageScheduleView schedule={schedule} minimumCents={minimum.cents} />
        ) : (
          <p>No wage schedule yet.</p>
        )}
      </section>
      <section aria-labelledby="agreement-heading" className="flex flex-col gap-4">
        <h2 id="agreement-heading" className="text-lg font-semibold">
          Employer Acceptance Agreement
        </h2>
        <AgreementPanel
          latest={latest}
          missing={missing}
          unsignedSha256={unsigned?.sha256 ?? null}
          canSign={MANAGER_ROLES.includes(role)}
          editable={editable}
          userName={user.name ?? ""}
        />
      </section>
    </StepPage>
  );
}
