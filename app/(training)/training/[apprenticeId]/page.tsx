import type { Metadata } from "next";
import Link from "next/link";
import { idParam, trainingPage } from "@/lib/authz/page";
import { canLogHours, isTrainingManager } from "@/lib/authz/training";
import { formatLongDate } from "@/lib/dates";
import { firstParam, type SearchParams } from "@/lib/lists";
import { loadTrainingRecord } from "@/lib/training/hours/data";
import { loadCredentials } from "@/lib/training/credentials/data";
import { loadInstruction } from "@/lib/training/instruction/data";
import { raisesFor } from "@/lib/training/raises/data";
import { recordable } from "@/lib/training/raises/rules";
import { STATUS_LABEL } from "@/lib/training/lifecycle/rules";
import { isoDay } from "@/lib/training/weeks";
import { fallingBehind } from "@/lib/training/instruction/years";
import { whatIsNext } from "@/lib/training/dashboard/next";
import { formatHours } from "@/lib/training/hours/progress";
import { skillSetLabel } from "@/lib/program/standards/model";
import { AssignMentorForm } from "@/components/training/assign-mentor-form";
import { CredentialList } from "@/components/training/credential-list";
import { InstructionYears } from "@/components/training/instruction-years";
import { EarlierRaiseList, RaiseList } from "@/components/training/raise-list";
import { RecordRaiseForm } from "@/components/training/record-raise-form";
import { SkillList } from "@/components/training/skill-list";
import { SkillSetProgressList } from "@/components/training/skill-set-progress";
import { WeekList } from "@/components/training/week-list";
import { WhatIsNextBox } from "@/components/training/what-is-next";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { DescriptionList } from "@/components/ui/description-list";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { parsePage } from "@/components/ui/pagination";

export const metadata: Metadata = { title: "Training record" };

export default async function TrainingRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const apprenticeId = idParam((await params).apprenticeId);
  const access = await trainingPage(`/training/${apprenticeId}`, apprenticeId);
  const query = await searchParams;
  const [record, instruction, owed, credentials] = await Promise.all([
    loadTrainingRecord(access, parsePage(query.page)),
    loadInstruction(access),
    raisesFor(access),
    loadCredentials(apprenticeId),
  ]);
  const due = owed?.raises.filter(recordable) ?? [];
  const { apprentice, total } = record;
  const name = `${apprentice.firstName} ${apprentice.lastName}`;
  const active = apprentice.trainingStatus === "ACTIVE";
  const logging = canLogHours(access) && active;
  const titles = Object.fromEntries(record.standards.skillSets.map((s) => [s.key, skillSetLabel(s)]));
  return (
    <PageContainer>
      <PageHeader
        title={access.isApprentice ? "Your training" : `${name}'s training`}
        description={`${apprentice.organization.legalName} · started ${formatLongDate(apprentice.startDate)}`}
        actions={
          <>
            {logging ? (
              <Link href={`/training/${apprenticeId}/log`} className={buttonClasses()}>
                Log hours
              </Link>
            ) : null}
            {access.isMentor ? (
              <Link href="/training/review" className={buttonClasses("secondary")}>
                Waiting for you
              </Link>
            ) : null}
          </>
        }
      />
      {active ? null : (
        <Alert tone="warning" title={`Training ${STATUS_LABEL[apprentice.trainingStatus].toLowerCase()}`}>
          Nothing new is recorded on this record while it is not active.{" "}
          <Link href={`/training/${apprenticeId}/status`} className="underline">
            See the status and its history
          </Link>
          .
        </Alert>
      )}
      {firstParam(query.done) === "mentor" ? (
        <Alert tone="success" title="Mentor saved">
          We emailed {apprentice.mentor?.name ?? "the mentor"}
          {apprentice.email ? ` and ${apprentice.firstName}` : ""} how to sign in. {apprentice.firstName}&apos;s weeks
          now go to them for approval.
        </Alert>
      ) : null}
      {access.isApprentice ? (
        <div className="mt-6">
          <WhatIsNextBox
            apprenticeId={apprenticeId}
            next={whatIsNext({
              raises: owed?.raises ?? null,
              returnedWeeks: record.returnedWeeks,
              progress: record.progress,
              instructionYears: instruction.years,
            })}
          />
        </div>
      ) : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[2fr_1fr]">
        {/* min-w-0: a grid item is otherwise as wide as its widest content, so the instruction table (which scrolls
            inside its own region) widened the column, and the page, past a phone's screen. */}
        <div className="flex min-w-0 flex-col gap-8">
          <section aria-labelledby="progress-heading">
            <h2 id="progress-heading" className="text-lg font-semibold">
              Progress by skill set
            </h2>
            <p className="mb-4 text-sm text-slate-700">
              {formatHours(total.countedHours)} of {formatHours(total.requiredHours)} hours counted
              {total.creditedHours > 0
                ? `, including ${formatHours(total.creditedHours)} hours of fast-track credit`
                : ""}
              {total.waitingHours > 0 ? `; ${formatHours(total.waitingHours)} hours wait for the mentor` : ""}.
            </p>
            <SkillSetProgressList progress={record.progress} />
          </section>
          <section aria-labelledby="raises-heading" className="flex flex-col gap-3">
            <h2 id="raises-heading" className="text-lg font-semibold">
              Raises
            </h2>
            {firstParam(query.done) === "raise" ? <Alert tone="success">Raise recorded.</Alert> : null}
            {due.length > 0 ? (
              <Alert tone="warning">
                {due.length === 1 ? "A raise is" : `${due.length} raises are`} due on the wage schedule
                {isTrainingManager(access) ? ": record it once given." : "."}
              </Alert>
            ) : null}
            <RaiseList owed={owed} />
            {owed?.earlierRaises.length ? (
              <>
                <h3 className="font-semibold">Raises given by earlier employers</h3>
                <EarlierRaiseList raises={owed.earlierRaises} />
              </>
            ) : null}
            {isTrainingManager(access) && !access.isApprentice && due.length > 0 ? (
              <RecordRaiseForm
                apprenticeId={apprenticeId}
                today={isoDay(new Date())}
                raises={due.map((r) => ({
                  step: r.step,
                  label: r.period.label,
                  wage: (r.period.cents / 100).toFixed(2),
                }))}
              />
            ) : null}
          </section>
          <section aria-labelledby="instruction-heading" className="flex flex-col gap-3">
            <h2 id="instruction-heading" className="text-lg font-semibold">
              Related instruction
            </h2>
            {fallingBehind(instruction.years) ? (
              <Alert tone="warning">
                Behind on related instruction: the confirmed hours trail the minimum of {instruction.riHoursPerYear}{" "}
                hours a year.
              </Alert>
            ) : null}
            <InstructionYears years={instruction.years} />
            <p>
              <Link href={`/training/${apprenticeId}/instruction`} className="text-brand-700 font-medium underline">
                Courses ({instruction.courses.length})
              </Link>
            </p>
          </section>
          <section aria-labelledby="credentials-heading" className="flex flex-col gap-3">
            <h2 id="credentials-heading" className="text-lg font-semibold">
              Credentials
            </h2>
            <CredentialList credentials={credentials} />
            <p>
              <Link href={`/training/${apprenticeId}/credentials`} className="text-brand-700 font-medium underline">
                Open the credentials
              </Link>
            </p>
          </section>
          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading" className="text-lg font-semibold">
              Skills
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              {total.skillsSignedOff} of {total.skillsTotal} skills signed off.{" "}
              {access.isApprentice
                ? "Open a skill to ask your mentor for its sign-off."
                : access.isMentor
                  ? "Open a skill to sign it off."
                  : "The mentor signs each skill off once they have seen it done."}
            </p>
            <SkillList apprenticeId={apprenticeId} skillSets={record.standards.skillSets} statuses={record.skills} />
          </section>
          <section aria-labelledby="weeks-heading">
            <h2 id="weeks-heading" className="mb-3 text-lg font-semibold">
              Weeks logged
            </h2>
            <WeekList
              apprenticeId={apprenticeId}
              weeks={record.weeks}
              titles={titles}
              canLog={logging}
              firstName={apprentice.firstName}
            />
          </section>
        </div>
        <aside className="flex flex-col gap-6">
          <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 p-5">
            <h2 id="status-heading" className="mb-3 text-lg font-semibold">
              Status
            </h2>
            <p className="mb-3">{STATUS_LABEL[apprentice.trainingStatus]}</p>
            <Link href={`/training/${apprenticeId}/status`} className="text-brand-700 underline">
              {isTrainingManager(access) &&
              !access.isApprentice &&
              (active || apprentice.trainingStatus === "SUSPENDED")
                ? "Suspend, resume or cancel"
                : "Status history"}
            </Link>
          </section>
          <section aria-labelledby="mentor-heading" className="rounded-lg border border-slate-200 p-5">
            <h2 id="mentor-heading" className="mb-3 text-lg font-semibold">
              Mentor
            </h2>
            <DescriptionList
              rows={[
                [
                  "Mentor",
                  apprentice.mentor ? `${apprentice.mentor.name} (${apprentice.mentor.email})` : "Not assigned yet",
                ],
                [
                  "Apprentice signs in",
                  apprentice.userId
                    ? "Yes"
                    : apprentice.email
                      ? "Once a mentor is assigned"
                      : "No email on the enrollment",
                ],
              ]}
            />
            {isTrainingManager(access) ? (
              <div className="mt-4">
                {record.mentors.length === 0 ? (
                  <p className="text-sm text-slate-700">
                    Add a mentor in{" "}
                    <Link href="/onboarding/mentor" className="text-brand-700 underline">
                      step 5
                    </Link>{" "}
                    first.
                  </p>
                ) : (
                  <AssignMentorForm
                    apprenticeId={apprenticeId}
                    currentMentorId={apprentice.mentor?.id ?? null}
                    mentors={record.mentors.map((m) => ({
                      value: m.id,
                      label: `${m.name}, ${m.title} (mentors ${m.apprentices})`,
                    }))}
                  />
                )}
              </div>
            ) : null}
          </section>
        </aside>
      </div>
    </PageContainer>
  );
}
