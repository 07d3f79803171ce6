import type { enrollmentSetup } from "@/lib/apprentices/enrollment/data";
import type { EnrollmentDefaults } from "@/lib/apprentices/enrollment/form-defaults";
import { maskedSsn } from "@/lib/crypto/ssn";
import { EnrollmentForm } from "@/components/apprentices/enrollment-form";
import { StepPage } from "@/components/onboarding/step-page";
import { Alert } from "@/components/ui/alert";

/** The enrollment form in its step frame, or why it cannot be filled in (no wage schedule to set the entry wage). */
export function EnrollmentPage({
  title,
  description,
  setup,
  defaults,
  ssnLast4,
}: {
  title: string;
  description: string;
  setup: Awaited<ReturnType<typeof enrollmentSetup>>;
  defaults: EnrollmentDefaults;
  ssnLast4: string | null;
}) {
  return (
    <StepPage title={title} description={description}>
      {setup.wageSchedule ? (
        <EnrollmentForm
          limits={setup.limits}
          defaults={defaults}
          positions={setup.positions}
          providers={setup.providers}
          wageSchedule={setup.wageSchedule}
          storedSsn={ssnLast4 ? maskedSsn(ssnLast4) : null}
        />
      ) : (
        <Alert tone="error">
          Your organization has no wage schedule, which sets each apprentice&apos;s entry wage. Contact AAMI.
        </Alert>
      )}
    </StepPage>
  );
}
