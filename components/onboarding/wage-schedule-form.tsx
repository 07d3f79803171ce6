"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroupField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { WageScheduleView } from "@/components/onboarding/wage-schedule-view";
import { formatCents } from "@/lib/forms/fields";
import { saveWageSchedule } from "@/lib/onboarding/wages/actions";
import type { MinimumWage } from "@/lib/onboarding/wages/minimum-wage";
import { BASIS_UNIT, type ProgramTerm, type WageScheduleInput } from "@/lib/onboarding/wages/rules";
import {
  AMOUNT_KIND_OPTIONS,
  BASIS_OPTIONS,
  MAX_WAGE_STEPS,
  wageScheduleSchema,
  type WageScheduleFormInput,
} from "@/lib/onboarding/wages/schemas";

type Row = NonNullable<NonNullable<WageScheduleFormInput["steps"]>[number]>;
const SPARE_ROWS = 2;

const money = (cents: number) => (cents / 100).toFixed(2);
const number = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? Number(v.replace(/[$%,\s]/g, "")) : NaN);

/** What the typed values describe so far, for the live preview; rows that do not parse yet are left out. */
function previewOf(values: WageScheduleFormInput): WageScheduleInput | null {
  const jw = Math.round(number(values.journeyworkerRate) * 100);
  const entry = Math.round(number(values.entryWage) * 100);
  const term = number(values.termLength);
  if (!(jw > 0) || !(entry > 0) || !(term > 0) || !values.basis) return null;
  const rows = (values.steps ?? []) as Row[];
  const steps = rows.flatMap((row) => {
    const threshold = number(row?.threshold);
    const amount = number(row?.amount);
    if (!(threshold > 0) || !(amount > 0)) return [];
    const amountKind = row.amountKind === "DOLLARS" ? ("DOLLARS" as const) : ("PERCENT" as const);
    return [{ threshold, amountKind, amountValue: Math.round(amount * 100) }];
  });
  return {
    journeyworkerRateCents: jw,
    entryWageCents: entry,
    basis: values.basis as WageScheduleInput["basis"],
    termLength: term,
    steps,
  };
}

/** `term`: the current standards' term, which the schedule must cover. */
export function WageScheduleForm({
  schedule,
  minimum,
  term,
}: {
  schedule: WageScheduleInput | null;
  minimum: MinimumWage;
  term: ProgramTerm;
}) {
  const savedRows: Row[] = (schedule?.steps ?? []).map((s) => ({
    threshold: String(s.threshold),
    amountKind: s.amountKind,
    amount: s.amountKind === "DOLLARS" ? money(s.amountValue) : String(s.amountValue / 100),
  }));
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    wageScheduleSchema(minimum, term),
    saveWageSchedule,
    {
      journeyworkerRate: schedule ? money(schedule.journeyworkerRateCents) : "",
      entryWage: schedule ? money(schedule.entryWageCents) : "",
      basis: schedule?.basis ?? "MONTHS",
      termLength: String(schedule?.termLength ?? term.termMonths),
      steps: savedRows,
    },
  );
  const typedRows = Object.keys(failed?.values ?? {}).filter((k) => /^steps\.\d+\.threshold$/.test(k)).length;
  const [rowCount, setRowCount] = useState(
    Math.min(MAX_WAGE_STEPS, Math.max(savedRows.length + SPARE_ROWS, typedRows, 4)),
  );
  const values = form.watch();
  const preview = previewOf(values);
  const basis = (values.basis as WageScheduleInput["basis"] | undefined) ?? "MONTHS";
  const stepsError = errorFor("steps");

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Rates</legend>
        <TextField
          id="journeyworkerRate"
          label="Journeyworker hourly rate (USD)"
          hint="What a fully qualified BMET earns at your organization."
          inputMode="decimal"
          required
          {...field("journeyworkerRate")}
        />
        <TextField
          id="entryWage"
          label="Entry wage (USD per hour)"
          hint={`At least ${formatCents(minimum.cents)}, ${minimum.description}. Your city or county may require more.`}
          inputMode="decimal"
          required
          {...field("entryWage")}
        />
      </fieldset>
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-5 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">Progression</legend>
        <ChoiceGroupField
          type="radio"
          name="basis"
          legend="Apprentices earn raises by"
          required
          options={BASIS_OPTIONS}
          error={errorFor("basis")}
          inputProps={(value) => ({ ...form.register("basis"), defaultChecked: (values.basis ?? "MONTHS") === value })}
        />
        <TextField
          id="termLength"
          label={`Length of the term (${BASIS_UNIT[basis].many})`}
          hint={`The program runs ${term.termMonths} months (at least ${term.termOjlHours.toLocaleString("en-US")} hours).`}
          type="number"
          min={1}
          required
          {...field("termLength")}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5" aria-describedby="steps-help">
        <legend className="px-1 text-lg font-semibold">Raises</legend>
        <p id="steps-help" className="text-sm text-slate-700">
          Each raise starts after a number of {BASIS_UNIT[basis].many} and is an hourly wage in dollars or a percentage
          of the journeyworker rate. Include at least one raise. To remove a raise, clear its row.
        </p>
        {stepsError ? (
          <p id="steps-error" className="text-sm font-medium text-red-800">
            {stepsError}
          </p>
        ) : null}
        <ol className="flex flex-col gap-3">
          {Array.from({ length: rowCount }, (_, i) => (
            <StepRow key={i} index={i} unit={BASIS_UNIT[basis].many} form={form} errorFor={errorFor} field={field} />
          ))}
        </ol>
        {rowCount < MAX_WAGE_STEPS ? (
          <div>
            <Button type="button" variant="secondary" onClick={() => setRowCount((n) => n + 1)}>
              Add another raise
            </Button>
          </div>
        ) : null}
      </fieldset>
      <section aria-labelledby="preview-heading" className="flex flex-col gap-3">
        <h3 id="preview-heading" className="font-semibold">
          Preview
        </h3>
        {preview ? (
          <WageScheduleView schedule={preview} minimumCents={minimum.cents} />
        ) : (
          <p className="text-sm text-slate-700">Enter the rates and the term to see the schedule.</p>
        )}
      </section>
      <div>
        <SubmitButton pending={pending}>Save wage schedule</SubmitButton>
      </div>
    </form>
  );
}

type FormApi = ReturnType<typeof useActionForm<ReturnType<typeof wageScheduleSchema>, unknown>>;

function StepRow({
  index,
  unit,
  form,
  errorFor,
  field,
}: {
  index: number;
  unit: string;
  form: FormApi["form"];
  errorFor: FormApi["errorFor"];
  field: FormApi["field"];
}) {
  const name = (part: "threshold" | "amountKind" | "amount") => `steps.${index}.${part}` as const;
  const kind = field(name("amountKind"));
  return (
    <li className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-3">
      <TextField
        id={`steps-${index}-threshold`}
        label={`Raise ${index + 1}: starts after (${unit})`}
        type="number"
        min={1}
        {...field(name("threshold"))}
      />
      <TextField
        id={`steps-${index}-amount`}
        label={`Raise ${index + 1}: amount`}
        inputMode="decimal"
        {...field(name("amount"))}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`steps-${index}-kind`} className="text-sm font-semibold text-slate-900">
          Raise {index + 1}: stated as
        </label>
        <select
          id={`steps-${index}-kind`}
          className="w-full rounded-md border border-slate-500 px-3 py-2 text-base text-slate-900 shadow-sm"
          {...form.register(name("amountKind"))}
          defaultValue={kind.defaultValue || "PERCENT"}
          aria-invalid={errorFor(name("amountKind")) ? true : undefined}
        >
          {AMOUNT_KIND_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
