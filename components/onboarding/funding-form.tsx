"use client";

import type { ReactNode } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, ChoiceGroupField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveFundingPlan } from "@/lib/onboarding/funding/actions";
import type { FundingPlanWithProvider } from "@/lib/onboarding/funding/data";
import { DELIVERY_OPTIONS, FUNDING_SOURCES, FundingPlanSchema, OTHER_PROVIDER } from "@/lib/onboarding/funding/schemas";
import { PROVIDER_TYPES } from "@/lib/rti-providers/schemas";

const PAID_OPTIONS = [
  { value: "yes", label: "Yes, apprentices are paid for time in related instruction" },
  { value: "no", label: "No" },
];

type ProviderChoice = { id: string; name: string; status: "PROPOSED" | "VERIFIED" };

/**
 * Step 4. The provider is picked from AAMI's list; one that is not listed is proposed in a few fields (name, type,
 * contact), so the step stays one short form, and AAMI staff complete and confirm it later. The proposal fields are
 * always shown (no script needed to reveal them) and only read when "My provider is not listed" is chosen.
 * `riHoursPerYear`: the current standards' minimum related-instruction hours a year. `guidance`: where to find the
 * money (components/onboarding/funding-guidance.tsx), shown next to the funding choices.
 */
export function FundingForm({
  plan,
  providers,
  riHoursPerYear,
  guidance,
}: {
  plan: FundingPlanWithProvider | null;
  providers: ProviderChoice[];
  riHoursPerYear: number;
  guidance: ReactNode;
}) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    FundingPlanSchema,
    saveFundingPlan,
    {
      rtiProviderId: plan?.rtiProviderId ?? "",
      otherProviderName: "",
      otherProviderType: "",
      otherProviderContact: "",
      otherProviderWebsite: "",
      delivery: plan?.delivery,
      hoursPerYear: String(plan?.hoursPerYear ?? riHoursPerYear),
      costPerApprentice: plan ? (plan.costPerApprenticeCents / 100).toFixed(2) : "",
      sources: plan?.sources ?? [],
      otherSourceText: plan?.otherSourceText ?? "",
      instructionTimePaid: plan ? (plan.instructionTimePaid ? "yes" : "no") : undefined,
    },
  );
  const typed = failed?.values;
  const hours = Number(form.watch("hoursPerYear"));
  const sources = typed?.sources?.split(",") ?? plan?.sources ?? [];
  const delivery = typed?.delivery ?? plan?.delivery;
  const paid = typed?.instructionTimePaid ?? (plan ? (plan.instructionTimePaid ? "yes" : "no") : undefined);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Related-instruction provider</legend>
        <SelectField
          id="rtiProviderId"
          label="Provider"
          required
          options={[
            { value: "", label: "Choose your provider" },
            ...providers.map((p) => ({
              value: p.id,
              label: p.status === "PROPOSED" ? `${p.name} (waiting for AAMI to confirm)` : p.name,
            })),
            { value: OTHER_PROVIDER, label: "My provider is not listed" },
          ]}
          {...field("rtiProviderId")}
        />
        <ChoiceGroupField
          type="radio"
          name="delivery"
          legend="Delivery"
          required
          options={DELIVERY_OPTIONS}
          error={errorFor("delivery")}
          inputProps={(value) => ({ ...form.register("delivery"), defaultChecked: delivery === value })}
        />
        <fieldset className="grid gap-4 rounded-md bg-slate-50 p-4 sm:col-span-2 sm:grid-cols-2">
          <legend className="px-1 font-semibold">Not listed? Propose your provider</legend>
          <p className="text-sm text-slate-700 sm:col-span-2">
            Only if you chose “My provider is not listed”. AAMI adds it to the list and confirms its details; you can
            continue meanwhile.
          </p>
          <TextField id="otherProviderName" label="Provider name" {...field("otherProviderName")} />
          <SelectField
            id="otherProviderType"
            label="Type of provider"
            options={PROVIDER_TYPES}
            {...field("otherProviderType")}
          />
          <TextField
            id="otherProviderContact"
            label="Contact at the provider"
            hint="Name, email or phone."
            {...field("otherProviderContact")}
          />
          <TextField
            id="otherProviderWebsite"
            label="Website (optional)"
            inputMode="url"
            {...field("otherProviderWebsite")}
          />
        </fieldset>
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Hours and cost</legend>
        <div className="flex flex-col gap-2">
          <TextField
            id="hoursPerYear"
            label="Hours of instruction per year"
            type="number"
            min={1}
            max={2000}
            required
            {...field("hoursPerYear")}
          />
          {Number.isFinite(hours) && hours > 0 && hours < riHoursPerYear ? (
            <Alert tone="warning">
              DOL recommends at least {riHoursPerYear} hours of related instruction per year. You can continue, and AAMI
              will review it with you.
            </Alert>
          ) : null}
        </div>
        <TextField
          id="costPerApprentice"
          label="Estimated cost per apprentice (USD)"
          inputMode="decimal"
          required
          {...field("costPerApprentice")}
        />
      </fieldset>
      <fieldset className="grid gap-6 rounded-lg border border-slate-200 p-5 lg:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Funding</legend>
        <div className="flex flex-col gap-4">
          <ChoiceGroupField
            type="checkbox"
            name="sources"
            legend="Where does the money come from?"
            required
            options={FUNDING_SOURCES}
            error={errorFor("sources")}
            inputProps={(value) => ({ ...form.register("sources"), defaultChecked: sources.includes(value) })}
          />
          <TextField
            id="otherSourceText"
            label="Other funding source"
            hint="Only if you ticked Other."
            {...field("otherSourceText")}
          />
          <ChoiceGroupField
            type="radio"
            name="instructionTimePaid"
            legend="Is time spent in related instruction paid?"
            required
            options={PAID_OPTIONS}
            error={errorFor("instructionTimePaid")}
            inputProps={(value) => ({ ...form.register("instructionTimePaid"), defaultChecked: paid === value })}
          />
          <CheckboxField
            id="attest-funding"
            label="My organization pays 100% of the cost of the related instruction the program requires (Training Objectives, p. A-20)."
            value="yes"
            error={errorFor("attest")}
            {...form.register("attest")}
          />
        </div>
        {guidance}
      </fieldset>
      <div>
        <SubmitButton pending={pending}>Save funding plan</SubmitButton>
      </div>
    </form>
  );
}
