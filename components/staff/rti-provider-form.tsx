"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { useRecordForm } from "@/components/forms/use-record-form";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { StateZipFields } from "@/components/ui/state-zip-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { createRtiProvider, deleteRtiProvider, updateRtiProvider } from "@/lib/rti-providers/actions";
import type { RtiProviderRecord } from "@/lib/rti-providers/data";
import {
  CreateRtiProviderSchema,
  DeleteRtiProviderSchema,
  PROVIDER_TYPES,
  UpdateRtiProviderSchema,
} from "@/lib/rti-providers/schemas";

const valuesOf = (p: RtiProviderRecord | null) => ({
  name: p?.name ?? "",
  providerType: p?.providerType ?? "",
  addressLine1: p?.addressLine1 ?? "",
  addressLine2: p?.addressLine2 ?? "",
  city: p?.city ?? "",
  state: p?.state ?? "",
  postalCode: p?.postalCode ?? "",
  contact: p?.contact ?? "",
  website: p?.website ?? "",
  rapidsProviderId: p?.rapidsProviderId ?? "",
});

/**
 * A provider as staff administrators enter it: new (`provider` null) or an existing one, whose row version travels
 * so an edit made on an outdated page is refused. Saving is the check that confirms a provider an employer proposed.
 */
export function RtiProviderForm({ provider }: { provider: (RtiProviderRecord & { rowVersion: number }) | null }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    provider ? UpdateRtiProviderSchema : CreateRtiProviderSchema,
    provider ? updateRtiProvider : createRtiProvider,
    {
      ...valuesOf(provider),
      ...(provider ? { providerId: provider.id, rowVersion: String(provider.rowVersion) } : {}),
    } as never,
  );
  const confirming = provider?.status === "PROPOSED";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      {provider ? (
        <>
          <input type="hidden" name="providerId" value={provider.id} />
          <input type="hidden" name="rowVersion" value={provider.rowVersion} />
        </>
      ) : null}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Provider</legend>
        <TextField id="name" label="Name" required {...field("name")} />
        <SelectField id="providerType" label="Type" required options={PROVIDER_TYPES} {...field("providerType")} />
        <TextField
          id="contact"
          label="Contact"
          hint="A person or office, with an email or phone."
          required
          {...field("contact")}
        />
        <TextField id="website" label="Website (optional)" inputMode="url" {...field("website")} />
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Address</legend>
        <TextField id="addressLine1" label="Street address" required {...field("addressLine1")} />
        <TextField id="addressLine2" label="Address line 2 (optional)" {...field("addressLine2")} />
        <TextField id="city" label="City" required {...field("city")} />
        <StateZipFields state={field("state")} postalCode={field("postalCode")} />
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">RAPIDS</legend>
        <TextField
          id="rapidsProviderId"
          label="RAPIDS provider id (optional)"
          hint="Once RAPIDS lists the provider: the RAPIDS workbook then names it by this id instead of the portal's."
          autoComplete="off"
          maxLength={20}
          {...field("rapidsProviderId")}
        />
      </fieldset>
      <div>
        <SubmitButton pending={pending}>
          {provider ? (confirming ? "Save and confirm the provider" : "Save the provider") : "Add the provider"}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Deletes a provider nothing names (the list offers it only then; the action checks again). */
export function DeleteRtiProviderForm({ provider }: { provider: { id: string; name: string; rowVersion: number } }) {
  const { frame } = useRecordForm(DeleteRtiProviderSchema, deleteRtiProvider, {
    providerId: provider.id,
    rowVersion: String(provider.rowVersion),
  });
  return frame(`Delete ${provider.name}`, "danger");
}
