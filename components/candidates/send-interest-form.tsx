"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { sendInterest } from "@/lib/candidates/partner/actions";
import { INTEREST_MESSAGE_MAX, INTEREST_MESSAGE_MIN, SendInterestSchema } from "@/lib/candidates/partner/schemas";

export function SendInterestForm({
  candidateId,
  candidateFirstName,
  senderEmail,
}: {
  candidateId: string;
  candidateFirstName: string;
  senderEmail: string;
}) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(SendInterestSchema, sendInterest, {
    candidateId,
    message: "",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="candidateId" value={candidateId} />
      <TextAreaField
        id="interest-message"
        label={`Message to ${candidateFirstName}`}
        required
        rows={7}
        maxLength={INTEREST_MESSAGE_MAX}
        hint={`Emailed to ${candidateFirstName} with your name and ${senderEmail}, so they can answer you directly. Say who you are, the position and how to reach you (${INTEREST_MESSAGE_MIN} to ${INTEREST_MESSAGE_MAX.toLocaleString("en-US")} characters). Your organization can send interest to a candidate once.`}
        {...field("message")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Send interest
        </SubmitButton>
      </div>
    </form>
  );
}
