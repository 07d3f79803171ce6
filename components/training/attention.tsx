import Link from "next/link";
import type { ReactNode } from "react";
import { formatLongDate } from "@/lib/dates";
import type { Attention } from "@/lib/training/dashboard/data";
import type { RaiseToAct } from "@/lib/training/raises/due";
import { weekLabel } from "@/lib/training/weeks";
import { RaisesToActList } from "@/components/training/raise-list";
import { Section } from "@/components/ui/section";
import { plural } from "@/lib/plural";

function AttentionList<T extends { id: string; firstName: string; lastName: string }>({
  id,
  title,
  total,
  rows,
  detail,
}: {
  id: string;
  title: string;
  total: number;
  rows: readonly T[];
  detail: (row: T) => ReactNode;
}) {
  if (total === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-amber-200 bg-amber-50 p-4">
      <h3 id={`${id}-heading`} className="font-semibold text-amber-950">
        {title}
      </h3>
      <p className="text-sm text-slate-800">{plural(total, "apprentice")}</p>
      <ul className="mt-2 flex flex-col gap-1 text-sm text-slate-800">
        {rows.map((row) => (
          <li key={row.id}>
            <Link href={`/training/${row.id}`} className="text-brand-700 font-medium underline">
              {row.firstName} {row.lastName}
            </Link>{" "}
            — {detail(row)}
          </li>
        ))}
      </ul>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-slate-700">and {plural(total - rows.length, "more apprentice")}.</p>
      ) : null}
    </section>
  );
}

/**
 * What needs the organization's attention on its training page: weeks waiting for the mentors, apprentices with
 * nothing logged for two weeks, and (for owners and admins) raises to give. Says so when nothing does.
 */
export function NeedsAttention({ attention, raises }: { attention: Attention; raises: readonly RaiseToAct[] }) {
  const { waiting, silent, silentDays } = attention;
  const nothing = waiting.total === 0 && silent.total === 0 && raises.length === 0;
  return (
    <Section id="attention" title="Needs attention" className="mb-8">
      {nothing ? (
        <p className="text-slate-700">
          Nothing needs attention: no weeks wait for approval, every apprentice logged hours in the last {silentDays}{" "}
          days, and no raise is due.
        </p>
      ) : (
        <div className="flex flex-col gap-4">
          <div className="grid gap-4 md:grid-cols-2">
            <AttentionList
              id="attention-waiting"
              title="Weeks waiting for approval"
              total={waiting.total}
              rows={waiting.rows}
              detail={(r) =>
                `${plural(r.weeks, "week")} waiting for their mentor, the oldest the ${weekLabel(r.oldestWeek).toLowerCase()}`
              }
            />
            <AttentionList
              id="attention-silent"
              title={`No hours logged for ${silentDays} days`}
              total={silent.total}
              rows={silent.rows}
              detail={(r) =>
                r.lastLoggedAt ? `last logged on ${formatLongDate(r.lastLoggedAt)}` : "nothing logged yet"
              }
            />
          </div>
          {raises.length > 0 ? (
            <section aria-labelledby="raises-heading" id="raises">
              <h3 id="raises-heading" className="font-semibold text-slate-900">
                Raises to give
              </h3>
              <p className="mb-3 text-sm text-slate-700">
                Raises on your wage schedule coming up within two weeks, due or overdue. Give each on time, then record
                it on the apprentice&apos;s record (AAMI staff follow up on raises unrecorded 30 days after they fall
                due).
              </p>
              <RaisesToActList raises={raises} recordPath="/training" caption="Raises to give" />
            </section>
          ) : null}
        </div>
      )}
    </Section>
  );
}

/** A mentor's summary on the training page: what their apprentices wait on them for, with the way there. */
export function WaitingForMentor({ waiting }: { waiting: { weeks: number; signOffs: number } }) {
  const { weeks, signOffs } = waiting;
  return (
    <Section id="waiting" title="Waiting for you" className="mb-8">
      <p className="text-slate-800">
        {weeks === 0 && signOffs === 0
          ? "Nothing waits for you: your apprentices' weeks are approved and no sign-off is asked for."
          : `${plural(weeks, "week")} of hours to approve and ${plural(signOffs, "skill")} to sign off.`}{" "}
        {weeks + signOffs > 0 ? (
          <Link href="/training/review" className="text-brand-700 font-medium underline">
            Open them
          </Link>
        ) : null}
      </p>
    </Section>
  );
}
