"use client";

import type { ReactNode } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { StateZipFields } from "@/components/ui/state-zip-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { startOnboarding } from "@/lib/onboarding/intent/actions";
import { HEARD_ABOUT_OPTIONS } from "@/lib/onboarding/intent/options";

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function StartOnboardingForm() {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(
    () => import("@/lib/onboarding/intent/schemas").then((m) => m.StartOnboardingSchema),
    startOnboarding,
    {
      legalName: "",
      dbaName: "",
      ein: "",
      addressLine1: "",
      addressLine2: "",
      city: "",
      county: "",
      state: "",
      postalCode: "",
      contactName: "",
      contactEmail: "",
      contactPhone: "",
      apprenticesWanted: "1",
      heardAbout: "",
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? (
        <Alert tone="error" title="We could not register your organization">
          {failed.message}
        </Alert>
      ) : null}
      <Group legend="Your organization">
        <TextField id="legalName" label="Legal name" required autoComplete="organization" {...field("legalName")} />
        <TextField
          id="dbaName"
          label="Doing business as"
          hint="If different from the legal name."
          {...field("dbaName")}
        />
        <TextField
          id="ein"
          label="Federal EIN"
          hint="Optional. 9 digits, like 12-3456789."
          inputMode="numeric"
          {...field("ein")}
        />
        <TextField
          id="apprenticesWanted"
          label="How many apprentices would you like to host?"
          type="number"
          min={1}
          max={100}
          required
          {...field("apprenticesWanted")}
        />
      </Group>
      <Group legend="Address">
        <TextField
          id="addressLine1"
          label="Street address"
          required
          autoComplete="address-line1"
          {...field("addressLine1")}
        />
        <TextField id="addressLine2" label="Address line 2" autoComplete="address-line2" {...field("addressLine2")} />
        <TextField id="city" label="City" required autoComplete="address-level2" {...field("city")} />
        <TextField id="county" label="County" required {...field("county")} />
        <StateZipFields state={field("state")} postalCode={field("postalCode")} />
      </Group>
      <Group legend="You, the main contact">
        <TextField id="contactName" label="Full name" required autoComplete="name" {...field("contactName")} />
        <TextField
          id="contactEmail"
          label="Work email"
          type="email"
          required
          autoComplete="email"
          hint="You will sign in with this address."
          {...field("contactEmail")}
        />
        <TextField id="contactPhone" label="Phone" type="tel" required autoComplete="tel" {...field("contactPhone")} />
        <SelectField
          id="heardAbout"
          label="How did you hear about the program?"
          options={HEARD_ABOUT_OPTIONS}
          {...field("heardAbout")}
        />
      </Group>
      <div>
        <SubmitButton pending={pending} pendingLabel="Registering…">
          Register and continue
        </SubmitButton>
      </div>
    </form>
  );
}
