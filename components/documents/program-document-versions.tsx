import { DataTable } from "@/components/ui/data-table";
import type { ProgramDocumentKindVersions } from "@/lib/documents/data";
import { PublishProgramDocumentForm } from "@/components/documents/publish-program-document-form";
import { EmptyState } from "@/components/ui/empty-state";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const fileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function PublicationStatus({ version }: { version: ProgramDocumentKindVersions["versions"][number] }) {
  if (version.current) {
    return (
      <>
        <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">Current</span>{" "}
        {when.format(version.publishedAt!)} UTC
      </>
    );
  }
  if (version.publishedAt) return <>{when.format(version.publishedAt)} UTC (replaced)</>;
  return <>{version.publishable ? "Not published yet" : "Not published (a newer version is current)"}</>;
}

/** One document's versions, newest first, with the current one marked and a publish form for each new upload. */
export function ProgramDocumentVersions({ kind }: { kind: ProgramDocumentKindVersions }) {
  const headingId = `heading-${kind.value}`;
  const publishable = kind.versions.filter((v) => v.publishable);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {kind.label}
      </h2>
      {kind.versions.length === 0 ? (
        <EmptyState
          title="No version uploaded yet"
          next="Upload one below, check it, then publish it. Employers cannot complete step 2 until one is published."
        />
      ) : (
        <DataTable
          caption={`Versions of the ${kind.label}`}
          columns={["Version", "Title", "SHA-256", "Size", "Uploaded", "Published"]}
          withActions
        >
          {kind.versions.map((v) => (
            <tr key={v.id} id={`document-${v.id}`} className="border-b border-slate-200 align-top target:bg-amber-50">
              <td className="py-2 pr-4 font-semibold">{v.version}</td>
              <td className="py-2 pr-4">
                {v.title}
                {v.isSample ? (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    SAMPLE
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-4 font-mono text-xs break-all">{v.sha256}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{fileSize(v.byteSize)}</td>
              <td className="py-2 pr-4">
                {when.format(v.createdAt)} UTC{v.uploadedBy ? ` by ${v.uploadedBy}` : ""}
              </td>
              <td className="py-2 pr-4">
                <PublicationStatus version={v} />
              </td>
              <td className="py-2">
                <a
                  className="text-brand-700 font-semibold underline"
                  href={`/api/documents/${v.id}`}
                  target="_blank"
                  rel="noopener"
                >
                  View<span className="sr-only"> version {v.version} (PDF, opens in a new tab)</span>
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {publishable.map((v) => (
        <div key={v.id} className="rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h3 className="mb-2 font-semibold">Publish version {v.version}</h3>
          <p className="mb-3 text-sm text-slate-800">
            Publishing makes it the version employers acknowledge at step 2. Organizations that have not submitted to
            AAMI (or must submit again) and acknowledged an earlier version see step 2 reopen, and their owners and
            admins are emailed. Submissions with AAMI are not changed.
          </p>
          <PublishProgramDocumentForm documentId={v.id} version={v.version} />
        </div>
      ))}
    </section>
  );
}
