import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

/**
 * The staff administrators' download of the cancellations, completions and transfers for RAPIDS between two days: a plain form
 * posting to the route (no script needed). A range the route could not read comes back as `rangeRefused`.
 */
export function StatusChangesDownload({
  canDownload,
  defaultFrom,
  defaultTo,
  rangeRefused,
}: {
  canDownload: boolean;
  defaultFrom: string;
  defaultTo: string;
  rangeRefused: boolean;
}) {
  return (
    <Section id="status-changes" title="Status changes for RAPIDS" className="mt-10">
      <p className="mb-3 text-slate-700">
        Employers record when an apprenticeship is cancelled (with its reason, and whether it fell within probation) and
        when an apprentice transfers to another employer partner (from the first day there); completions follow
        AAMI&apos;s verification. Download those recorded between two days to key them into RAPIDS: each change is in
        the file of the day it was recorded, even when it took effect earlier. Every download is recorded in the audit
        trail.
      </p>
      {canDownload ? (
        <form action="/api/staff/apprentices/status-changes" method="post" className="flex flex-col gap-4">
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id="status-changes-from"
              name="from"
              label="From"
              type="date"
              required
              defaultValue={defaultFrom}
            />
            <TextField
              id="status-changes-to"
              name="to"
              label="To"
              type="date"
              required
              defaultValue={defaultTo}
              error={rangeRefused ? "Enter two days, the second on or after the first." : undefined}
            />
          </div>
          <div>
            <button type="submit" className={buttonClasses("secondary")}>
              Download status changes (.csv)
            </button>
          </div>
        </form>
      ) : (
        <Alert tone="info">Only AAMI staff administrators can download the status changes for RAPIDS.</Alert>
      )}
    </Section>
  );
}
