"use client";

import { useEffect, useMemo } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { ListingCard } from "@/components/listings/listing-card";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroupField, FileField, TextField } from "@/components/ui/field";
import { StateField } from "@/components/ui/state-zip-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveListing } from "@/lib/listings/actions";
import { LOGO_BOX, ListingSchema } from "@/lib/listings/schemas";

const LISTED_OPTIONS = [
  { value: "yes", label: "Yes, list us among the participating employers" },
  { value: "no", label: "No, do not list us" },
] as const;

export type ListingFormValues = {
  listed: "yes" | "no";
  displayName: string;
  city: string;
  state: string;
  logoUrl: string | null;
};

/** The picture of a file chosen in the logo field, for the preview, released when another is chosen. */
function useChosenImage(files: unknown): string | null {
  const file = typeof FileList !== "undefined" && files instanceof FileList ? files[0] : undefined;
  const url = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

/**
 * The listing settings with a preview of the home page's card that follows what is typed (and, without JavaScript,
 * shows what is saved).
 */
export function ListingForm({ saved }: { saved: ListingFormValues }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(ListingSchema, saveListing, {
    listed: saved.listed,
    displayName: saved.displayName,
    city: saved.city,
    state: saved.state,
  });
  const listed = failed?.values?.listed ?? saved.listed;
  const [typedName, typedCity, typedState, chosenFiles, typedListed] = form.watch([
    "displayName",
    "city",
    "state",
    "logo",
    "listed",
  ]);
  const chosenLogo = useChosenImage(chosenFiles);
  const name = typedName?.trim() || "Your organization";
  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
        <ChoiceGroupField
          type="radio"
          name="listed"
          legend="Show your organization on the home page?"
          required
          options={LISTED_OPTIONS}
          error={errorFor("listed")}
          inputProps={(value) => ({ ...form.register("listed"), defaultChecked: listed === value })}
        />
        <TextField
          id="displayName"
          label="Name to show"
          hint="The name people know you by, up to 120 characters."
          required
          autoComplete="organization"
          {...field("displayName")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="city" label="City" required autoComplete="address-level2" {...field("city")} />
          <StateField {...field("state")} />
        </div>
        <FileField
          id="logo"
          label="Logo"
          accept="image/png,image/jpeg,image/webp"
          hint={`Optional. A PNG, JPEG or WebP image of at most 1 MB; it is shrunk to fit ${LOGO_BOX.width} × ${LOGO_BOX.height} pixels and saved without its metadata. A new file replaces the current logo.`}
          error={errorFor("logo")}
          {...form.register("logo")}
        />
        <div>
          <SubmitButton pending={pending} pendingLabel="Saving…">
            Save listing
          </SubmitButton>
        </div>
      </form>
      <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
        <h2 id="preview-heading" className="text-lg font-semibold text-slate-900">
          Preview
        </h2>
        <p className="text-sm text-slate-700">
          {(typedListed ?? listed) === "yes"
            ? "How your organization appears under “Participating employers” on the home page."
            : "How your organization would appear on the home page if you chose to be listed."}
        </p>
        <div className="max-w-xs">
          <ListingCard
            displayName={name}
            city={typedCity?.trim() || null}
            state={typeof typedState === "string" && typedState ? typedState : null}
            logoUrl={chosenLogo ?? saved.logoUrl}
          />
        </div>
      </section>
    </div>
  );
}
