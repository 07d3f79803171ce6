"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { removeInstructionCourse } from "@/lib/training/instruction/actions";

/** Removes a course entered by mistake, while it is not confirmed. */
export function RemoveCourseForm({
  apprenticeId,
  course,
}: {
  apprenticeId: string;
  course: { id: string; rowVersion: number; title: string };
}) {
  const [state, formAction, pending] = useActionState(removeInstructionCourse, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {failed ? <Alert tone="error">{failed.message}</Alert> : null}
      <input type="hidden" name="apprenticeId" value={apprenticeId} />
      <input type="hidden" name="courseId" value={course.id} />
      <input type="hidden" name="rowVersion" value={course.rowVersion} />
      <div>
        <SubmitButton pending={pending} pendingLabel="Removing…" variant="secondary">
          Remove<span className="sr-only"> {course.title}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
