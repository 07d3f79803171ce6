import type { Metadata } from "next";
import { idParam, loadOr404 } from "@/lib/authz/page";
import { loadStepPage } from "@/lib/onboarding/page";
import { getMentorForOrg } from "@/lib/onboarding/mentors/data";
import { deleteMentor } from "@/lib/onboarding/mentors/actions";
import { StepPage } from "@/components/onboarding/step-page";
import { MentorForm } from "@/components/onboarding/mentor-form";
import { RecordActionForm } from "@/components/forms/record-action-form";

export const metadata: Metadata = { title: "Edit mentor" };

export default async function EditMentorPage({ params }: { params: Promise<{ mentorId: string }> }) {
  const { mentorId: raw } = await params;
  const { org, editable, readOnlyNotice, signatureAtRisk } = await loadStepPage(
    `/onboarding/mentor/${encodeURIComponent(raw)}`,
    "MENTOR",
  );
  const mentor = await loadOr404(() => getMentorForOrg(org.id, idParam(raw)));
  return (
    <StepPage
      title={`Edit mentor: ${mentor.name}`}
      description="Step 5 of the checklist. Changing the email address tells the new address too."
      readOnlyNotice={readOnlyNotice}
      signatureAtRisk={signatureAtRisk}
    >
      {editable ? (
        <>
          <MentorForm mentor={mentor} />
          <section aria-labelledby="delete-heading" className="rounded-lg border border-red-200 p-5">
            <h2 id="delete-heading" className="mb-3 text-lg font-semibold">
              Remove
            </h2>
            <RecordActionForm
              action={deleteMentor}
              idField="mentorId"
              id={mentor.id}
              explanation={`${mentor.name} will no longer be listed as a mentor.`}
              label="Remove this mentor"
            />
          </section>
        </>
      ) : null}
    </StepPage>
  );
}
