import type { Metadata } from "next";
import { idParam, loadOr404 } from "@/lib/authz/page";
import { loadStepPage } from "@/lib/onboarding/page";
import { getPositionForOrg } from "@/lib/onboarding/positions/data";
import { StepPage } from "@/components/onboarding/step-page";
import { PositionForm } from "@/components/onboarding/position-form";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { deletePosition } from "@/lib/onboarding/positions/actions";

export const metadata: Metadata = { title: "Edit position" };

export default async function EditPositionPage({ params }: { params: Promise<{ positionId: string }> }) {
  const { positionId: raw } = await params;
  const { org, editable, readOnlyNotice, signatureAtRisk } = await loadStepPage(
    `/onboarding/position/${encodeURIComponent(raw)}`,
    "POSITION",
  );
  const position = await loadOr404(() => getPositionForOrg(org.id, idParam(raw)));
  return (
    <StepPage
      title={`Edit position: ${position.title}`}
      description="Step 3 of the checklist."
      readOnlyNotice={readOnlyNotice}
      signatureAtRisk={signatureAtRisk}
    >
      {editable ? (
        <>
          <PositionForm position={position} />
          <section aria-labelledby="delete-heading" className="rounded-lg border border-red-200 p-5">
            <h2 id="delete-heading" className="mb-3 text-lg font-semibold">
              Delete
            </h2>
            <RecordActionForm
              action={deletePosition}
              idField="positionId"
              id={position.id}
              explanation={`Deleting removes “${position.title}” from your checklist.`}
              label="Delete this position"
            />
          </section>
        </>
      ) : null}
    </StepPage>
  );
}
