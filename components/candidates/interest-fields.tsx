"use client";

import type { ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import {
  CheckboxField,
  ChoiceGroupField,
  SelectField,
  TextAreaField,
  TextField,
  choiceId,
} from "@/components/ui/field";
import { StateZipFields } from "@/components/ui/state-zip-fields";
import {
  EDUCATION_OPTIONS,
  EXPERIENCE_OPTIONS,
  HEARD_ABOUT_OPTIONS,
  MAX_EXPERIENCE_NOTES,
  SELF_ID_QUESTIONS,
  SITUATION_OPTIONS,
} from "@/lib/candidates/options";
import { REGION_OPTIONS } from "@/lib/regions";
import { STATE_OPTIONS } from "@/lib/us-states";

// The interest form's questions, shared by the public form and the candidate's private profile page so the two
// can never ask different things.

const EDUCATION_CHOICES = [{ value: "", label: "Choose one" }, ...EDUCATION_OPTIONS];
const RELOCATE_OPTIONS = [
  { value: "yes", label: "Yes, I would move for the right apprenticeship" },
  { value: "no", label: "No, only near where I live" },
];

/** One question of the form: its field name and the id of the control a link to it (the error summary's) leads to. */
export type InterestQuestion = { name: string; fieldId: string };
const typed = (name: string): InterestQuestion => ({ name, fieldId: name });
const chosen = (name: string, options: ReadonlyArray<{ value: string }>): InterestQuestion => ({
  name,
  fieldId: choiceId(name, options[0]!.value),
});

export type InterestStep = { title: string; hint?: string; questions: ReadonlyArray<InterestQuestion> };

/**
 * The form's parts in page order, with the questions each asks. Consent comes before the voluntary questions, so
 * the last part can be skipped. The public form shows one part at a time (components/candidates/interest-form.tsx);
 * the profile page shows them all.
 */
export const INTEREST_STEPS = [
  {
    title: "About you",
    questions: ["firstName", "lastName", "email", "phone", "city", "state", "postalCode"].map(typed),
  },
  {
    title: "Where you would work and your background",
    questions: [
      chosen("willingToRelocate", RELOCATE_OPTIONS),
      chosen("regionsOfInterest", REGION_OPTIONS),
      chosen("statesOfInterest", STATE_OPTIONS),
      typed("educationLevel"),
      chosen("situation", SITUATION_OPTIONS),
      chosen("experienceTags", EXPERIENCE_OPTIONS),
      typed("experienceNotes"),
      typed("heardAbout"),
    ],
  },
  {
    title: "Sharing your profile",
    hint: "Employer partners can see your profile and contact you only if you agree.",
    questions: [typed("consentToShare")],
  },
  {
    title: "Voluntary self-identification (optional)",
    hint: "The Department of Labor asks apprenticeship programs to report these answers to check that recruitment is fair (29 CFR part 30). Answering is voluntary and skipping any question has no effect. Your answers are stored apart from your profile and are never shown to employers.",
    questions: SELF_ID_QUESTIONS.map((q) => chosen(`selfId.${q.name}`, q.options)),
  },
] as const satisfies ReadonlyArray<InterestStep>;

/** Every question in page order. */
export const INTEREST_QUESTIONS: ReadonlyArray<InterestQuestion> = INTEREST_STEPS.flatMap((s) => s.questions);

/** The part of the form that asks a question (by the id its links lead to). */
export const stepOfField = (fieldId: string) =>
  Math.max(
    0,
    INTEREST_STEPS.findIndex((s: InterestStep) => s.questions.some((q) => q.fieldId === fieldId)),
  );

/** How a form frames each part: the profile page as a fieldset, the public form as one step of several. */
export type StepFrame = (step: InterestStep, index: number, questions: ReactNode) => ReactNode;

const fieldsetFrame: StepFrame = (step, _index, questions) => (
  <fieldset key={step.title} className="flex flex-col gap-4 rounded-lg border border-slate-200 p-4 sm:p-5">
    <legend className="px-1 text-lg font-semibold">{step.title}</legend>
    {step.hint ? <p className="text-sm text-slate-700">{step.hint}</p> : null}
    {questions}
  </fieldset>
);

/** What useActionForm gives a form, loosened to plain field names so both interest forms can share the fields. */
export type InterestBindings = {
  form: UseFormReturn<FieldValues>;
  field: (name: string) => { name: string; defaultValue: string; error?: string; autoFocus?: boolean };
  errorFor: (name: string) => string | undefined;
  failedValues?: Record<string, string>;
  /** The question the keyboard starts on when the page renders: the first the server refused. */
  autoFocusName?: string;
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
  frame = fieldsetFrame,
}: {
  bind: InterestBindings;
  emailField: ReactNode;
  /** The candidate's saved choices (checkbox groups and radios), on their profile page. */
  stored?: Record<string, string | string[]>;
  frame?: StepFrame;
}) {
  const { form, field, errorFor, autoFocusName } = bind;
  const was = ticked(bind, stored);
  // A group's first option takes the keyboard when the group is the first question refused (autofocus works
  // without JavaScript too).
  const group = (name: string, options: ReadonlyArray<{ value: string }>) => (value: string) => ({
    ...form.register(name),
    defaultChecked: was(name, value),
    autoFocus: (autoFocusName === name && value === options[0]?.value) || undefined,
  });
  const [aboutYou, whereAndWhat, consent, selfId] = INTEREST_STEPS;

  return (
    <>
      {frame(
        aboutYou,
        0,
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="firstName" label="First name" required autoComplete="given-name" {...field("firstName")} />
          <TextField id="lastName" label="Last name" required autoComplete="family-name" {...field("lastName")} />
          {emailField}
          <TextField id="phone" label="Phone (optional)" type="tel" autoComplete="tel" {...field("phone")} />
          <TextField id="city" label="City" required autoComplete="address-level2" {...field("city")} />
          <StateZipFields state={field("state")} postalCode={field("postalCode")} />
        </div>,
      )}

      {frame(
        whereAndWhat,
        1,
        <>
          <ChoiceGroupField
            type="radio"
            name="willingToRelocate"
            legend="Would you move for an apprenticeship?"
            required
            options={RELOCATE_OPTIONS}
            error={errorFor("willingToRelocate")}
            inputProps={group("willingToRelocate", RELOCATE_OPTIONS)}
          />
          <ChoiceGroupField
            type="checkbox"
            name="regionsOfInterest"
            legend="Regions you are interested in (optional)"
            options={REGION_OPTIONS}
            error={errorFor("regionsOfInterest")}
            inputProps={group("regionsOfInterest", REGION_OPTIONS)}
          />
          {/* Open when it holds a refused answer, so the link to it and the keyboard can reach it. */}
          <details
            className="rounded border border-slate-200 px-3"
            open={Boolean(errorFor("statesOfInterest")) || undefined}
          >
            <summary className="cursor-pointer py-3 text-sm font-semibold">Choose particular states (optional)</summary>
            <div className="pb-3">
              <ChoiceGroupField
                type="checkbox"
                name="statesOfInterest"
                legend="States you are interested in"
                options={STATE_OPTIONS}
                error={errorFor("statesOfInterest")}
                inputProps={group("statesOfInterest", STATE_OPTIONS)}
              />
            </div>
          </details>
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
            inputProps={group("situation", SITUATION_OPTIONS)}
          />
          <ChoiceGroupField
            type="checkbox"
            name="experienceTags"
            legend="Relevant experience (tick any)"
            options={EXPERIENCE_OPTIONS}
            error={errorFor("experienceTags")}
            inputProps={group("experienceTags", EXPERIENCE_OPTIONS)}
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
        </>,
      )}

      {frame(
        consent,
        2,
        <CheckboxField
          id="consentToShare"
          value="yes"
          label="AAMI may share my profile (not my self-identification answers) with its approved employer partners, who may contact me about apprenticeships. I can withdraw at any time."
          error={errorFor("consentToShare")}
          defaultChecked={was("consentToShare", "yes")}
          autoFocus={autoFocusName === "consentToShare" || undefined}
          {...form.register("consentToShare")}
        />,
      )}

      {frame(
        selfId,
        3,
        SELF_ID_QUESTIONS.map((q) => (
          <ChoiceGroupField
            key={q.name}
            type={q.type}
            name={`selfId.${q.name}`}
            legend={q.legend}
            options={q.options}
            error={errorFor(`selfId.${q.name}`)}
            inputProps={group(`selfId.${q.name}`, q.options)}
          />
        )),
      )}
    </>
  );
}
