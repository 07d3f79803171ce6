"use client";

import { useMemo } from "react";
import { CreditPreview } from "@/components/apprentices/fast-track-preview";
import { useRecordForm } from "@/components/forms/use-record-form";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import type { SkillCredit } from "@/lib/apprentices/fast-track";
import {
  adjustApprenticeCredit,
  approveApprenticeRegistration,
  recordApprenticeRapidsId,
  sendBackApprenticeRegistration,
} from "@/lib/apprentices/registration/actions";
import {
  adjustCreditSchema,
  ApproveRegistrationSchema,
  RecordRapidsIdSchema,
  SendBackRegistrationSchema,
} from "@/lib/apprentices/registration/schemas";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";
import { skillSetLabel, skillSetOf, type CreditStandards } from "@/lib/program/standards/model";

// The staff apprentice page's forms. Each carries the apprentice's rowVersion as the page showed it, so an action
// taken on an outdated page is refused with an explanation (lib/apprentices/registration/decide).

export type RegistrationTarget = { apprenticeId: string; rowVersion: number };

const hidden = (target: RegistrationTarget) => ({
  apprenticeId: target.apprenticeId,
  rowVersion: String(target.rowVersion),
});

export function ApproveRegistrationForm({ target }: { target: RegistrationTarget }) {
  const { frame, form, errorFor } = useRecordForm(
    ApproveRegistrationSchema,
    approveApprenticeRegistration,
    hidden(target),
  );
  return frame(
    "Approve and add to the DOL packet",
    "primary",
    <CheckboxField
      id="approve-registration-confirm"
      value="yes"
      label="I checked the enrollment, the fast-track credit and its evidence, and the signed apprenticeship agreement."
      error={errorFor("confirm")}
      {...form.register("confirm")}
    />,
  );
}

export function SendBackRegistrationForm({ target }: { target: RegistrationTarget }) {
  const { frame, field } = useRecordForm(SendBackRegistrationSchema, sendBackApprenticeRegistration, hidden(target), {
    reason: "",
  });
  return frame(
    "Send back to the employer",
    "danger",
    <TextAreaField
      id="send-back-reason"
      label="What the employer must change (they read this)"
      hint="The enrollment becomes a draft again and the signed agreement is void: the employer and the apprentice sign again."
      required
      {...field("reason")}
    />,
  );
}

export function RecordRapidsIdForm({ target }: { target: RegistrationTarget }) {
  const { frame, field } = useRecordForm(RecordRapidsIdSchema, recordApprenticeRapidsId, hidden(target), {
    rapidsApprenticeId: "",
  });
  return frame(
    "Record the RAPIDS apprentice ID",
    "primary",
    <div className="max-w-sm">
      <TextField
        id="rapidsApprenticeId"
        label="RAPIDS apprentice ID"
        hint="As RAPIDS shows it after the upload: up to 20 letters, digits and hyphens."
        required
        autoComplete="off"
        maxLength={20}
        {...field("rapidsApprenticeId")}
      />
    </div>,
  );
}

type CreditRow = { skillSetKey: string; creditedHours: number; evidence: string };

/** One row per credited skill set: the hours to credit (up to the skill set's), or the credit removed. */
export function AdjustCreditForm({
  target,
  credits,
  wageSchedule,
  standards,
}: {
  target: RegistrationTarget;
  credits: CreditRow[];
  wageSchedule: WageScheduleInput | null;
  /** The current standards: each credit is capped at its skill set's hours there. */
  standards: CreditStandards;
}) {
  const defaults = {
    credits: Object.fromEntries(credits.map((c) => [c.skillSetKey, { hours: String(c.creditedHours) }])),
  };
  const schema = useMemo(() => adjustCreditSchema(standards), [standards]);
  const { frame, form, field, errorFor } = useRecordForm(schema, adjustApprenticeCredit, hidden(target), defaults);
  const watched = form.watch("credits") as Record<string, { hours?: unknown; remove?: unknown } | undefined>;
  // The preview follows what is typed; a box still being edited counts as it stood.
  const preview: SkillCredit[] = credits.flatMap((c) => {
    const now = watched?.[c.skillSetKey];
    if (now?.remove === "yes" || now?.remove === true) return [];
    const typed = Number(now?.hours);
    const hours = Number.isInteger(typed) && typed >= 0 ? typed : c.creditedHours;
    return [{ skillSetKey: c.skillSetKey, creditedHours: hours }];
  });
  return frame(
    "Save the adjusted credit",
    "secondary",
    <>
      {credits.map((c) => {
        const set = skillSetOf(standards, c.skillSetKey);
        const name = `credits.${c.skillSetKey}` as const;
        return (
          <fieldset key={c.skillSetKey} className="flex flex-col gap-2 rounded border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-900">
              {set ? skillSetLabel(set) : c.skillSetKey}
            </legend>
            <p className="text-sm text-slate-800">Evidence: {c.evidence}</p>
            <div className="grid gap-3 sm:grid-cols-2 sm:items-end">
              <TextField
                id={`credit-${c.skillSetKey}-hours`}
                label="Credited hours"
                hint={`0 to ${(set?.hours ?? 0).toLocaleString("en-US")}; now ${c.creditedHours.toLocaleString("en-US")}.`}
                type="number"
                inputMode="numeric"
                min={0}
                max={set?.hours}
                step={1}
                {...field(`${name}.hours` as never)}
              />
              <CheckboxField
                id={`credit-${c.skillSetKey}-remove`}
                value="yes"
                label="Remove this credit"
                error={errorFor(`${name}.remove`)}
                {...form.register(`${name}.remove` as never)}
              />
            </div>
          </fieldset>
        );
      })}
      {wageSchedule ? (
        <CreditPreview
          standards={standards}
          credits={preview}
          wageSchedule={wageSchedule}
          scheduleOf="the employer's"
        />
      ) : null}
    </>,
  );
}
