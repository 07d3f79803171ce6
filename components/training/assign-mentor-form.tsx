"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { assignApprenticeMentor } from "@/lib/training/mentors/actions";
import { AssignMentorSchema } from "@/lib/training/mentors/schemas";

/** An owner or admin picks the apprentice's mentor from the organization's mentors (each with their load now). */
export function AssignMentorForm({
  apprenticeId,
  currentMentorId,
  mentors,
}: {
  apprenticeId: string;
  currentMentorId: string | null;
  mentors: ReadonlyArray<{ value: string; label: string }>;
}) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(AssignMentorSchema, assignApprenticeMentor, {
    apprenticeId,
    mentorId: currentMentorId ?? "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <SelectField
        id="assign-mentor"
        label="Mentor"
        required
        hint="The mentor approves this apprentice's hours. We email them, and the apprentice, how to sign in."
        options={[{ value: "", label: "Choose a mentor" }, ...mentors]}
        {...field("mentorId")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {currentMentorId ? "Change mentor" : "Assign mentor"}
        </SubmitButton>
      </div>
    </form>
  );
}
