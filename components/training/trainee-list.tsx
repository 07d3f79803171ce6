import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import type { TraineeProgress } from "@/lib/training/dashboard/data";
import type { TraineeList as TraineeListData } from "@/lib/training/hours/data";
import { TRAINEES_PAGE_SIZE } from "@/lib/training/hours/data";
import { formatHours } from "@/lib/training/hours/progress";
import { CREDENTIAL_KINDS } from "@/lib/training/credentials/kinds";
import { RAISE_STANDING } from "@/components/training/raise-list";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination, shownRange } from "@/components/ui/pagination";
import { SegmentBar } from "@/components/ui/segment-bar";
import { percentOf } from "@/lib/staff/stats";

function NextRaise({ raise }: { raise: TraineeProgress["nextRaise"] }) {
  if (raise === undefined) return <>No wage schedule</>;
  if (raise === null) return <>All given</>;
  return (
    <>
      {raise.period.label}
      <span className={`block ${RAISE_STANDING[raise.standing].className}`}>
        {RAISE_STANDING[raise.standing].label}
        {raise.dueOn ? `: ${formatLongDate(raise.dueOn)}` : ""}
      </span>
    </>
  );
}

/** The progress columns of one apprentice: hours, skills, this year's instruction, next raise, credentials. */
function ProgressCells({ p }: { p: TraineeProgress | undefined }) {
  if (!p) return <td colSpan={5} />;
  return (
    <>
      <td className="py-2 pr-4 whitespace-nowrap">
        {formatHours(p.countedHours)} of {formatHours(p.requiredHours)} h
        <SegmentBar
          className="mt-1 h-2 w-24 rounded bg-slate-200"
          segments={[{ percent: percentOf(p.countedHours, p.requiredHours), className: "fill-brand-700" }]}
        />
      </td>
      <td className="py-2 pr-4 whitespace-nowrap">
        {p.skillsSignedOff} of {p.skillsTotal}
      </td>
      <td className="py-2 pr-4">
        {p.instruction
          ? `${formatHours(p.instruction.confirmedHours)} of ${formatHours(p.instruction.requiredHours)} h (year ${p.instruction.year})`
          : "None"}
        {p.instructionBehind ? <span className="block font-semibold text-amber-900">Behind</span> : null}
      </td>
      <td className="py-2 pr-4">
        <NextRaise raise={p.nextRaise} />
      </td>
      <td className="py-2 pr-4 whitespace-nowrap">
        {p.credentialsVerified} of {CREDENTIAL_KINDS.length} verified
      </td>
    </>
  );
}

/** The apprentices in training the reader may open, with their progress and what waits for approval. */
export function TraineeList({
  list,
  actorId,
  progress,
}: {
  list: TraineeListData;
  actorId: string;
  progress: ReadonlyMap<string, TraineeProgress>;
}) {
  if (list.total === 0) {
    return (
      <EmptyState
        title="No apprentices in training yet"
        next="An apprentice's training record opens once AAMI approves their registration (step 8 of the checklist). Their employer then assigns a mentor, and we email both of them how to sign in."
      />
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700">
        Showing {shownRange(list.page, TRAINEES_PAGE_SIZE, list.rows.length)} of {list.total}. Hours count approved
        hours and fast-track credit; instruction counts confirmed courses in the current apprenticeship year.
      </p>
      <DataTable
        caption="Apprentices in training and their progress"
        columns={[
          "Apprentice",
          "Mentor",
          "Hours",
          "Skills signed off",
          "Related instruction",
          "Next raise",
          "Credentials",
          "Waiting for approval",
        ]}
      >
        {list.rows.map((a) => (
          <tr key={a.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4">
              <Link href={`/training/${a.id}`} className="text-brand-700 font-medium underline">
                {a.firstName} {a.lastName}
              </Link>
              {a.userId === actorId ? <span className="ml-1 text-slate-700">(you)</span> : null}
              <span className="block text-slate-700">
                {a.organization.legalName}, since {formatLongDate(a.startDate)}
              </span>
            </td>
            <td className="py-2 pr-4">
              {a.mentor ? (
                <>
                  {a.mentor.name}
                  {a.mentor.userId === actorId ? <span className="ml-1 text-slate-700">(you)</span> : null}
                </>
              ) : (
                "Not assigned yet"
              )}
            </td>
            <ProgressCells p={progress.get(a.id)} />
            <td className="py-2 pr-4">
              {a._count.ojtEntries === 0
                ? "None"
                : `${a._count.ojtEntries} entr${a._count.ojtEntries === 1 ? "y" : "ies"}`}
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/training" />
    </div>
  );
}
