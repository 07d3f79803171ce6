import type { Metadata } from "next";
import { loadStepPage } from "@/lib/onboarding/page";
import { listMentors } from "@/lib/onboarding/mentors/data";
import { StepPage } from "@/components/onboarding/step-page";
import { MentorList } from "@/components/onboarding/mentor-list";
import { MentorForm } from "@/components/onboarding/mentor-form";
import { JourneyworkersForm } from "@/components/onboarding/journeyworkers-form";
import { RatioStatus } from "@/components/onboarding/ratio-status";

export const metadata: Metadata = { title: "Step 5: Appoint a mentor" };

export default async function MentorStepPage() {
  const { org, facts, editable, readOnlyNotice, signatureAtRisk } = await loadStepPage("/onboarding/mentor", "MENTOR");
  const mentors = await listMentors(org.id);
  return (
    <StepPage
      title="Step 5: Appoint a mentor"
      description="Name the experienced technicians who will guide your apprentices, and tell us how many journeyworkers you have so we can check the apprentice-to-journeyworker ratio."
      readOnlyNotice={readOnlyNotice}
      signatureAtRisk={signatureAtRisk}
    >
      <section aria-labelledby="mentors-heading">
        <h2 id="mentors-heading" className="mb-3 text-lg font-semibold">
          Mentors
        </h2>
        <MentorList mentors={mentors} editable={editable} />
      </section>
      {editable ? (
        <section aria-labelledby="add-mentor-heading" className="rounded-lg border border-slate-200 p-5">
          <h2 id="add-mentor-heading" className="mb-3 text-lg font-semibold">
            Appoint a mentor
          </h2>
          <MentorForm />
        </section>
      ) : null}
      <section aria-labelledby="ratio-heading" className="flex flex-col gap-4 rounded-lg border border-slate-200 p-5">
        <h2 id="ratio-heading" className="text-lg font-semibold">
          Journeyworkers and the ratio
        </h2>
        <RatioStatus ratio={facts.ratio} planned={facts.plannedApprentices} journeyworkers={facts.journeyworkerCount} />
        {editable ? <JourneyworkersForm count={facts.journeyworkerCount} /> : null}
      </section>
    </StepPage>
  );
}
