"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptClaim, declineClaim } from "@/lib/organizations/claims/actions";
import { AcceptClaimSchema } from "@/lib/organizations/claims/schemas";
import { ORG_ROLE_OPTIONS } from "@/lib/organizations/schemas";

/** Add the claimant to the organization with a role, or decline. */
export function ClaimDecisionForms({ requestId }: { requestId: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(AcceptClaimSchema, acceptClaim, {
    requestId,
    role: "MEMBER",
  });
  const roleId = `claim-role-${requestId}`;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        {failed && !failed.fieldErrors.role ? <Alert tone="error">{failed.message}</Alert> : null}
        <input type="hidden" name="requestId" value={requestId} />
        <SelectField
          id={roleId}
          label="Add them as"
          options={ORG_ROLE_OPTIONS}
          hint={ORG_ROLE_OPTIONS.map((r) => `${r.label}: ${r.help}`).join(" ")}
          {...field("role")}
        />
        <div>
          <SubmitButton pending={pending}>Add to the organization</SubmitButton>
        </div>
      </form>
      <RecordActionForm
        action={declineClaim}
        idField="requestId"
        id={requestId}
        explanation="They are emailed that AAMI could not add them, and nothing else."
        label="Decline"
        pendingLabel="Declining…"
        variant="secondary"
      />
    </div>
  );
}
