import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { idParam, trainingPage } from "@/lib/authz/page";
import { canLogHours } from "@/lib/authz/training";
import { formatLongDate } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/lists";
import { skillSetLabel } from "@/lib/program/standards/model";
import { loadLogWeek } from "@/lib/training/hours/data";
import { dayHoursText } from "@/lib/training/hours/progress";
import { DAY_FIELDS } from "@/lib/training/hours/schemas";
import { addDays, isoDay, parseWeek, weekLabel } from "@/lib/training/weeks";
import { CopyLastWeekForm } from "@/components/training/copy-last-week-form";
import { LogHoursForm, type LogHoursDefaults } from "@/components/training/log-hours-form";
import { WeekEntries } from "@/components/training/week-list";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Log hours" };

const DONE: Record<string, string> = {
  saved: "Saved. The entry waits for the mentor's approval.",
  copied: "Last week's hours were copied into this week. They wait for the mentor's approval.",
};

export default async function LogHoursPage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const apprenticeId = idParam((await params).apprenticeId);
  const access = await trainingPage(`/training/${apprenticeId}/log`, apprenticeId);
  // The mentor and members without the owner or admin role see the record, not this form.
  if (!canLogHours(access)) forbidden();
  const query = await searchParams;
  const data = await loadLogWeek(access, parseWeek(firstParam(query.week)));
  const week = isoDay(data.week);
  const titles = Object.fromEntries(data.standards.skillSets.map((s) => [s.key, skillSetLabel(s)]));
  const editing = data.entries.find((e) => e.id === firstParam(query.entry) && e.status !== "APPROVED");
  const correcting = data.entries.find(
    (e) => e.id === firstParam(query.correct) && e.status === "APPROVED" && !e.correctedById,
  );
  const source = editing ?? correcting;
  const defaults: LogHoursDefaults = {
    apprenticeId,
    weekStart: week,
    skillSetKey: source?.skillSetKey ?? "",
    entryId: editing?.id ?? "",
    correctsId: correcting?.id ?? "",
    rowVersion: editing ? String(editing.rowVersion) : "",
    note: editing?.note ?? "",
    ...(Object.fromEntries(DAY_FIELDS.map((f, i) => [f, dayHoursText(source?.dayMinutes[i] ?? 0)])) as Record<
      (typeof DAY_FIELDS)[number],
      string
    >),
  };
  const done = DONE[firstParam(query.done)];
  const name = access.isApprentice ? "your" : `${data.apprentice.firstName}'s`;
  return (
    <PageContainer>
      <PageHeader
        title="Log hours"
        description={`${access.isApprentice ? "Your" : `${data.apprentice.firstName} ${data.apprentice.lastName}'s`} on-the-job hours, one week at a time.`}
        actions={
          <Link href={`/training/${apprenticeId}`} className={buttonClasses("secondary")}>
            Back to {name} record
          </Link>
        }
      />
      <div className="flex max-w-xl flex-col gap-6">
        {done ? <Alert tone="success">{done}</Alert> : null}
        {data.weeks.length === 0 ? (
          <Alert tone="info" title="Nothing to log yet">
            {data.apprentice.firstName} starts on {formatLongDate(data.apprentice.startDate)}. Hours can be logged from
            that week on.
          </Alert>
        ) : null}
        <form method="get" className="flex items-end gap-2">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="week-choice" className="text-sm font-semibold text-slate-900">
              Week
            </label>
            <select
              id="week-choice"
              name="week"
              defaultValue={week}
              className="min-h-11 w-full rounded-md border border-slate-500 px-3 py-2 text-base"
            >
              {data.weeks.map((w) => (
                <option key={w.toISOString()} value={isoDay(w)}>
                  {weekLabel(w)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses("secondary")}>
            Show week
          </button>
        </form>
        <section aria-labelledby="week-entries-heading" className="flex flex-col gap-3">
          <h2 id="week-entries-heading" className="text-lg font-semibold">
            {weekLabel(data.week)}: {data.entries.length === 0 ? "nothing logged yet" : "logged so far"}
          </h2>
          {data.entries.length > 0 ? (
            <WeekEntries apprenticeId={apprenticeId} entries={data.entries} titles={titles} canLog />
          ) : data.lastWeekHasHours ? (
            <CopyLastWeekForm apprenticeId={apprenticeId} weekStart={week} />
          ) : null}
        </section>
        {data.weeks.length === 0 ? null : (
          <section aria-labelledby="log-form-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="log-form-heading" className="mb-3 text-lg font-semibold">
              {editing ? "Edit this entry" : correcting ? "Correct an approved entry" : "Add a skill set's hours"}
            </h2>
            {correcting ? (
              <p className="mb-3 text-sm text-slate-700">
                Approved hours never change. Your correction goes to the mentor; once approved, it replaces the entry.
              </p>
            ) : null}
            <LogHoursForm
              key={`${week}-${source?.id ?? "new"}`}
              defaults={defaults}
              weekLabel={`${weekLabel(data.week)} (Monday ${isoDay(data.week)} to Sunday ${isoDay(addDays(data.week, 6))})`}
              skillSets={data.standards.skillSets.map((s) => ({ value: s.key, label: skillSetLabel(s) }))}
              fixedSkillSet={correcting ? (titles[correcting.skillSetKey] ?? correcting.skillSetKey) : null}
              submitLabel={editing ? "Save changes" : correcting ? "Send correction" : "Save hours"}
            />
          </section>
        )}
      </div>
    </PageContainer>
  );
}
