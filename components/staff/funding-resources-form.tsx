"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveFundingResources } from "@/lib/settings/actions";
import {
  FUNDING_DESCRIPTION_MAX,
  FUNDING_TITLE_MAX,
  FundingResourcesSchema,
  MAX_FUNDING_RESOURCES,
  type FundingResource,
} from "@/lib/settings/schemas";

/** Blank rows offered after the stored ones, so a resource can be added without JavaScript. */
const SPARE_ROWS = 2;

/**
 * Staff > Settings: the funding resources employers see on step 4 and on the home page, in order. Every row is a plain
 * set of fields (no script needed): fill a spare row to add one, clear a row to remove it.
 */
export function FundingResourcesForm({ current }: { current: FundingResource[] }) {
  const rows = Math.min(current.length + SPARE_ROWS, MAX_FUNDING_RESOURCES);
  const { state, failed, pending, formAction, onSubmit, field } = useActionForm(
    FundingResourcesSchema,
    saveFundingResources,
    {
      resources: Array.from({ length: rows }, (_, i) => ({
        title: current[i]?.title ?? "",
        description: current[i]?.description ?? "",
        url: current[i]?.url ?? "",
      })),
    },
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {state?.ok ? <Alert tone="success">{state.data.message}</Alert> : null}
      {failed ? <Alert tone="error">{failed.message}</Alert> : null}
      <p className="max-w-3xl text-sm text-slate-700">
        Fill a blank row to add a resource; clear all three fields of a row to remove it. A link is a web address
        starting with https://, or a path on this portal such as the Training Objectives&rsquo; address below.
      </p>
      <ol className="flex flex-col gap-4">
        {Array.from({ length: rows }, (_, i) => (
          <li key={i}>
            <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2">
              <legend className="px-1 font-semibold">
                {i < current.length ? `Resource ${i + 1}` : `Resource ${i + 1} (blank: add one)`}
              </legend>
              <TextField
                id={`resources.${i}.title`}
                label="Title"
                maxLength={FUNDING_TITLE_MAX}
                {...field(`resources.${i}.title`)}
              />
              <TextField
                id={`resources.${i}.url`}
                label="Link (optional)"
                inputMode="url"
                {...field(`resources.${i}.url`)}
              />
              <div className="sm:col-span-2">
                <TextAreaField
                  id={`resources.${i}.description`}
                  label="Description"
                  maxLength={FUNDING_DESCRIPTION_MAX}
                  {...field(`resources.${i}.description`)}
                />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save funding resources
        </SubmitButton>
      </div>
    </form>
  );
}
