import type { Metadata } from "next";
import { loadStepPage } from "@/lib/onboarding/page";
import { getHiringAttestation, listPositions } from "@/lib/onboarding/positions/data";
import { StepPage } from "@/components/onboarding/step-page";
import { PositionList } from "@/components/onboarding/position-list";
import { PositionForm } from "@/components/onboarding/position-form";
import { HiringAttestationForm } from "@/components/onboarding/hiring-attestation-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Step 3: Have a position" };
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function PositionStepPage() {
  const { org, editable, readOnlyNotice, signatureAtRisk } = await loadStepPage("/onboarding/position", "POSITION");
  const [positions, attestation] = await Promise.all([listPositions(org.id), getHiringAttestation(org.id)]);
  return (
    <StepPage
      title="Step 3: Have a position"
      description="Describe the position(s) your apprentices will fill: a new position created through HR, an existing vacancy, or a current employee who will enroll."
      readOnlyNotice={readOnlyNotice}
      signatureAtRisk={signatureAtRisk}
    >
      <section aria-labelledby="positions-heading">
        <h2 id="positions-heading" className="mb-3 text-lg font-semibold">
          Positions
        </h2>
        <PositionList positions={positions} editable={editable} />
      </section>
      {editable ? (
        <section aria-labelledby="add-heading" className="rounded-lg border border-slate-200 p-5">
          <h2 id="add-heading" className="mb-3 text-lg font-semibold">
            Add a position
          </h2>
          <PositionForm />
        </section>
      ) : null}
      <section aria-labelledby="attest-heading" className="rounded-lg border border-slate-200 p-5">
        <h2 id="attest-heading" className="mb-3 text-lg font-semibold">
          Hiring is your responsibility
        </h2>
        {attestation ? (
          <Alert tone="success">
            Confirmed{attestation.by ? ` by ${attestation.by}` : ""} on {date.format(attestation.at)}: your organization
            hires, recruits and vets its apprentices.
          </Alert>
        ) : editable ? (
          <HiringAttestationForm />
        ) : (
          <p className="text-slate-700">Not confirmed.</p>
        )}
      </section>
    </StepPage>
  );
}
