"use server";

import { redirect } from "next/navigation";
import { authedAction } from "@/lib/action-client";
import { requireTrainingAccess } from "@/lib/authz/training";
import { confirmCourses, removeCourse, saveCourse } from "@/lib/training/instruction/courses";
import { ConfirmCoursesSchema, CourseSchema, RemoveCourseSchema } from "@/lib/training/instruction/schemas";

// Related instruction: thin adapters over ./courses.ts. Access to the apprentice comes from lib/authz/training for
// each one ("not found" for anyone who may not see their training); courses.ts checks the role. Each returns to the
// instruction page, which says what was done.

const page = (apprenticeId: string, done: string): never =>
  redirect(`/training/${apprenticeId}/instruction?done=${done}`);

export const saveInstructionCourse = authedAction.schema(CourseSchema).action(async ({ input, ctx }) => {
  await saveCourse(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  page(input.apprenticeId, input.courseId ? "corrected" : "added");
});

export const removeInstructionCourse = authedAction.schema(RemoveCourseSchema).action(async ({ input, ctx }) => {
  await removeCourse(await requireTrainingAccess(input.apprenticeId), input, ctx.ip);
  page(input.apprenticeId, "removed");
});

export const confirmInstructionCourses = authedAction.schema(ConfirmCoursesSchema).action(async ({ input, ctx }) => {
  const { confirmed, unchanged } = await confirmCourses(
    await requireTrainingAccess(input.apprenticeId),
    input.courses,
    ctx.ip,
  );
  redirect(`/training/${input.apprenticeId}/instruction?done=confirmed&confirmed=${confirmed}&unchanged=${unchanged}`);
});
