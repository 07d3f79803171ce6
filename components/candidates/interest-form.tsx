"use client";

import { useEffect, useState, type FormEvent, type MouseEvent } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary, summaryErrors } from "@/components/forms/error-summary";
import {
  INTEREST_QUESTIONS,
  INTEREST_STEPS,
  InterestFields,
  stepOfField,
  type InterestBindings,
  type InterestQuestion,
  type StepFrame,
} from "@/components/candidates/interest-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitInterest } from "@/lib/candidates/interest/actions";
import { formDataToObject } from "@/lib/forms/form-data";

type Failure = { fieldErrors: Record<string, string[]>; values?: Record<string, string> } | null;

/** The server's message for a question, including one about a single ticked box ("statesOfInterest.3"). */
const serverMessage = (failed: Failure, name: string) =>
  Object.entries(failed?.fieldErrors ?? {}).find(([key]) => key === name || key.startsWith(`${name}.`))?.[1][0];

/** The first question the server refused, in page order. */
const firstRefused = (failed: Failure) => INTEREST_QUESTIONS.find((q) => serverMessage(failed, q.name));

/** useActionForm's result as the shared fields take it. */
export function interestBindings(hook: {
  form: unknown;
  field: (name: never) => { name: string; defaultValue: string; error?: string };
  errorFor: (name: string) => string | undefined;
  failed: Failure;
}): InterestBindings {
  const field = hook.field as (name: string) => { name: string; defaultValue: string; error?: string };
  const autoFocusName = firstRefused(hook.failed)?.name;
  return {
    form: hook.form as UseFormReturn<FieldValues>,
    field: (name) => ({ ...field(name), autoFocus: name === autoFocusName || undefined }),
    errorFor: hook.errorFor,
    failedValues: hook.failed?.values,
    autoFocusName,
  };
}

const LAST_STEP = INTEREST_STEPS.length - 1;
const headingId = (step: number) => `interest-step-${step + 1}`;
/**
 * Back and Next keep the keyboard where it is until they act: a press that first blurred the field would check it,
 * its message would appear or go, the button would move under the finger, and the press would miss it.
 */
const keepFocus = (event: MouseEvent) => event.preventDefault();

/**
 * Mobile-first: one column on a phone, fields sized for thumbs, nothing typed lost when the server refuses.
 * The server renders every part; with JavaScript the form shows one part at a time (CSS hides the others only
 * when scripting is on, so the first paint is already a step and nothing moves) and checks a part with the shared
 * schema before moving on. Without JavaScript it is one page with one button.
 */
export function InterestForm() {
  const hook = useActionForm(
    () => import("@/lib/candidates/interest/schemas").then((m) => m.InterestFormSchema),
    submitInterest,
    {
      firstName: "",
      lastName: "",
      email: "",
      phone: "",
      city: "",
      state: "",
      postalCode: "",
      experienceNotes: "",
      heardAbout: "",
      website: "",
    },
  );
  const { form, schema, failed, pending, formAction, onSubmit, errorFor } = hook;
  const bind = interestBindings(hook);

  // The part shown, and the element (a field or a part's heading) that takes the keyboard once it shows.
  const [view, setView] = useState(() => {
    const refused = firstRefused(failed);
    return { step: refused ? stepOfField(refused.fieldId) : 0, focus: null as string | null };
  });
  useEffect(() => {
    if (view.focus) document.getElementById(view.focus)?.focus();
  }, [view]);
  const show = (fieldId: string) => setView({ step: stepOfField(fieldId), focus: fieldId });
  const goTo = (step: number) => setView({ step, focus: headingId(step) });

  // A new refusal from the server: show the part holding the first refused question (render-time, not an effect,
  // so the right part paints at once).
  const [seenFailure, setSeenFailure] = useState(failed);
  if (failed !== seenFailure) {
    setSeenFailure(failed);
    const refused = firstRefused(failed);
    if (refused) show(refused.fieldId);
  }

  /** The first question with an error among these, as react-hook-form holds them now (not as last rendered). */
  const firstInvalid = (questions: ReadonlyArray<InterestQuestion>) =>
    questions.find((q) => form.getFieldState(q.name as never).invalid);

  // A step is checked with the form's schema against exactly what the form would send (its FormData, read as the
  // action reads it); only the step's own questions get messages.
  const next = async (formElement: HTMLFormElement | null) => {
    if (!formElement) return;
    const questions: ReadonlyArray<InterestQuestion> = INTEREST_STEPS[view.step]?.questions ?? [];
    const parsed = await (await schema()).safeParseAsync(formDataToObject(new FormData(formElement)));
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    let invalid: InterestQuestion | undefined;
    for (const q of questions) {
      const issue = issues.find((i) => i.path === q.name || i.path.startsWith(`${q.name}.`));
      if (!issue) {
        form.clearErrors(q.name as never);
        continue;
      }
      form.setError(q.name as never, { type: "step", message: issue.message });
      invalid ??= q;
    }
    if (invalid) show(invalid.fieldId);
    else goTo(view.step + 1);
  };

  const send = async (event: FormEvent<HTMLFormElement>) => {
    // Enter in a field of an earlier part moves on, as Next does.
    if (view.step < LAST_STEP) {
      event.preventDefault();
      return next(event.currentTarget);
    }
    await onSubmit(event);
    const invalid = firstInvalid(INTEREST_QUESTIONS);
    if (invalid) show(invalid.fieldId);
  };

  const sendTried = form.formState.submitCount > 0 || failed !== null;
  const errors = sendTried ? summaryErrors(INTEREST_QUESTIONS, (n) => errorFor(n) ?? serverMessage(failed, n)) : [];

  const stepFrame: StepFrame = (step, index, questions) => (
    <section
      key={step.title}
      aria-labelledby={headingId(index)}
      className={`flex flex-col gap-4 ${index === view.step ? "" : "not-noscript:hidden"}`}
    >
      <div>
        <p className="text-sm font-semibold text-slate-700">
          Step {index + 1} of {INTEREST_STEPS.length}
        </p>
        <span aria-hidden="true" className="mt-1 flex gap-1">
          {INTEREST_STEPS.map((s, i) => (
            <span
              key={s.title}
              className={`h-1.5 flex-1 rounded-full ${i <= index ? "bg-brand-700" : "bg-slate-200"}`}
            />
          ))}
        </span>
        <h2 id={headingId(index)} tabIndex={-1} className="mt-3 text-xl font-semibold">
          {step.title}
        </h2>
        {step.hint ? <p className="mt-1 text-sm text-slate-700">{step.hint}</p> : null}
      </div>
      {questions}
      <div className={`flex flex-wrap gap-3 ${index < LAST_STEP ? "noscript:hidden" : ""}`}>
        {index > 0 ? (
          <Button
            type="button"
            variant="secondary"
            className="noscript:hidden"
            onMouseDown={keepFocus}
            onClick={() => goTo(index - 1)}
          >
            Back
          </Button>
        ) : null}
        {index < LAST_STEP ? (
          <Button
            type="button"
            className="noscript:hidden"
            onMouseDown={keepFocus}
            onClick={(event) => next(event.currentTarget.form)}
          >
            Next
          </Button>
        ) : (
          <SubmitButton pending={pending} pendingLabel="Sending…">
            Send my interest
          </SubmitButton>
        )}
      </div>
    </section>
  );

  return (
    <form action={formAction} onSubmit={send} noValidate className="flex flex-col gap-6">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <ErrorSummary errors={errors} onFollow={show} />
      <InterestFields
        bind={bind}
        frame={stepFrame}
        emailField={
          <TextField
            id="email"
            label="Email"
            type="email"
            required
            autoComplete="email"
            hint="We email you a private link to see, change or withdraw your profile. Sending the form again with the same address updates it."
            {...bind.field("email")}
          />
        }
      />

      {/* Hidden from people (and from screen readers); bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...form.register("website")} />
      </div>
    </form>
  );
}
