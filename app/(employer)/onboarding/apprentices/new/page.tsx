import type { Metadata } from "next";
import { partnerPage } from "@/lib/authz/page";
import { candidatePrefill, enrollmentSetup } from "@/lib/apprentices/enrollment/data";
import { newEnrollmentDefaults } from "@/lib/apprentices/enrollment/form-defaults";
import { isId } from "@/lib/ids";
import { firstParam, type SearchParams } from "@/lib/lists";
import { EnrollmentPage } from "@/components/apprentices/enrollment-page";
import { StepEightNotOpen } from "@/components/apprentices/not-yet-partner";

export const metadata: Metadata = { title: "Enroll an apprentice" };

export default async function NewApprenticePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const partner = await partnerPage("/onboarding/apprentices/new");
  if (!partner) return <StepEightNotOpen />;
  const candidateId = firstParam((await searchParams).candidate);
  const [setup, candidate] = await Promise.all([
    enrollmentSetup(partner.org.id),
    candidateId && isId(candidateId) ? candidatePrefill(partner, candidateId) : null,
  ]);
  return (
    <EnrollmentPage
      title="Enroll an apprentice"
      description={
        candidate
          ? `Pre-filled with ${candidate.firstName} ${candidate.lastName}'s details from the candidate database. Check them with the apprentice and complete the rest.`
          : "Everything DOL needs to register the apprentice. Fields marked required must be filled in; the rest are optional."
      }
      setup={setup}
      defaults={newEnrollmentDefaults(setup.rtiProviderId, candidate)}
      ssnLast4={null}
    />
  );
}
