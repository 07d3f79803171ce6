"use client";

import type { Mentor } from "@prisma/client";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroupField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveMentor } from "@/lib/onboarding/mentors/actions";
import { MENTOR_CREDENTIALS, MentorSchema } from "@/lib/onboarding/mentors/schemas";

const LISTED = new Set<string>(MENTOR_CREDENTIALS.map((c) => c.value));

/** Appoints a mentor, or edits `mentor` when given. */
export function MentorForm({ mentor }: { mentor?: Mentor }) {
  const listed = mentor?.credentials.filter((c) => LISTED.has(c)) ?? [];
  const other = mentor?.credentials.filter((c) => !LISTED.has(c)).join(", ") ?? "";
  const { form, failed, pending, formAction, onSubmit, field, errorFor } = useActionForm(MentorSchema, saveMentor, {
    mentorId: mentor?.id ?? "",
    name: mentor?.name ?? "",
    title: mentor?.title ?? "",
    email: mentor?.email ?? "",
    phone: mentor?.phone ?? "",
    credentials: listed,
    otherCredentials: other,
    yearsExperience: mentor ? String(mentor.yearsExperience) : "",
  });
  const checked = failed?.values?.credentials?.split(",") ?? listed;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {failed && Object.keys(failed.fieldErrors).length === 0 ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="mentorId" value={mentor?.id ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="mentor-name" label="Name" required autoComplete="off" {...field("name")} />
        <TextField id="mentor-title" label="Job title" required {...field("title")} />
        <TextField
          id="mentor-email"
          label="Email"
          type="email"
          required
          hint="We email the mentor to say they were named."
          {...field("email")}
        />
        <TextField id="mentor-phone" label="Phone" type="tel" hint="Optional." {...field("phone")} />
        <TextField
          id="mentor-years"
          label="Years of experience"
          type="number"
          min={0}
          max={60}
          required
          {...field("yearsExperience")}
        />
      </div>
      <ChoiceGroupField
        type="checkbox"
        name="credentials"
        legend="Credentials"
        options={MENTOR_CREDENTIALS}
        error={errorFor("credentials")}
        inputProps={(value) => ({ ...form.register("credentials"), defaultChecked: checked.includes(value) })}
      />
      <TextField
        id="mentor-other-credentials"
        label="Other credentials"
        hint="Optional, separated by commas."
        {...field("otherCredentials")}
      />
      <div>
        <SubmitButton pending={pending}>{mentor ? "Save changes" : "Appoint mentor"}</SubmitButton>
      </div>
    </form>
  );
}
