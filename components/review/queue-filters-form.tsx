import { SelectField, TextField } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { QUEUE_SORTS, type QueueFilters } from "@/lib/review/queue-filters";
import { SUBMISSION_MESSAGES } from "@/lib/status-messages";
import { REGION_OPTIONS } from "@/lib/regions";
import { STATE_OPTIONS } from "@/lib/us-states";

const STATUS_OPTIONS = [
  { value: "open", label: "Waiting on AAMI" },
  { value: "all", label: "Any status" },
  ...(["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "ACCEPTED"] as const).map((s) => ({
    value: s,
    label: SUBMISSION_MESSAGES.label[s],
  })),
];

/** A plain GET form: filters end up in the URL, so they work without JavaScript and can be bookmarked. */
export function QueueFiltersForm({
  filters,
  reviewers,
}: {
  filters: QueueFilters;
  reviewers: Array<{ id: string; name: string | null; email: string }>;
}) {
  return (
    <form method="get" action="/staff/queue" aria-label="Filter the queue" className="mb-6 rounded-lg border p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField id="q" name="q" label="Organization name" defaultValue={filters.q ?? ""} type="search" />
        <SelectField id="status" name="status" label="Status" defaultValue={filters.status} options={STATUS_OPTIONS} />
        <SelectField
          id="state"
          name="state"
          label="State"
          defaultValue={filters.state ?? ""}
          options={[{ value: "", label: "Any state" }, ...STATE_OPTIONS]}
        />
        <SelectField
          id="region"
          name="region"
          label="Region"
          defaultValue={filters.region ?? ""}
          options={[{ value: "", label: "Any region" }, ...REGION_OPTIONS]}
        />
        <SelectField
          id="reviewer"
          name="reviewer"
          label="Reviewer"
          defaultValue={filters.reviewer ?? ""}
          options={[
            { value: "", label: "Anyone" },
            { value: "me", label: "Me" },
            { value: "unassigned", label: "Not claimed yet" },
            ...reviewers.map((r) => ({ value: r.id, label: r.name ?? r.email })),
          ]}
        />
        <TextField
          id="submittedFrom"
          name="submittedFrom"
          label="Submitted on or after"
          type="date"
          defaultValue={filters.submittedFrom ?? ""}
        />
        <TextField
          id="submittedTo"
          name="submittedTo"
          label="Submitted on or before"
          type="date"
          defaultValue={filters.submittedTo ?? ""}
        />
        <SelectField
          id="sort"
          name="sort"
          label="Sort by"
          defaultValue={filters.sort}
          options={Object.entries(QUEUE_SORTS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <div className="mt-4 flex gap-3">
        <button type="submit" className={buttonClasses()}>
          Apply filters
        </button>
        <a href="/staff/queue" className={buttonClasses("secondary")}>
          Clear
        </a>
      </div>
    </form>
  );
}
