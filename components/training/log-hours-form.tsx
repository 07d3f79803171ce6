"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { ErrorSummary, summaryErrors } from "@/components/forms/error-summary";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextAreaField, describedBy } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { logWeekHours } from "@/lib/training/hours/actions";
import { DAY_FIELDS, LogHoursSchema } from "@/lib/training/hours/schemas";
import { DAY_NAMES } from "@/lib/training/weeks";

/** What the form starts from: a new entry, an entry being edited, or a correction of an approved one. */
export type LogHoursDefaults = {
  apprenticeId: string;
  weekStart: string;
  skillSetKey: string;
  entryId: string;
  correctsId: string;
  rowVersion: string;
  note: string;
} & Record<(typeof DAY_FIELDS)[number], string>;

/**
 * One skill set's hours for one week, built for a phone: the seven days sit in one row of small number fields
 * (Monday first), and the skill set is chosen from the published schedule. Without JavaScript it posts to the same
 * action and comes back with each message next to its field. A correction keeps the week and skill set of the entry
 * it corrects, so the skill set is shown, not chosen.
 */
export function LogHoursForm({
  defaults,
  weekLabel,
  skillSets,
  fixedSkillSet,
  submitLabel,
}: {
  defaults: LogHoursDefaults;
  weekLabel: string;
  skillSets: ReadonlyArray<{ value: string; label: string }>;
  /** The skill set's title when it cannot change (corrections). */
  fixedSkillSet: string | null;
  submitLabel: string;
}) {
  const { failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    LogHoursSchema,
    logWeekHours,
    defaults,
  );
  const fields = [
    { name: "weekStart", fieldId: "log-week" },
    { name: "skillSetKey", fieldId: "log-skill-set" },
    ...DAY_FIELDS.map((name) => ({ name, fieldId: `log-${name}` })),
    { name: "hours", fieldId: "log-hours" },
    { name: "note", fieldId: "log-note" },
  ];
  const errors = summaryErrors(fields, errorFor);
  /** A plain input's registration, without the `error` prop the labelled fields take. */
  const inputProps = (name: Parameters<typeof field>[0]) => {
    const { error, ...props } = field(name);
    void error;
    return props;
  };
  const dayErrors = DAY_FIELDS.flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ name, message }] : [];
  });
  const weekError = errorFor("weekStart");
  const hoursError = errorFor("hours");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {failed && errors.length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <ErrorSummary errors={errors} />
      {(["apprenticeId", "weekStart", "entryId", "correctsId", "rowVersion"] as const).map((name) => (
        <input key={name} type="hidden" {...inputProps(name)} />
      ))}
      <div>
        <p
          className="text-sm font-semibold text-slate-900"
          id="log-week"
          tabIndex={-1}
          aria-describedby={weekError ? "log-week-error" : undefined}
        >
          {weekLabel}
        </p>
        {weekError ? (
          <p id="log-week-error" className="text-sm font-medium text-red-800">
            {weekError}
          </p>
        ) : null}
      </div>
      {fixedSkillSet ? (
        <div>
          <input type="hidden" {...inputProps("skillSetKey")} />
          <p className="text-sm font-semibold text-slate-900">Skill set</p>
          <p
            id="log-skill-set"
            tabIndex={-1}
            aria-describedby={errorFor("skillSetKey") ? "log-skill-set-error" : undefined}
          >
            {fixedSkillSet}
          </p>
          {errorFor("skillSetKey") ? (
            <p id="log-skill-set-error" className="text-sm font-medium text-red-800">
              {errorFor("skillSetKey")}
            </p>
          ) : null}
        </div>
      ) : (
        <SelectField
          id="log-skill-set"
          label="Skill set"
          required
          options={[{ value: "", label: "Choose a skill set" }, ...skillSets]}
          {...field("skillSetKey")}
        />
      )}
      <fieldset
        id="log-hours"
        tabIndex={-1}
        aria-describedby={hoursError ? "log-hours-hint log-hours-error" : "log-hours-hint"}
      >
        <legend className="text-sm font-semibold text-slate-900">Hours each day</legend>
        <p id="log-hours-hint" className="text-sm text-slate-700">
          Leave days you did not work in this skill set blank. Half hours as 7.5.
        </p>
        <div className="mt-2 grid grid-cols-7 gap-1">
          {DAY_FIELDS.map((name, i) => {
            const id = `log-${name}`;
            const error = errorFor(name);
            return (
              <div key={name} className="flex flex-col items-center gap-1">
                <label htmlFor={id} className="text-sm font-semibold text-slate-900">
                  <span aria-hidden="true">{DAY_NAMES[i]!.slice(0, 3)}</span>
                  <span className="sr-only">{DAY_NAMES[i]}</span>
                </label>
                <input
                  id={id}
                  inputMode="decimal"
                  autoComplete="off"
                  aria-invalid={error ? true : undefined}
                  aria-describedby={describedBy(id, undefined, error)}
                  className={`min-h-11 w-full min-w-0 rounded-md border px-1 py-2 text-center text-base ${error ? "border-red-700" : "border-slate-500"}`}
                  {...inputProps(name)}
                />
              </div>
            );
          })}
        </div>
        {dayErrors.length > 0 || hoursError ? (
          <ul className="mt-2 flex flex-col gap-1">
            {dayErrors.map(({ name, message }) => (
              <li key={name} id={`log-${name}-error`} className="text-sm font-medium text-red-800">
                {message}
              </li>
            ))}
            {hoursError ? (
              <li id="log-hours-error" className="text-sm font-medium text-red-800">
                {hoursError}
              </li>
            ) : null}
          </ul>
        ) : null}
      </fieldset>
      <TextAreaField id="log-note" label="Note for your mentor (optional)" rows={2} {...field("note")} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
