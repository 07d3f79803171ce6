import type { Metadata } from "next";
import Link from "next/link";
import { idParam, trainingPage } from "@/lib/authz/page";
import { canLogHours, isTrainingManager } from "@/lib/authz/training";
import { formatLongDate } from "@/lib/dates";
import { tickedValue } from "@/lib/forms/fields";
import { firstParam, type SearchParams } from "@/lib/lists";
import { confirmInstructionCourses } from "@/lib/training/instruction/actions";
import { loadInstruction } from "@/lib/training/instruction/data";
import { fallingBehind } from "@/lib/training/instruction/years";
import { dayHoursText, formatHours } from "@/lib/training/hours/progress";
import { isoDay } from "@/lib/training/weeks";
import { BatchForm } from "@/components/forms/batch-form";
import { CourseForm, type CourseDefaults } from "@/components/training/course-form";
import { InstructionYears } from "@/components/training/instruction-years";
import { RemoveCourseForm } from "@/components/training/remove-course-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Related instruction" };

const CONFIRM_FORM_ID = "confirm-courses";

function doneMessage(query: SearchParams): string | null {
  switch (firstParam(query.done)) {
    case "added":
      return "Course added. An owner or admin of the organization confirms it; then it counts toward the year.";
    case "corrected":
      return "Correction saved.";
    case "removed":
      return "Course removed.";
    case "confirmed": {
      const confirmed = Number(firstParam(query.confirmed)) || 0;
      const unchanged = Number(firstParam(query.unchanged)) || 0;
      return `${confirmed} course${confirmed === 1 ? "" : "s"} confirmed.${unchanged > 0 ? ` ${unchanged} had changed meanwhile and were left as they are.` : ""}`;
    }
    default:
      return null;
  }
}

export default async function InstructionPage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const apprenticeId = idParam((await params).apprenticeId);
  const access = await trainingPage(`/training/${apprenticeId}/instruction`, apprenticeId);
  const query = await searchParams;
  const record = await loadInstruction(access);
  const canEnter = canLogHours(access);
  const canConfirm = isTrainingManager(access);
  const editing = record.courses.find((c) => c.id === firstParam(query.course) && !c.confirmedAt);
  const defaults: CourseDefaults = {
    apprenticeId,
    courseId: editing?.id ?? "",
    rowVersion: editing ? String(editing.rowVersion) : "",
    title: editing?.title ?? "",
    provider: editing?.provider ?? record.apprentice.rtiProvider.name,
    hours: editing ? dayHoursText(editing.minutes) : "",
    completedOn: editing ? isoDay(editing.completedOn) : "",
  };
  const unconfirmed = record.courses.filter((c) => !c.confirmedAt);
  const done = doneMessage(query);
  return (
    <PageContainer>
      <PageHeader
        title="Related instruction"
        description={`${access.isApprentice ? "Your" : `${record.apprentice.firstName} ${record.apprentice.lastName}'s`} courses, by apprenticeship year, against the program's minimum of ${record.riHoursPerYear} hours a year.`}
        actions={
          <Link href={`/training/${apprenticeId}`} className={buttonClasses("secondary")}>
            Back to the record
          </Link>
        }
      />
      <div className="flex max-w-3xl flex-col gap-8">
        {done ? <Alert tone="success">{done}</Alert> : null}
        {fallingBehind(record.years) ? (
          <Alert tone="warning" title="Behind on related instruction">
            The confirmed hours trail the program&apos;s minimum of {record.riHoursPerYear} hours a year. Plan the next
            courses with the provider, and confirm the ones already completed.
          </Alert>
        ) : null}
        <InstructionYears years={record.years} />
        <section aria-labelledby="courses-heading" className="flex flex-col gap-3">
          <h2 id="courses-heading" className="text-lg font-semibold">
            Courses
          </h2>
          {record.courses.length === 0 ? (
            <EmptyState
              title="No courses yet"
              next={
                canEnter
                  ? "Add each course once it is completed; an owner or admin of the organization confirms it."
                  : "The apprentice or their employer adds each course once it is completed."
              }
            />
          ) : (
            <>
              {canConfirm && unconfirmed.length > 0 ? (
                <BatchForm
                  id={CONFIRM_FORM_ID}
                  action={confirmInstructionCourses}
                  field="courses"
                  hidden={{ apprenticeId }}
                  label="Confirm ticked courses"
                  pendingLabel="Confirming…"
                />
              ) : null}
              <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200">
                {record.courses.map((course) => (
                  <li key={course.id} className="flex flex-col gap-2 p-3 text-sm">
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      {canConfirm && !course.confirmedAt ? (
                        <label
                          htmlFor={`confirm-${course.id}`}
                          className="flex min-h-11 cursor-pointer items-start gap-3"
                        >
                          <input
                            id={`confirm-${course.id}`}
                            type="checkbox"
                            name="courses"
                            value={tickedValue(course)}
                            form={CONFIRM_FORM_ID}
                            className="mt-1 h-5 w-5 shrink-0 rounded border-slate-500"
                          />
                          <span className="font-semibold">{course.title}</span>
                        </label>
                      ) : (
                        <span className="font-semibold">{course.title}</span>
                      )}
                      <span className={course.confirmedAt ? "font-semibold text-green-900" : "text-amber-900"}>
                        {course.confirmedAt ? "Confirmed" : "Waiting for confirmation"}
                      </span>
                    </div>
                    <p className="text-slate-800">
                      {course.provider} · {formatHours(course.minutes / 60)} hours · completed{" "}
                      {formatLongDate(course.completedOn)}
                    </p>
                    {canEnter && !course.confirmedAt ? (
                      <div className="flex flex-wrap items-center gap-3">
                        <Link
                          href={`/training/${apprenticeId}/instruction?course=${course.id}#course-form-heading`}
                          className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
                        >
                          Correct<span className="sr-only"> {course.title}</span>
                        </Link>
                        <RemoveCourseForm apprenticeId={apprenticeId} course={course} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {canEnter ? (
          <section aria-labelledby="course-form-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="course-form-heading" className="mb-3 text-lg font-semibold">
              {editing ? `Correct “${editing.title}”` : "Add a completed course"}
            </h2>
            <CourseForm key={editing?.id ?? "new"} defaults={defaults} today={isoDay(new Date())} />
          </section>
        ) : null}
      </div>
    </PageContainer>
  );
}
