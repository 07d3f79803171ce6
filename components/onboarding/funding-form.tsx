"use client";

import type { FundingPlan } from "@prisma/client";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, ChoiceGroupField, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveFundingPlan } from "@/lib/onboarding/funding/actions";
import { DELIVERY_OPTIONS, FUNDING_SOURCES, FundingPlanSchema, PROVIDER_TYPES } from "@/lib/onboarding/funding/schemas";

const PAID_OPTIONS = [
  { value: "yes", label: "Yes, apprentices are paid for time in related instruction" },
  { value: "no", label: "No" },
];

/** `riHoursPerYear`: the current standards' minimum related-instruction hours a year. */
export function FundingForm({ plan, riHoursPerYear }: { plan: FundingPlan | null; riHoursPerYear: number }) {
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    FundingPlanSchema,
    saveFundingPlan,
    {
      providerName: plan?.providerName ?? "",
      providerType: plan?.providerType ?? "",
      delivery: plan?.delivery,
      providerContact: plan?.providerContact ?? "",
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
        <TextField id="providerName" label="Provider name" required {...field("providerName")} />
        <SelectField
          id="providerType"
          label="Type of provider"
          required
          options={PROVIDER_TYPES}
          {...field("providerType")}
        />
        <TextField
          id="providerContact"
          label="Contact at the provider"
          hint="Name, email or phone."
          required
          {...field("providerContact")}
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
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 p-5">
        <legend className="px-1 text-lg font-semibold">Funding</legend>
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
      </fieldset>
      <div>
        <SubmitButton pending={pending}>Save funding plan</SubmitButton>
      </div>
    </form>
  );
}
