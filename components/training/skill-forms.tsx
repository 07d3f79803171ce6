"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { FileField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestTrainingSignOff, signOffTrainingSkill, undoTrainingSignOff } from "@/lib/training/skills/actions";
import { RequestSignOffSchema, SignOffSkillSchema, UndoSignOffSchema } from "@/lib/training/skills/schemas";

// The skill page's three forms. Each works without JavaScript (the action answers with its messages next to their
// fields) and shows a refusal that belongs to no field (a sign-off made a moment ago in another tab) above it.

/** The mentor signs off the skill: the day it was shown, an optional note and an optional photo or PDF. */
export function SignOffSkillForm({
  apprenticeId,
  skillCode,
  today,
}: {
  apprenticeId: string;
  skillCode: string;
  today: string;
}) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    SignOffSkillSchema,
    signOffTrainingSkill,
    { apprenticeId, skillCode, demonstratedOn: today, note: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input type="hidden" name="skillCode" value={skillCode} />
      <TextField
        id="sign-off-day"
        label="Day they showed the skill"
        type="date"
        max={today}
        required
        {...field("demonstratedOn")}
      />
      <TextAreaField id="sign-off-note" label="Note (optional)" rows={2} {...field("note")} />
      <FileField
        id="sign-off-evidence"
        label="Evidence (optional)"
        accept="application/pdf,image/png,image/jpeg,image/webp"
        hint="A PDF or a photo of the work, at most 10 MB. Photos are saved again without their metadata."
        error={errorFor("evidence")}
        {...form.register("evidence")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Signing off…">
          Sign off this skill
        </SubmitButton>
      </div>
    </form>
  );
}

/** The mentor undoes their sign-off, within 7 days, saying why. */
export function UndoSignOffForm({ apprenticeId, signOffId }: { apprenticeId: string; signOffId: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(UndoSignOffSchema, undoTrainingSignOff, {
    apprenticeId,
    signOffId,
    reason: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input type="hidden" name="signOffId" value={signOffId} />
      <TextAreaField id="undo-reason" label="Why undo the sign-off?" rows={2} required {...field("reason")} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Undoing…" variant="secondary">
          Undo the sign-off
        </SubmitButton>
      </div>
    </form>
  );
}

/** The apprentice asks their mentor to sign off the skill. */
export function RequestSignOffForm({ apprenticeId, skillCode }: { apprenticeId: string; skillCode: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(RequestSignOffSchema, requestTrainingSignOff, {
    apprenticeId,
    skillCode,
    note: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input type="hidden" name="skillCode" value={skillCode} />
      <TextAreaField
        id="request-note"
        label="Note for your mentor (optional)"
        hint="When and where you did it, for example."
        rows={2}
        {...field("note")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Asking…">
          Ask for a sign-off
        </SubmitButton>
      </div>
    </form>
  );
}
