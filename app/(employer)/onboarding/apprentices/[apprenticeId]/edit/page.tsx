import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { idParam, loadOr404, partnerPage } from "@/lib/authz/page";
import { EDITABLE_STATUSES, enrollmentSetup, getApprenticeForOrg } from "@/lib/apprentices/enrollment/data";
import { savedEnrollmentDefaults } from "@/lib/apprentices/enrollment/form-defaults";
import { EnrollmentPage } from "@/components/apprentices/enrollment-page";
import { StepEightNotOpen } from "@/components/apprentices/not-yet-partner";

export const metadata: Metadata = { title: "Change an enrollment" };

export default async function EditApprenticePage({ params }: { params: Promise<{ apprenticeId: string }> }) {
  const apprenticeId = idParam((await params).apprenticeId);
  const partner = await partnerPage(`/onboarding/apprentices/${apprenticeId}/edit`);
  if (!partner) return <StepEightNotOpen />;
  const apprentice = await loadOr404(() => getApprenticeForOrg(partner.org.id, apprenticeId));
  // Signed by the apprentice: the record page says why it can no longer change.
  if (!(EDITABLE_STATUSES as readonly string[]).includes(apprentice.status)) {
    redirect(`/onboarding/apprentices/${apprenticeId}`);
  }
  const setup = await enrollmentSetup(partner.org.id);
  return (
    <EnrollmentPage
      title={`Change ${apprentice.firstName} ${apprentice.lastName}'s enrollment`}
      description={
        apprentice.status === "PENDING_SIGNATURES"
          ? "Your organization has signed this apprentice's agreement. Saving a change voids that signature and the link we emailed the apprentice: sign again afterwards."
          : "Change anything DOL needs, then sign the agreement from the apprentice's page."
      }
      setup={setup}
      defaults={savedEnrollmentDefaults(apprentice)}
      ssnLast4={apprentice.ssnLast4}
    />
  );
}
