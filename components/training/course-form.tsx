"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { FormError } from "@/components/forms/form-error";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveInstructionCourse } from "@/lib/training/instruction/actions";
import { CourseSchema } from "@/lib/training/instruction/schemas";

export type CourseDefaults = {
  apprenticeId: string;
  courseId: string;
  rowVersion: string;
  title: string;
  provider: string;
  hours: string;
  completedOn: string;
};

/** A related-instruction course: added, or corrected while not yet confirmed. */
export function CourseForm({ defaults, today }: { defaults: CourseDefaults; today: string }) {
  const { failed, pending, formAction, onSubmit, field } = useActionForm(CourseSchema, saveInstructionCourse, defaults);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormError failed={failed} />
      {(["apprenticeId", "courseId", "rowVersion"] as const).map((name) => (
        <input key={name} type="hidden" name={name} value={defaults[name]} />
      ))}
      <TextField
        id="course-title"
        label="Course"
        required
        hint="As the provider names it, like “Basic electronics I”."
        {...field("title")}
      />
      <TextField id="course-provider" label="Provider" required {...field("provider")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="course-hours" label="Hours" inputMode="decimal" required {...field("hours")} />
        <TextField
          id="course-completed"
          label="Completed on"
          type="date"
          max={today}
          required
          {...field("completedOn")}
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel="Saving…">
          {defaults.courseId ? "Save the correction" : "Add the course"}
        </SubmitButton>
      </div>
    </form>
  );
}
