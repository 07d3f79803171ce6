import "server-only";
import { requireCanLogHours, requireTrainingManager, type TrainingAccess } from "@/lib/authz/training";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { lockApprentice } from "@/lib/training/lock";
import { formatLongDate } from "@/lib/dates";
import { AppError, fieldError } from "@/lib/errors";
import type { CourseInput } from "@/lib/training/instruction/schemas";

// Related instruction: courses entered by the apprentice or their employer, corrected or removed while unconfirmed,
// and confirmed by an owner or admin. A confirmed course is final (a database trigger refuses any change); every
// change is conditional on the version the page showed, so two people acting at once cannot both win.

const CHANGED = "This course was confirmed or changed meanwhile. Reload the page to see it.";

/** Adds a course, or corrects one not yet confirmed; returns its id. */
export async function saveCourse(access: TrainingAccess, input: CourseInput, ip: string | null, today = new Date()) {
  requireCanLogHours(access, "Courses are added");
  const { apprenticeId, organizationId } = access;
  const apprentice = await db.apprentice.findUniqueOrThrow({
    where: { id: apprenticeId },
    select: { startDate: true, firstName: true },
  });
  const completedOn = new Date(`${input.completedOn}T00:00:00.000Z`);
  if (completedOn.getTime() > today.getTime())
    fieldError("completedOn", "That day has not come yet: add the course once it is completed.");
  if (completedOn < apprentice.startDate) {
    fieldError(
      "completedOn",
      `That is before ${apprentice.firstName}'s start date, ${formatLongDate(apprentice.startDate)}; earlier courses are credit for prior learning, which AAMI records at registration.`,
    );
  }
  const fields = { title: input.title, provider: input.provider, minutes: input.hours, completedOn };
  return db.$transaction(async (tx) => {
    // Nothing new is recorded on a training that is not active (suspended, ended).
    await lockApprentice(tx, access);
    let courseId: string;
    if (input.courseId) {
      const moved = await tx.instructionCourse.updateMany({
        where: { id: input.courseId, apprenticeId, confirmedAt: null, rowVersion: input.rowVersion ?? -1 },
        data: { ...fields, rowVersion: { increment: 1 } },
      });
      if (moved.count === 0) {
        const exists = await tx.instructionCourse.count({ where: { id: input.courseId, apprenticeId } });
        throw exists ? new AppError("CONFLICT", CHANGED) : new AppError("NOT_FOUND");
      }
      courseId = input.courseId;
    } else {
      courseId = (
        await tx.instructionCourse.create({
          data: { ...fields, organizationId, apprenticeId, enteredById: access.user.id },
          select: { id: true },
        })
      ).id;
    }
    await recordAudit(tx, {
      kind: "training.course_saved",
      organizationId,
      actorId: access.user.id,
      subject: { type: "InstructionCourse", id: courseId },
      payload: {
        apprenticeId,
        title: input.title,
        minutes: input.hours,
        completedOn: input.completedOn,
        edited: !!input.courseId,
      },
      ip,
    });
    return courseId;
  });
}

/** Removes a course not yet confirmed (entered by mistake), as the page showed it. */
export async function removeCourse(
  access: TrainingAccess,
  { courseId, rowVersion }: { courseId: string; rowVersion: number },
  ip: string | null,
) {
  requireCanLogHours(access, "Courses are added");
  const { apprenticeId, organizationId } = access;
  await db.$transaction(async (tx) => {
    const course = await tx.instructionCourse.findFirst({
      where: { id: courseId, apprenticeId },
      select: { title: true, confirmedAt: true },
    });
    if (!course) throw new AppError("NOT_FOUND");
    if (course.confirmedAt) throw new AppError("CONFLICT", "This course is confirmed, so it stays on the record.");
    const removed = await tx.instructionCourse.deleteMany({ where: { id: courseId, confirmedAt: null, rowVersion } });
    if (removed.count === 0) throw new AppError("CONFLICT", CHANGED);
    await recordAudit(tx, {
      kind: "training.course_removed",
      organizationId,
      actorId: access.user.id,
      subject: { type: "InstructionCourse", id: courseId },
      payload: { apprenticeId, title: course.title },
      ip,
    });
  });
}

/** Confirms the ticked courses still unconfirmed at the version the page showed; returns how many. */
export async function confirmCourses(
  access: TrainingAccess,
  courses: ReadonlyArray<{ id: string; rowVersion: number }>,
  ip: string | null,
) {
  requireTrainingManager(access, "confirm courses");
  const { apprenticeId, organizationId } = access;
  return db.$transaction(async (tx) => {
    let confirmed = 0;
    for (const course of courses) {
      const moved = await tx.instructionCourse.updateMany({
        where: { id: course.id, apprenticeId, confirmedAt: null, rowVersion: course.rowVersion },
        data: { confirmedAt: new Date(), confirmedById: access.user.id, rowVersion: { increment: 1 } },
      });
      if (moved.count === 0) continue;
      confirmed += 1;
      await recordAudit(tx, {
        kind: "training.course_confirmed",
        organizationId,
        actorId: access.user.id,
        subject: { type: "InstructionCourse", id: course.id },
        payload: { apprenticeId },
        ip,
      });
    }
    return { confirmed, unchanged: courses.length - confirmed };
  });
}
