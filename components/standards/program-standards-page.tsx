import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { ScheduleTable, StandardsNumbers } from "@/components/standards/standards-details";
import {
  CreateDraftForm,
  DraftForm,
  ImportDecisionForm,
  ImportScheduleForm,
  PublishStandardsForm,
} from "@/components/standards/standards-forms";
import type { StandardsPageData } from "@/lib/program/standards/data";
import { publishIssues } from "@/lib/program/standards/model";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The current version, the draft (for administrators: its form, an import's preview, publishing) and the history. */
export function ProgramStandardsPage({
  data,
  canEdit,
  notice,
}: {
  data: StandardsPageData;
  canEdit: boolean;
  notice: "saved" | "published" | null;
}) {
  const { current, draft, history } = data;
  const ref = draft ? { standardsId: draft.standards.id, rowVersion: draft.rowVersion } : null;
  const blockers = draft ? publishIssues(draft.standards) : [];
  return (
    <div className="flex flex-col gap-10">
      {notice === "published" ? (
        <Alert tone="success">Version {current.version} is published: it is now the program&apos;s standards.</Alert>
      ) : null}
      <Section id="current-heading" title={`Current standards: version ${current.version}`}>
        <StandardsNumbers standards={current} />
        <ScheduleTable skillSets={current.skillSets} caption={`Work-process schedule, version ${current.version}`} />
        {current.skillSets.some((s) => s.isSample) ? (
          <p className="text-sm text-slate-700">
            Skill sets marked SAMPLE are placeholders until AAMI&apos;s registered schedule is imported.
          </p>
        ) : null}
      </Section>

      {canEdit && draft && ref ? (
        <>
          <Section id="draft-heading" title={`Draft: version ${draft.standards.version}`}>
            {notice === "saved" ? <Alert tone="success">The draft is saved.</Alert> : null}
            <DraftForm key={draft.rowVersion} draft={draft.standards} rowVersion={draft.rowVersion} />
          </Section>
          <Section id="schedule-heading" title={`Work-process schedule of version ${draft.standards.version}`}>
            <ScheduleTable
              skillSets={draft.standards.skillSets}
              caption={`Work-process schedule, draft version ${draft.standards.version}`}
            />
            <h3 className="font-semibold">Import AAMI&apos;s registered schedule</h3>
            <p className="max-w-2xl text-sm text-slate-700">
              A CSV (one row per skill, see the{" "}
              <a className="text-brand-700 underline" href="/standards/work-process-schedule-example.csv">
                example file
              </a>
              ) or a JSON file. Its hours must add up to the term&apos;s{" "}
              {draft.standards.termOjlHours.toLocaleString("en-US")} hours and no skill may appear twice.
            </p>
            <ImportScheduleForm key={`import-${draft.rowVersion}`} {...ref} />
          </Section>
          {draft.pendingImport ? (
            <Section id="preview-heading" title={`Preview: ${draft.pendingImport.filename}`}>
              <p className="text-sm text-slate-700">
                The file is valid. Nothing has changed yet: replace the draft&apos;s schedule with it, or discard it.
              </p>
              <ScheduleTable
                skillSets={draft.pendingImport.skillSets}
                caption={`Imported schedule from ${draft.pendingImport.filename}`}
              />
              <div className="flex flex-wrap gap-4">
                <ImportDecisionForm {...ref} decision="replace" />
                <ImportDecisionForm {...ref} decision="discard" />
              </div>
            </Section>
          ) : null}
          <Section id="publish-heading" title={`Publish version ${draft.standards.version}`}>
            {blockers.length ? (
              <Alert tone="warning" title="Not ready to publish">
                <ul className="list-disc pl-5">
                  {blockers.map((b) => (
                    <li key={b.path}>{b.message}</li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            <PublishStandardsForm {...ref} version={draft.standards.version} />
          </Section>
        </>
      ) : null}

      {canEdit && !draft ? (
        <Section id="draft-heading" title="Change the standards">
          <p className="max-w-2xl text-sm text-slate-700">
            A published version never changes. Start a draft from the current version, edit it, import the schedule,
            then publish it.
          </p>
          <CreateDraftForm basedOn={current.version} />
        </Section>
      ) : null}

      <Section id="history-heading" title="Published versions">
        <DataTable caption="Published versions of the program standards" columns={["Version", "Term", "Published"]}>
          {history.map((v) => (
            <tr key={v.id} className="border-b border-slate-200">
              <td className="py-2 pr-4 font-semibold">
                {v.version}
                {v.version === current.version ? " (current)" : ""}
              </td>
              <td className="py-2 pr-4">{v.termOjlHours.toLocaleString("en-US")} hours</td>
              <td className="py-2 pr-4">
                {v.publishedAt ? `${when.format(v.publishedAt)} UTC` : ""} by {v.publishedBy}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </div>
  );
}
