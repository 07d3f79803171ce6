"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";
import { ChoiceGroupField } from "@/components/ui/field";
import {
  DECLINE_LABEL,
  DISABILITY_CODES,
  EDUCATION_CODES,
  ETHNICITY_CODES,
  GENDER_OPTIONS,
  RACE_DECLINED,
  RACE_FLAGS,
  VETERAN_CODES,
} from "@/lib/apprentices/codes";
import { DISABILITY_DISCLOSURE as D } from "@/lib/apprentices/self-identification/disability-disclosure";
import { NOT_ANSWERED } from "@/lib/apprentices/self-identification/schemas";

// The ETA-671's voluntary self-identification questions on the apprentice's signing page. Each starts at "I do not
// wish to answer" (RAPIDS' "did not self-identify"), so nobody answers by accident and skipping is declining.

const ETHNICITY_CHOICES = ETHNICITY_CODES.map((o) =>
  o.value === "1"
    ? {
        ...o,
        help: "Of Cuban, Mexican, Puerto Rican, South or Central American, or other Spanish culture or origin, regardless of race.",
      }
    : o,
);
const RACE_CHOICES = [
  ...RACE_FLAGS.map((r) => ({ value: r.key, label: r.label })),
  { value: RACE_DECLINED, label: DECLINE_LABEL },
];

type Question = "gender" | "ethnicity" | "veteranStatus" | "educationLevel" | "disabilityStatus";

export function SelfIdentificationFields({
  form,
  errorFor,
  failedValues,
}: {
  form: UseFormReturn<FieldValues>;
  errorFor: (name: string) => string | undefined;
  /** What the server echoed back after refusing the form (ticked boxes comma-joined), so no answer is lost. */
  failedValues?: Record<string, string>;
}) {
  // Without JavaScript the page is rendered again from what was posted; otherwise it starts at "did not answer".
  const radio = (name: Question) => ({
    error: errorFor(name),
    inputProps: (value: string) => ({
      ...form.register(name),
      defaultChecked: (failedValues?.[name] ?? NOT_ANSWERED[name]) === value,
    }),
  });
  const racesTicked = failedValues?.races?.split(",") ?? [];

  return (
    <fieldset className="flex flex-col gap-5 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">Voluntary self-identification (optional)</legend>
      <p className="text-sm text-slate-700">
        The U.S. Department of Labor asks every registered apprentice these questions (form ETA-671) to check that
        apprenticeship is open to everyone (29 CFR part 30). Answering is voluntary: leave any question at “
        {DECLINE_LABEL}” and nothing changes for you. Your answers are kept apart from your enrollment and go only to
        the Department of Labor with your registration. Your employer never sees them, only whether you answered.
      </p>
      <ChoiceGroupField type="radio" name="gender" legend="Sex" options={GENDER_OPTIONS} {...radio("gender")} />
      <ChoiceGroupField
        type="radio"
        name="ethnicity"
        legend="Ethnicity"
        options={ETHNICITY_CHOICES}
        {...radio("ethnicity")}
      />
      <ChoiceGroupField
        type="checkbox"
        name="races"
        legend="Race (tick all that apply)"
        options={RACE_CHOICES}
        error={errorFor("races")}
        inputProps={(value) => ({ ...form.register("races"), defaultChecked: racesTicked.includes(value) })}
      />
      <ChoiceGroupField
        type="radio"
        name="veteranStatus"
        legend="Veteran status"
        options={VETERAN_CODES}
        {...radio("veteranStatus")}
      />
      <ChoiceGroupField
        type="radio"
        name="educationLevel"
        legend="Education (the highest you have completed)"
        options={EDUCATION_CODES}
        {...radio("educationLevel")}
      />

      <section aria-labelledby="disability-heading" className="flex flex-col gap-3 border-t border-slate-200 pt-4">
        <h3 id="disability-heading" className="text-base font-semibold text-slate-900">
          {D.title}
        </h3>
        <h4 className="text-sm font-semibold text-slate-900">{D.why.heading}</h4>
        {D.why.paragraphs.map((p) => (
          <p key={p} className="text-sm text-slate-800">
            {p}
          </p>
        ))}
        <h4 className="text-sm font-semibold text-slate-900">{D.how.heading}</h4>
        <p className="text-sm text-slate-800">{D.how.paragraph}</p>
        <p className="text-sm text-slate-800">{D.how.examplesIntro}</p>
        <ul className="grid list-disc gap-x-6 pl-6 text-sm text-slate-800 sm:grid-cols-2">
          {D.how.examples.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
        <ChoiceGroupField
          type="radio"
          name="disabilityStatus"
          legend={D.question}
          options={DISABILITY_CODES}
          {...radio("disabilityStatus")}
        />
        <h4 className="text-sm font-semibold text-slate-900">{D.accommodation.heading}</h4>
        <p className="text-sm text-slate-800">{D.accommodation.paragraph}</p>
      </section>
    </fieldset>
  );
}
