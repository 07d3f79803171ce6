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

/** The questions before the disability disclosure, in the ETA-671's order. */
const QUESTIONS = [
  { name: "gender", type: "radio", legend: "Sex", options: GENDER_OPTIONS },
  { name: "ethnicity", type: "radio", legend: "Ethnicity", options: ETHNICITY_CHOICES },
  { name: "races", type: "checkbox", legend: "Race (tick all that apply)", options: RACE_CHOICES },
  { name: "veteranStatus", type: "radio", legend: "Veteran status", options: VETERAN_CODES },
  {
    name: "educationLevel",
    type: "radio",
    legend: "Education (the highest you have completed)",
    options: EDUCATION_CODES,
  },
] as const;

type Question = (typeof QUESTIONS)[number]["name"] | "disabilityStatus";

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
  // Without JavaScript the page is rendered again from what was posted (ticked boxes comma-joined); otherwise each
  // question starts at "did not answer".
  const answered = (name: Question): readonly string[] => {
    const echoed = failedValues?.[name];
    if (echoed !== undefined) return echoed.split(",");
    const initial = NOT_ANSWERED[name];
    return typeof initial === "string" ? [initial] : initial;
  };
  const bind = (name: Question) => ({
    name,
    error: errorFor(name),
    inputProps: (value: string) => ({ ...form.register(name), defaultChecked: answered(name).includes(value) }),
  });

  return (
    <fieldset className="flex flex-col gap-5 rounded-md border border-slate-200 p-4">
      <legend className="px-1 text-base font-semibold text-slate-900">Voluntary self-identification (optional)</legend>
      <p className="text-sm text-slate-700">
        The U.S. Department of Labor asks every registered apprentice these questions (form ETA-671) to check that
        apprenticeship is open to everyone (29 CFR part 30). Answering is voluntary: leave any question at “
        {DECLINE_LABEL}” and nothing changes for you. Your answers are kept apart from your enrollment and go only to
        the Department of Labor with your registration. Your employer never sees them, only whether you answered.
      </p>
      {QUESTIONS.map((q) => (
        <ChoiceGroupField key={q.name} type={q.type} legend={q.legend} options={q.options} {...bind(q.name)} />
      ))}

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
        <ChoiceGroupField type="radio" legend={D.question} options={DISABILITY_CODES} {...bind("disabilityStatus")} />
        <h4 className="text-sm font-semibold text-slate-900">{D.accommodation.heading}</h4>
        <p className="text-sm text-slate-800">{D.accommodation.paragraph}</p>
      </section>
    </fieldset>
  );
}
