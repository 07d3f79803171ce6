import type { StandardsDocument } from "@/lib/onboarding/standards/data";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function AcknowledgementStatus({ doc }: { doc: StandardsDocument }) {
  const ack = doc.acknowledgement;
  if (!ack) return <p className="text-sm text-slate-700">Not acknowledged yet.</p>;
  if (ack.version < doc.version) {
    return (
      <p className="text-sm font-medium text-amber-900">
        Your organization acknowledged version {ack.version}. Version {doc.version} has been published since: please
        review it and acknowledge again.
      </p>
    );
  }
  return (
    <p className="text-sm text-green-900">
      Acknowledged by {ack.typedName}
      {ack.userName && ack.userName !== ack.typedName ? ` (signed in as ${ack.userName})` : ""} on{" "}
      {date.format(ack.acknowledgedAt)}.
    </p>
  );
}

export function StandardsDocuments({ documents }: { documents: StandardsDocument[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {documents.map((doc) => (
        <li key={doc.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-5">
          <h2 className="text-lg font-semibold">
            {doc.title}
            {doc.isSample ? (
              <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">SAMPLE</span>
            ) : null}
          </h2>
          <p className="text-sm text-slate-700">
            Version {doc.version}, published {doc.publishedAt ? date.format(doc.publishedAt) : "—"}
          </p>
          <p className="text-xs break-all text-slate-700">
            SHA-256 <span className="font-mono">{doc.sha256}</span>
          </p>
          <div className="flex flex-wrap gap-3">
            <a
              className="text-brand-700 font-semibold underline"
              href={`/api/documents/${doc.id}`}
              target="_blank"
              rel="noopener"
            >
              Read {doc.title} (PDF, opens in a new tab)
            </a>
            <a className="text-brand-700 font-semibold underline" href={`/api/documents/${doc.id}?download`}>
              Download<span className="sr-only"> {doc.title}</span>
            </a>
          </div>
          <AcknowledgementStatus doc={doc} />
        </li>
      ))}
    </ul>
  );
}
