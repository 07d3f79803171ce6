import Link from "next/link";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SITUATION_OPTIONS } from "@/lib/candidates/options";
import { MAX_SEARCH_LENGTH, type CandidateFilters } from "@/lib/candidates/partner/filters";
import type { PartnerScope } from "@/lib/candidates/partner/scope";
import { regionName } from "@/lib/regions";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";

const SITUATION_CHOICES = [{ value: "", label: "Any situation" }, ...SITUATION_OPTIONS];
const EDUCATION_CHOICES = [{ value: "", label: "Any education" }, ...EDUCATION_OPTIONS];
const EXPERIENCE_CHOICES = [{ value: "", label: "Any experience" }, ...EXPERIENCE_OPTIONS];

/** A plain GET form: the filters live in the URL, so they work without JavaScript and can be bookmarked. */
export function PartnerFiltersForm({ filters, scope }: { filters: CandidateFilters; scope: PartnerScope }) {
  const selects = [
    {
      name: "region",
      label: "Lives in",
      options: [{ value: "", label: "Anywhere" }, ...scope.regions.map((r) => ({ value: r, label: regionName(r) }))],
    },
    { name: "situation", label: "Situation", options: SITUATION_CHOICES },
    { name: "education", label: "Highest education", options: EDUCATION_CHOICES },
    { name: "experience", label: "Experience", options: EXPERIENCE_CHOICES },
  ] as const;
  return (
    <form
      method="get"
      action="/candidates"
      role="search"
      aria-label="Filter candidates"
      className="mb-6 grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <TextField
        id="candidate-search"
        name="q"
        type="search"
        label="Name or city"
        hint="Any part of a first name, last name or city"
        defaultValue={filters.q}
        maxLength={MAX_SEARCH_LENGTH}
      />
      {selects.map((select) => (
        <SelectField
          key={select.name}
          id={`candidate-${select.name}`}
          name={select.name}
          label={select.label}
          defaultValue={filters[select.name] ?? ""}
          options={select.options}
        />
      ))}
      <CheckboxField
        id="candidate-relocate"
        name="relocate"
        value="yes"
        label="Only candidates willing to relocate"
        defaultChecked={filters.relocate}
      />
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Link href="/candidates" className={buttonClasses("secondary")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
