"use client";

import { PublishVersionForm } from "@/components/forms/publish-version-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { FileField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  confirmStandardsImport,
  createStandardsDraft,
  importStandardsSchedule,
  publishStandards,
  saveStandardsDraft,
} from "@/lib/program/standards/actions";
import { MAX_SCHEDULE_FILE_BYTES, SCHEDULE_CSV_COLUMNS } from "@/lib/program/standards/import";
import { maxProbationMonths, type ProgramStandards } from "@/lib/program/standards/model";
import {
  ConfirmImportSchema,
  CreateStandardsDraftSchema,
  ImportScheduleSchema,
  PublishStandardsSchema,
  SaveStandardsDraftSchema,
} from "@/lib/program/standards/schemas";

type DraftRef = { standardsId: string; rowVersion: number };

/** The draft and the version of it this page showed: every change to it is refused if either moved on. */
function DraftRefFields({ standardsId, rowVersion }: DraftRef) {
  return (
    <>
      <input type="hidden" name="standardsId" value={standardsId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
    </>
  );
}

export function CreateDraftForm({ basedOn }: { basedOn: number }) {
  const { failed, pending, formAction, onSubmit } = useActionForm(CreateStandardsDraftSchema, createStandardsDraft, {
    basedOn,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {failed ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="basedOn" value={basedOn} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Creating…">
          Start version {basedOn + 1} from version {basedOn}
        </SubmitButton>
      </div>
    </form>
  );
}

export function DraftForm({ draft, rowVersion }: { draft: ProgramStandards; rowVersion: number }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(SaveStandardsDraftSchema, saveStandardsDraft, {
    standardsId: draft.id,
    rowVersion,
    registrationNumber: draft.registrationNumber ?? "",
    registeredOn: draft.registeredOn ?? "",
    termOjlHours: draft.termOjlHours,
    termMonths: draft.termMonths,
    probationMonths: draft.probationMonths,
    ratioApprentices: draft.ratio.apprentices,
    ratioJourneyworkers: draft.ratio.journeyworkers,
    riHoursPerYear: draft.riHoursPerYear,
    maxCreditHours: draft.maxCreditHours,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <DraftRefFields standardsId={draft.id} rowVersion={rowVersion} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="registrationNumber"
          label="AAMI's program registration number"
          hint="As the Registration Agency issued it. Required to publish."
          {...field("registrationNumber")}
        />
        <TextField
          id="registeredOn"
          type="date"
          label="Date the program was registered"
          hint="Required to publish."
          {...field("registeredOn")}
        />
        <TextField
          id="termOjlHours"
          inputMode="numeric"
          label="Term: minimum on-the-job hours"
          hint="The skill sets' hours must add up to this."
          required
          {...field("termOjlHours")}
        />
        <TextField id="termMonths" inputMode="numeric" label="Term: months" required {...field("termMonths")} />
        <TextField
          id="probationMonths"
          inputMode="numeric"
          label="Probationary period (months)"
          hint={`At most 25% of the term or 12 months, whichever is shorter: ${maxProbationMonths(draft.termMonths)} for a ${draft.termMonths}-month term.`}
          required
          {...field("probationMonths")}
        />
        <TextField
          id="riHoursPerYear"
          inputMode="numeric"
          label="Related instruction: minimum hours a year"
          required
          {...field("riHoursPerYear")}
        />
        <TextField
          id="ratioApprentices"
          inputMode="numeric"
          label="Ratio: apprentices"
          hint="Counted at each worksite."
          required
          {...field("ratioApprentices")}
        />
        <TextField
          id="ratioJourneyworkers"
          inputMode="numeric"
          label="Ratio: per this many journeyworkers"
          required
          {...field("ratioJourneyworkers")}
        />
        <TextField
          id="maxCreditHours"
          inputMode="numeric"
          label="Most credit for prior experience (hours)"
          hint="Below the term's hours: every apprentice trains some of the program."
          required
          {...field("maxCreditHours")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Save the draft
        </SubmitButton>
      </div>
    </form>
  );
}

export function ImportScheduleForm(ref: DraftRef) {
  const { form, failed, pending, formAction, onSubmit, errorFor } = useActionForm(
    ImportScheduleSchema,
    importStandardsSchedule,
    ref,
  );
  // A file's problems are listed one per line, each naming its CSV line or JSON path.
  const fileErrors = failed?.fieldErrors.file ?? [];
  const browserError = errorFor("file");
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      {failed && fileErrors.length === 0 && !browserError ? <Alert tone="error">{failed.message}</Alert> : null}
      <DraftRefFields {...ref} />
      <FileField
        id="file"
        label="Work-process schedule (.csv or .json)"
        accept=".csv,.json,text/csv,application/json"
        hint={`CSV columns: ${SCHEDULE_CSV_COLUMNS.join(", ")}; or JSON. At most ${MAX_SCHEDULE_FILE_BYTES / 1024} KB. You see a preview before it replaces the draft's schedule.`}
        error={fileErrors.length > 1 ? failed?.message : (browserError ?? fileErrors[0])}
        required
        {...form.register("file")}
      />
      {fileErrors.length > 1 ? (
        <ul aria-label="Problems in the file" className="list-disc pl-6 text-sm text-red-800">
          {fileErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <div>
        <SubmitButton pending={pending} pendingLabel="Checking…">
          Check and preview
        </SubmitButton>
      </div>
    </form>
  );
}

export function ImportDecisionForm({ decision, ...ref }: DraftRef & { decision: "replace" | "discard" }) {
  const { failed, pending, formAction, onSubmit } = useActionForm(ConfirmImportSchema, confirmStandardsImport, {
    ...ref,
    decision,
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {failed ? <Alert tone="error">{failed.message}</Alert> : null}
      <DraftRefFields {...ref} />
      <input type="hidden" name="decision" value={decision} />
      <div>
        <SubmitButton
          pending={pending}
          variant={decision === "replace" ? undefined : "secondary"}
          pendingLabel={decision === "replace" ? "Replacing…" : "Discarding…"}
        >
          {decision === "replace" ? "Replace the draft's schedule with this one" : "Discard this import"}
        </SubmitButton>
      </div>
    </form>
  );
}

export function PublishStandardsForm({ version, standardsId, rowVersion }: DraftRef & { version: number }) {
  return (
    <PublishVersionForm
      schema={PublishStandardsSchema}
      action={publishStandards}
      hidden={{ standardsId, rowVersion: String(rowVersion) }}
      confirmId="confirm-publish-standards"
      confirmation={`I have checked version ${version}. It becomes the program's standards: new agreements are signed under it, and fast-track credit and every document use it.`}
      version={version}
    />
  );
}
