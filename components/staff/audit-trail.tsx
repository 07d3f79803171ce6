import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { auditKindLabel, subjectTypeLabel, summarizePayload } from "@/lib/audit/format";
import type { AuditTrailPage } from "@/lib/staff/employers";
import { formatDateTime } from "@/components/staff/format";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";

type AuditEventRow = AuditTrailPage["events"][number];

function Actor({ event }: { event: AuditEventRow }) {
  if (!event.actorId) return <>System</>;
  if (!event.actor) return <>A deleted account</>;
  return (
    <>
      {event.actor.name ?? event.actor.email}
      {event.actor.name ? <span className="block break-all text-slate-700">{event.actor.email}</span> : null}
    </>
  );
}

const STAFF_PAGES: Record<string, string | undefined> = {
  Submission: "/staff/submissions",
  Apprentice: "/staff/apprentices",
};

function Subject({ event }: { event: AuditEventRow }) {
  const label = subjectTypeLabel(event.subjectType);
  // Submissions and apprentices have a staff page of their own (not a deleted draft); other subjects are only named.
  const page = STAFF_PAGES[event.subjectType];
  if (page && event.kind !== "apprentice.draft_deleted") {
    return (
      <Link className="text-brand-700 underline" href={`${page}/${event.subjectId}`}>
        {label}
      </Link>
    );
  }
  return <>{label}</>;
}

export function AuditTrail({ trail, basePath }: { trail: AuditTrailPage; basePath: string }) {
  return (
    <Section id="audit-trail" title={`Audit trail (${trail.total})`}>
      {trail.events.length === 0 ? (
        <EmptyState
          title="Nothing recorded for this organization yet"
          next="Every change the organization's members or AAMI staff make to its record is recorded here, newest first."
        />
      ) : (
        <>
          <DataTable
            caption={`Audit trail, newest first, page ${trail.page} of ${trail.pageCount}`}
            columns={["When", "Event", "By", "Subject", "Details"]}
          >
            {trail.events.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
                <td className="py-2 pr-4">{auditKindLabel(e.kind)}</td>
                <td className="py-2 pr-4">
                  <Actor event={e} />
                </td>
                <td className="py-2 pr-4">
                  <Subject event={e} />
                </td>
                <td className="py-2 break-words text-slate-800">{summarizePayload(e.payload) || "—"}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={trail.page} pageCount={trail.pageCount} basePath={basePath} fragment="audit-trail" />
        </>
      )}
    </Section>
  );
}
