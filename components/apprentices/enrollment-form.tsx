"use client";

import { useMemo } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { FastTrackPreview } from "@/components/apprentices/fast-track-preview";
import { Alert } from "@/components/ui/alert";
import { CheckboxField, ChoiceGroupField, SelectField, TextField } from "@/components/ui/field";
import { StateZipFields } from "@/components/ui/state-zip-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveEnrollment } from "@/lib/apprentices/enrollment/actions";
import {
  APPRENTICE_TYPE_CODES,
  CAREER_CONNECTION_CODES,
  CAREER_LINKAGE_CODES,
  EMPLOYMENT_STATUS_OPTIONS,
  STUDENT_STATUS_CODES,
  SUFFIX_OPTIONS,
  WAGE_UNITS,
} from "@/lib/apprentices/codes";
import type { EnrollmentDefaults } from "@/lib/apprentices/enrollment/form-defaults";
import { enrollmentSchema, type EnrollmentLimits } from "@/lib/apprentices/enrollment/schemas";
import { skillSetLabel } from "@/lib/program/standards/model";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";

const none = (label: string) => [{ value: "", label }];

/** The form's sections, in page order: the table of contents at the top links to each. */
const SECTIONS = {
  apprentice: "The apprentice",
  contact: "Contact and address",
  apprenticeship: "The apprenticeship",
  prior: "Prior wage and training",
  fastTrack: "Fast-track credit",
  programs: "Programs and funding",
} as const;
type SectionKey = keyof typeof SECTIONS;

/** The "Programs and funding" fields: RAPIDS details most enrollments leave blank. */
const PROGRAM_DETAILS = [
  "careerConnection",
  "apprenticeType",
  "careerLinkageOrDirectEntry",
  "ojtFundingSources",
  "careerLatticeLevels",
  "wioaParticipant",
  "taaParticipant",
] as const;
const sectionId = (key: SectionKey) => `enrollment-${key}`;

function Section({
  section,
  description,
  children,
}: {
  section: SectionKey;
  description?: string;
  children: React.ReactNode;
}) {
  const id = sectionId(section);
  return (
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="flex scroll-mt-4 flex-col gap-4 rounded-lg border border-slate-200 p-5"
    >
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          {SECTIONS[section]}
        </h2>
        {description ? <p className="text-sm text-slate-700">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** In-page links to each section, so a long form can be taken a part at a time (and back to a field in error). */
function Contents() {
  return (
    <nav aria-labelledby="enrollment-contents" className="rounded-lg bg-slate-50 px-5 py-4">
      <h2 id="enrollment-contents" className="text-sm font-semibold text-slate-900">
        On this form
      </h2>
      <ol className="mt-1 grid list-decimal gap-x-8 pl-5 text-sm sm:grid-cols-3">
        {(Object.keys(SECTIONS) as SectionKey[]).map((key) => (
          <li key={key}>
            <a className="text-brand-700 inline-block py-1 underline" href={`#${sectionId(key)}`}>
              {SECTIONS[key]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function EnrollmentForm({
  limits,
  defaults,
  positions,
  providers,
  wageSchedule,
  storedSsn,
}: {
  limits: EnrollmentLimits;
  defaults: EnrollmentDefaults;
  positions: ReadonlyArray<{ id: string; title: string; department: string }>;
  /** The related-instruction providers the organization may choose (lib/rti-providers/data). */
  providers: ReadonlyArray<{ id: string; name: string }>;
  wageSchedule: WageScheduleInput;
  /** Editing an apprentice whose SSN is stored: it masked ("***-**-1234"), all the browser ever receives of it. */
  storedSsn: string | null;
}) {
  const schema = useMemo(() => enrollmentSchema(limits), [limits]);
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(
    schema,
    saveEnrollment,
    defaults as never,
  );
  // The ticked skill sets: the boxes as they are, or, on a page rendered again after a refused post without
  // JavaScript, the values it echoed (ticked boxes comma-joined).
  const masteredKeys = [form.watch("masteredSkillSets")]
    .flat()
    .flatMap((v: unknown) => (typeof v === "string" ? v.split(",") : []))
    .filter(Boolean);
  const editing = Boolean(defaults.apprenticeId);
  // A field's value as the page shows it: after a refused post, what was posted (an unticked box is absent), else
  // the saved or pre-filled one.
  const given = (name: string) => (failed?.values ? failed.values[name] : defaults[name]);
  // The optional RAPIDS details start folded away, unless one is filled in or has a message.
  const programDetailsGiven = PROGRAM_DETAILS.some((name) => Boolean(given(name)) || Boolean(errorFor(name)));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      {failed ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="apprenticeId" value={String(defaults.apprenticeId ?? "")} />
      <input type="hidden" name="rowVersion" value={String(defaults.rowVersion ?? "")} />
      <input type="hidden" name="candidateId" value={String(defaults.candidateId ?? "")} />
      <Contents />

      <Section section="apprentice" description="As on their identity documents: DOL matches these to its records.">
        <ChoiceGroupField
          type="radio"
          name="employmentStatus"
          legend="Hire"
          required
          options={EMPLOYMENT_STATUS_OPTIONS}
          error={errorFor("employmentStatus")}
          inputProps={(value) => ({
            ...form.register("employmentStatus"),
            defaultChecked: given("employmentStatus") === value,
          })}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="firstName" label="First name" required maxLength={55} {...field("firstName")} />
          <TextField id="middleName" label="Middle name" hint="Optional." maxLength={55} {...field("middleName")} />
          <TextField id="lastName" label="Last name" required maxLength={55} {...field("lastName")} />
          <SelectField id="suffix" label="Suffix" options={[...none("None"), ...SUFFIX_OPTIONS]} {...field("suffix")} />
          <TextField id="dateOfBirth" label="Date of birth" type="date" required {...field("dateOfBirth")} />
          <TextField
            id="ssn"
            label={storedSsn ? `Social Security number (stored: ${storedSsn})` : "Social Security number"}
            hint={
              storedSsn
                ? "Leave blank to keep the stored number, or type a new one to replace it."
                : "Optional. Encrypted when saved and only ever shown masked; it goes to DOL in the RAPIDS upload."
            }
            inputMode="numeric"
            autoComplete="off"
            {...field("ssn")}
            defaultValue=""
          />
          {storedSsn ? (
            <CheckboxField
              id="removeSsn"
              label="Remove the stored Social Security number"
              value="yes"
              {...form.register("removeSsn")}
            />
          ) : null}
        </div>
      </Section>

      <Section section="contact">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="email"
            label="Email"
            type="email"
            required
            hint="We email the apprentice a link to sign their apprenticeship agreement."
            {...field("email")}
          />
          <TextField id="phone" label="Phone" type="tel" hint="Optional." {...field("phone")} />
          <TextField id="streetAddress" label="Street address" required maxLength={55} {...field("streetAddress")} />
          <TextField id="city" label="City" required maxLength={55} {...field("city")} />
          <StateZipFields state={field("state")} postalCode={{ ...field("postalCode"), maxLength: 5 }} />
        </div>
      </Section>

      <Section section="apprenticeship">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="startDate"
            label="Start date"
            type="date"
            required
            min={limits.agencyAcceptedOn ?? limits.today}
            hint={
              limits.agencyAcceptedOn
                ? `On or after the day the Registration Agency accepted your organization (${limits.agencyAcceptedOn}).`
                : "The Registration Agency has not accepted your organization yet, so today or later."
            }
            {...field("startDate")}
          />
          <SelectField
            id="positionId"
            label="Position"
            options={[
              ...none("Not tied to a position"),
              ...positions.map((p) => ({ value: p.id, label: `${p.title}, ${p.department}` })),
            ]}
            {...field("positionId")}
          />
          <SelectField
            id="rtiProviderId"
            label="Related-instruction provider"
            required
            hint="From your funding plan; change it if this apprentice studies elsewhere (step 4 adds a provider that is not listed)."
            options={[
              { value: "", label: "Choose a provider" },
              ...providers.map((p) => ({ value: p.id, label: p.name })),
            ]}
            {...field("rtiProviderId")}
          />
          <SelectField
            id="studentStatus"
            label="Student status"
            required
            options={STUDENT_STATUS_CODES}
            {...field("studentStatus")}
          />
        </div>
      </Section>

      <Section section="prior" description="What the apprentice brings: their last wage and classroom hours done.">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="priorWage"
            label="Prior wage (dollars)"
            required
            inputMode="decimal"
            hint="What they earned before; 0 if nothing."
            {...field("priorWage")}
          />
          <SelectField
            id="priorWageUnit"
            label="Prior wage is paid"
            required
            options={WAGE_UNITS}
            {...field("priorWageUnit")}
          />
          <TextField
            id="creditPreviousTrainingHours"
            label="Credit for previous related training (hours)"
            required
            type="number"
            min={0}
            max={2000}
            hint="Classroom hours already done that count toward related instruction; 0 if none."
            {...field("creditPreviousTrainingHours")}
          />
        </div>
      </Section>

      <Section
        section="fastTrack"
        description="Tick the skill sets of the Training Objectives the apprentice has already mastered, and say how they showed it. Their hours count as done, and the apprentice starts at the wage step those hours reach. AAMI may adjust the credit when it reviews the registration."
      >
        <fieldset
          className="grid gap-x-6 gap-y-3 sm:grid-cols-2 sm:items-start"
          aria-describedby={errorFor("masteredSkillSets") ? "masteredSkillSets-error" : undefined}
        >
          <legend className="text-sm font-semibold text-slate-900">Skill sets already mastered</legend>
          {limits.standards.skillSets.map((s) => {
            const evidenceError = errorFor(`evidence.${s.key}`);
            return (
              // The evidence shows once its box is ticked, by CSS (:has), so without JavaScript too; a message about
              // it shows even with the box unticked. Unticking keeps what was typed, hidden, until ticked again.
              <div key={s.key} className="group/skill flex flex-col gap-2">
                <CheckboxField
                  id={`mastered-${s.key}`}
                  label={`${skillSetLabel(s)} (${s.hours.toLocaleString("en-US")} hours)`}
                  value={s.key}
                  defaultChecked={masteredKeys.includes(s.key)}
                  {...form.register("masteredSkillSets")}
                />
                <details
                  open={masteredKeys.includes(s.key) || Boolean(evidenceError)}
                  className={`ml-6 ${evidenceError ? "" : "hidden group-has-[:checked]/skill:block"}`}
                >
                  <summary className="cursor-pointer text-sm font-semibold text-slate-900">Evidence of mastery</summary>
                  <div className="mt-2">
                    <TextField
                      id={`evidence-${s.key}`}
                      label={`How they showed mastery of ${s.title}`}
                      required
                      hint="A certificate, a prior job, an assessment."
                      {...field(`evidence.${s.key}` as never)}
                    />
                  </div>
                </details>
              </div>
            );
          })}
          {errorFor("masteredSkillSets") ? (
            <p id="masteredSkillSets-error" className="text-sm font-medium text-red-800 sm:col-span-2">
              {errorFor("masteredSkillSets")}
            </p>
          ) : null}
        </fieldset>
        <FastTrackPreview standards={limits.standards} masteredKeys={masteredKeys} wageSchedule={wageSchedule} />
      </Section>

      <Section section="programs" description="Optional RAPIDS details: leave them as they are if they do not apply.">
        <details open={programDetailsGiven}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-900">
            Career connection, type, WIOA or TAA, funding sources
          </summary>
          <div className="mt-4 flex flex-col gap-4">
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField
                id="careerConnection"
                label="Career connection"
                options={[...none("Not recorded"), ...CAREER_CONNECTION_CODES]}
                {...field("careerConnection")}
              />
              <SelectField
                id="apprenticeType"
                label="Type"
                options={[...none("Not recorded"), ...APPRENTICE_TYPE_CODES]}
                {...field("apprenticeType")}
              />
              <SelectField
                id="careerLinkageOrDirectEntry"
                label="Career linkage or direct entry"
                options={[...none("Not recorded"), ...CAREER_LINKAGE_CODES]}
                {...field("careerLinkageOrDirectEntry")}
              />
              <TextField
                id="ojtFundingSources"
                label="On-the-job training funding sources"
                hint="Optional, for example a state grant."
                {...field("ojtFundingSources")}
              />
              <TextField
                id="careerLatticeLevels"
                label="Previously completed career lattice levels"
                hint="Optional RAPIDS identifiers, separated by semicolons."
                {...field("careerLatticeLevels")}
              />
            </div>
            <CheckboxField
              id="wioaParticipant"
              label="WIOA participant"
              value="yes"
              {...form.register("wioaParticipant")}
              defaultChecked={given("wioaParticipant") === "yes"}
            />
            <CheckboxField
              id="taaParticipant"
              label="TAA participant"
              value="yes"
              {...form.register("taaParticipant")}
              defaultChecked={given("taaParticipant") === "yes"}
            />
          </div>
        </details>
      </Section>

      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {editing ? "Save changes" : "Save enrollment"}
        </SubmitButton>
      </div>
    </form>
  );
}
