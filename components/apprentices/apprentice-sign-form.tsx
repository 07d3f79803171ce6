"use client";

import { useMemo } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { SelfIdentificationFields } from "@/components/apprentices/self-identification-fields";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { signAsApprentice } from "@/lib/apprentices/agreement/actions";
import {
  APPRENTICE_CONSENT_TEXT,
  GUARDIAN_CONSENT_TEXT,
  apprenticeSignSchema,
} from "@/lib/apprentices/agreement/schemas";
import { NOT_ANSWERED } from "@/lib/apprentices/self-identification/schemas";

/**
 * The apprentice signs through the emailed link; under 18, a parent or guardian signs on the same form. The
 * voluntary self-identification questions come first and are sent with the signature.
 */
export function ApprenticeSignForm({ token, guardianRequired }: { token: string; guardianRequired: boolean }) {
  const schema = useMemo(() => apprenticeSignSchema(guardianRequired), [guardianRequired]);
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(schema, signAsApprentice, {
    token,
    signerName: "",
    guardianName: "",
    guardianRelationship: "",
    ...NOT_ANSWERED,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <SelfIdentificationFields
        form={form as unknown as UseFormReturn<FieldValues>}
        errorFor={errorFor}
        failedValues={failed?.values}
      />
      <TextField id="signerName" label="Your full legal name" autoComplete="name" required {...field("signerName")} />
      <CheckboxField
        id="consent"
        label={APPRENTICE_CONSENT_TEXT}
        value="yes"
        error={errorFor("consent")}
        {...form.register("consent")}
      />
      {guardianRequired ? (
        <fieldset className="flex flex-col gap-4 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">Parent or guardian</legend>
          <p className="text-sm text-slate-700">
            You are under 18 on your start date, so a parent or legal guardian signs with you.
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField id="guardianName" label="Their full legal name" required {...field("guardianName")} />
            <TextField
              id="guardianRelationship"
              label="Relationship to you"
              hint="For example: mother, father, legal guardian."
              required
              {...field("guardianRelationship")}
            />
          </div>
          <CheckboxField
            id="guardianConsent"
            label={GUARDIAN_CONSENT_TEXT}
            value="yes"
            error={errorFor("guardianConsent")}
            {...form.register("guardianConsent")}
          />
        </fieldset>
      ) : null}
      <div>
        <SubmitButton pending={pending} pendingLabel="Signing…">
          Sign my apprenticeship agreement
        </SubmitButton>
      </div>
    </form>
  );
}
