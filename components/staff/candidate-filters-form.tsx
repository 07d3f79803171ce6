import Link from "next/link";
import { CANDIDATE_STATUS_OPTIONS, EDUCATION_OPTIONS, SITUATION_OPTIONS } from "@/lib/candidates/options";
import { VETERAN_FILTER_OPTIONS, type CandidateFilters } from "@/lib/candidates/staff/filters";
import { REGION_OPTIONS } from "@/lib/regions";
import { STATE_OPTIONS } from "@/lib/us-states";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";

type Options = ReadonlyArray<{ value: string; label: string }>;

const CHOICES: ReadonlyArray<{ name: keyof CandidateFilters; label: string; options: Options }> = [
  { name: "region", label: "Region", options: [{ value: "", label: "All regions" }, ...REGION_OPTIONS] },
  { name: "state", label: "State", options: [{ value: "", label: "All states" }, ...STATE_OPTIONS] },
  { name: "situation", label: "Situation", options: [{ value: "", label: "Any situation" }, ...SITUATION_OPTIONS] },
  { name: "education", label: "Education", options: [{ value: "", label: "Any education" }, ...EDUCATION_OPTIONS] },
  {
    name: "veteran",
    label: "Veteran status (self-identified)",
    options: [{ value: "", label: "Any answer" }, ...VETERAN_FILTER_OPTIONS],
  },
  { name: "status", label: "Status", options: [{ value: "", label: "Any status" }, ...CANDIDATE_STATUS_OPTIONS] },
];

const DATES: ReadonlyArray<{ name: "submittedFrom" | "submittedTo"; label: string }> = [
  { name: "submittedFrom", label: "Submitted on or after" },
  { name: "submittedTo", label: "Submitted on or before" },
];

/** A plain GET form: the filters live in the URL, so they work without JavaScript and can be bookmarked. */
export function CandidateFiltersForm({ filters }: { filters: CandidateFilters }) {
  return (
    <form
      method="get"
      action="/staff/candidates"
      role="search"
      aria-label="Find candidates"
      className="mb-6 rounded-lg border border-slate-200 p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <TextField
            id="candidate-q"
            name="q"
            type="search"
            label="Search"
            hint="Name, email, city or phone, any part of it"
            defaultValue={filters.q ?? ""}
            maxLength={100}
          />
        </div>
        {CHOICES.map(({ name, label, options }) => (
          <SelectField
            key={name}
            id={`candidate-${name}`}
            name={name}
            label={label}
            defaultValue={String(filters[name] ?? "")}
            options={options}
          />
        ))}
        {DATES.map(({ name, label }) => (
          <TextField
            key={name}
            id={`candidate-${name}`}
            name={name}
            type="date"
            label={label}
            defaultValue={filters[name] ?? ""}
          />
        ))}
        <div className="self-end sm:col-span-2">
          <CheckboxField
            id="candidate-withdrawn"
            name="withdrawn"
            value="include"
            label="Include candidates who withdrew"
            hint="They asked not to be contacted, so they are left out unless you tick this."
            defaultChecked={filters.includeWithdrawn}
          />
        </div>
      </div>
      <div className="mt-4 flex gap-2">
        <Button type="submit">Apply filters</Button>
        <Link href="/staff/candidates" className={buttonClasses("secondary")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
