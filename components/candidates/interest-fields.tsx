"use client";

import type { ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxField, ChoiceGroupField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { StateZipFields } from "@/components/ui/state-zip-fields";
import {
  EDUCATION_OPTIONS,
  EXPERIENCE_OPTIONS,
  HEARD_ABOUT_OPTIONS,
  SELF_ID_QUESTIONS,
  SITUATION_OPTIONS,
} from "@/lib/candidates/options";
import { MAX_EXPERIENCE_NOTES } from "@/lib/candidates/interest/schemas";
import { REGION_OPTIONS } from "@/lib/regions";
import { STATE_OPTIONS } from "@/lib/us-states";

// The interest form's questions, shared by the public form and the candidate's private profile page so the two
// can never ask different things.

const EDUCATION_CHOICES = [{ value: "", label: "Choose one" }, ...EDUCATION_OPTIONS];
const RELOCATE_OPTIONS = [
  { value: "yes", label: "Yes, I would move for the right apprenticeship" },
  { value: "no", label: "No, only near where I live" },
];

function Section({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-5">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

/** What useActionForm gives a form, loosened to plain field names so both interest forms can share the fields. */
export type InterestBindings = {
  form: UseFormReturn<FieldValues>;
  field: (name: string) => { name: string; defaultValue: string; error?: string };
  errorFor: (name: string) => string | undefined;
  failedValues?: Record<string, string>;
};

/**
 * Whether a choice is ticked when the page renders: what the server echoed back after refusing (ticked boxes
 * arrive comma-joined), else what is stored, so the form also shows its state without JavaScript.
 */
function ticked(bind: InterestBindings, stored: Record<string, string | string[]> | undefined) {
  return (name: string, value: string) => {
    const source = bind.failedValues ? bind.failedValues[name]?.split(",") : stored?.[name];
    return Array.isArray(source) ? source.includes(value) : source === value;
  };
}

export function InterestFields({
  bind,
  emailField,
  stored,
}: {
  bind: InterestBindings;
  emailField: ReactNode;
  /** The candidate's saved choices (checkbox groups and radios), on their profile page. */
  stored?: Record<string, string | string[]>;
}) {
  const { form, field, errorFor } = bind;
  const was = ticked(bind, stored);
  const group = (name: string) => (value: string) => ({ ...form.register(name), defaultChecked: was(name, value) });

  return (
    <>
      <Section legend="About you">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="firstName" label="First name" required autoComplete="given-name" {...field("firstName")} />
          <TextField id="lastName" label="Last name" required autoComplete="family-name" {...field("lastName")} />
          {emailField}
          <TextField id="phone" label="Phone (optional)" type="tel" autoComplete="tel" {...field("phone")} />
          <TextField id="city" label="City" required autoComplete="address-level2" {...field("city")} />
          <StateZipFields state={field("state")} postalCode={field("postalCode")} />
        </div>
      </Section>

      <Section legend="Where you would work">
        <ChoiceGroupField
          type="radio"
          name="willingToRelocate"
          legend="Would you move for an apprenticeship?"
          required
          options={RELOCATE_OPTIONS}
          error={errorFor("willingToRelocate")}
          inputProps={group("willingToRelocate")}
        />
        <ChoiceGroupField
          type="checkbox"
          name="regionsOfInterest"
          legend="Regions you are interested in (optional)"
          options={REGION_OPTIONS}
          error={errorFor("regionsOfInterest")}
          inputProps={group("regionsOfInterest")}
        />
        <details className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-semibold">Choose particular states (optional)</summary>
          <div className="mt-3">
            <ChoiceGroupField
              type="checkbox"
              name="statesOfInterest"
              legend="States you are interested in"
              options={STATE_OPTIONS}
              error={errorFor("statesOfInterest")}
              inputProps={group("statesOfInterest")}
            />
          </div>
        </details>
      </Section>

      <Section legend="Your background">
        <SelectField
          id="educationLevel"
          label="Highest education"
          required
          options={EDUCATION_CHOICES}
          {...field("educationLevel")}
        />
        <ChoiceGroupField
          type="radio"
          name="situation"
          legend="What best describes you now?"
          required
          options={SITUATION_OPTIONS}
          error={errorFor("situation")}
          inputProps={group("situation")}
        />
        <ChoiceGroupField
          type="checkbox"
          name="experienceTags"
          legend="Relevant experience (tick any)"
          options={EXPERIENCE_OPTIONS}
          error={errorFor("experienceTags")}
          inputProps={group("experienceTags")}
        />
        <TextAreaField
          id="experienceNotes"
          label="Tell employers about your experience (optional)"
          hint={`Jobs, training, certifications. Up to ${MAX_EXPERIENCE_NOTES.toLocaleString("en-US")} characters.`}
          maxLength={MAX_EXPERIENCE_NOTES}
          {...field("experienceNotes")}
        />
        <SelectField
          id="heardAbout"
          label="How did you hear about the program? (optional)"
          options={HEARD_ABOUT_OPTIONS}
          {...field("heardAbout")}
        />
      </Section>

      <Section
        legend="Voluntary self-identification (optional)"
        hint="The Department of Labor asks apprenticeship programs to report these answers to check that recruitment is fair (29 CFR part 30). Answering is voluntary and skipping any question has no effect. Your answers are stored apart from your profile and are never shown to employers."
      >
        {SELF_ID_QUESTIONS.map((q) => (
          <ChoiceGroupField
            key={q.name}
            type={q.type}
            name={`selfId.${q.name}`}
            legend={q.legend}
            options={q.options}
            error={errorFor(`selfId.${q.name}`)}
            inputProps={group(`selfId.${q.name}`)}
          />
        ))}
      </Section>

      <CheckboxField
        id="consentToShare"
        value="yes"
        label="AAMI may share my profile (not my self-identification answers) with its approved employer partners, who may contact me about apprenticeships. I can withdraw at any time."
        error={errorFor("consentToShare")}
        defaultChecked={was("consentToShare", "yes")}
        {...form.register("consentToShare")}
      />
    </>
  );
}
