"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  acceptApprenticeTransfer,
  declineApprenticeTransfer,
  proposeApprenticeTransfer,
} from "@/lib/training/transfers/actions";
import { AcceptTransferSchema, DeclineTransferSchema, ProposeTransferSchema } from "@/lib/training/transfers/schemas";

// The transfer's forms: the sending employer proposes (status page; withdrawing is a RecordActionForm), the receiving
// employer accepts or declines (/training/transfers/<id>). Each works without JavaScript.

/** The sending employer proposes the transfer: to whom, from when, with a note, once the apprentice agreed. */
export function ProposeTransferForm({ apprenticeId, firstName }: { apprenticeId: string; firstName: string }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    ProposeTransferSchema,
    proposeApprenticeTransfer,
    { apprenticeId, receiverEmail: "", effectiveOn: "", note: "" },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="transfer-receiver"
          label="Receiving employer's owner or admin"
          hint="The email address they sign in to the portal with. Their organization must be an AAMI employer partner."
          type="email"
          autoComplete="off"
          required
          {...field("receiverEmail")}
        />
        <TextField
          id="transfer-effective"
          label="First day with the new employer"
          type="date"
          required
          {...field("effectiveOn")}
        />
      </div>
      <TextAreaField
        id="transfer-note"
        label="Note to the receiving employer"
        hint="Optional: why, and anything they should know."
        rows={3}
        {...field("note")}
      />
      <CheckboxField
        id="transfer-agreed"
        value="yes"
        label={`${firstName} has agreed to continue the apprenticeship with this employer.`}
        error={errorFor("apprenticeAgreed")}
        {...form.register("apprenticeAgreed")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Sending…">
          Propose the transfer
        </SubmitButton>
      </div>
    </form>
  );
}

/** The receiving employer accepts: the position the apprentice takes and the hourly wage they start at. */
export function AcceptTransferForm({
  transferId,
  positions,
  minimumWage,
}: {
  transferId: string;
  positions: ReadonlyArray<{ id: string; title: string; department: string }>;
  /** The schedule's wage at the step reached, in dollars ("24.50"). */
  minimumWage: string;
}) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    AcceptTransferSchema,
    acceptApprenticeTransfer,
    {
      transferId,
      positionId: positions.length === 1 ? positions[0]!.id : "",
      wage: minimumWage,
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="transferId" value={transferId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="transfer-position"
          label="Position"
          required
          options={[
            { value: "", label: "Choose a position" },
            ...positions.map((p) => ({ value: p.id, label: `${p.title}, ${p.department}` })),
          ]}
          {...field("positionId")}
        />
        <TextField
          id="transfer-wage"
          label="Hourly wage from the first day"
          inputMode="decimal"
          hint={`In dollars, at least $${minimumWage}, your schedule's wage at the step reached.`}
          required
          {...field("wage")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Accept the transfer
        </SubmitButton>
      </div>
    </form>
  );
}

/** The receiving employer declines, saying why. */
export function DeclineTransferForm({ transferId }: { transferId: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    DeclineTransferSchema,
    declineApprenticeTransfer,
    {
      transferId,
      reason: "",
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      <input type="hidden" name="transferId" value={transferId} />
      <TextAreaField
        id="transfer-decline-reason"
        label="Why you decline"
        hint="The sending employer and the apprentice read it in the email."
        required
        rows={3}
        {...field("reason")}
      />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…" variant="danger">
          Decline the transfer
        </SubmitButton>
      </div>
    </form>
  );
}
