import { formatLongDate } from "@/lib/dates";
import type { listPublicProgramDocuments } from "@/lib/documents/data";
import { BookIcon } from "./icons";

type PublicDocument = Awaited<ReturnType<typeof listPublicProgramDocuments>>[number];

/** Links to the current National Standards and Training Objectives, readable without an account. */
export function ProgramDocuments({ documents }: { documents: PublicDocument[] }) {
  return (
    <section aria-labelledby="documents-title" className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="documents-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          Read the program documents
        </h2>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          The national standards every employer partner agrees to, and the training objectives apprentices master.
        </p>
        {documents.length > 0 ? (
          <ul className="mt-8 grid gap-4 sm:grid-cols-2">
            {documents.map((doc) => (
              <li key={doc.kind} className="flex gap-4 rounded-lg border border-slate-200 bg-white p-5">
                <BookIcon className="text-brand-700 mt-1 h-6 w-6 shrink-0" />
                <div>
                  <a
                    href={doc.href}
                    className="text-brand-700 hover:text-brand-800 inline-flex min-h-11 items-center font-semibold underline underline-offset-4"
                  >
                    {doc.title} (PDF)
                  </a>
                  <p className="text-sm text-slate-700">
                    Version {doc.version}, published {formatLongDate(doc.publishedAt)}
                    {doc.isSample ? ". A sample that stands in for AAMI's document." : "."}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 max-w-3xl text-slate-700">
            AAMI has not published the documents here yet. Employer partners read them on step 2 of the checklist.
          </p>
        )}
      </div>
    </section>
  );
}
