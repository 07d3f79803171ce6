"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { correctAgency } from "@/lib/agencies/actions";
import type { EffectiveAgency } from "@/lib/agencies/data";
import { AGENCY_KINDS, AGENCY_KIND_LABEL } from "@/lib/agencies/registry";
import { CorrectAgencySchema } from "@/lib/agencies/schemas";

const KIND_OPTIONS = AGENCY_KINDS.map((kind) => ({ value: kind, label: `${kind}: ${AGENCY_KIND_LABEL[kind]}` }));

/** Corrects one state's entry; the page's version travels with it, so a colleague's correction is never overwritten. */
export function CorrectAgencyForm({ agency }: { agency: EffectiveAgency }) {
  const { state, failed, pending, formAction, onSubmit, field } = useActionForm(CorrectAgencySchema, correctAgency, {
    state: agency.state,
    rowVersion: String(agency.rowVersion),
    kind: agency.kind,
    name: agency.name,
    office: agency.office ?? "",
    email: agency.email ?? "",
    phone: agency.phone ?? "",
    website: agency.website ?? "",
    source: agency.source,
    checkedOn: agency.checkedOn,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      {state?.ok ? <Alert tone="success">{state.data.message}</Alert> : null}
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      {/* Plain hidden inputs: after a save the page re-renders with the new version and these follow it. */}
      <input type="hidden" name="state" value={agency.state} />
      <input type="hidden" name="rowVersion" value={agency.rowVersion} />
      <SelectField id="kind" label="Kind of agency" options={KIND_OPTIONS} required {...field("kind")} />
      <TextField id="name" label="Agency name" required {...field("name")} />
      <TextField
        id="office"
        label="Department or office"
        hint="The department it belongs to, or for the Office of Apprenticeship the office serving the state."
        {...field("office")}
      />
      <TextField id="email" label="Email" type="email" hint="Leave blank if not known." {...field("email")} />
      <TextField id="phone" label="Phone" type="tel" hint="Leave blank if not known." {...field("phone")} />
      <TextField id="website" label="Website" type="url" hint="Leave blank if not known." {...field("website")} />
      <TextField
        id="source"
        label="Source"
        type="url"
        hint="The page you checked this against, so the next person can check it too."
        required
        {...field("source")}
      />
      <TextField id="checkedOn" label="Checked on" type="date" required {...field("checkedOn")} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save the correction
        </SubmitButton>
      </div>
    </form>
  );
}
