import Link from "next/link";
import { REGIONS } from "@/lib/regions";
import { US_STATES } from "@/lib/us-states";
import type { EmployerFilters } from "@/lib/staff/employer-filters";
import { SelectField, TextField } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";

const STATE_OPTIONS = [{ value: "", label: "All states" }, ...US_STATES.map(([value, label]) => ({ value, label }))];
const REGION_OPTIONS = [{ value: "", label: "All regions" }, ...REGIONS.map((r) => ({ value: r.key, label: r.name }))];

/** A plain GET form: the filters live in the URL, so they work without JavaScript and can be bookmarked. */
export function EmployerSearchForm({ filters }: { filters: EmployerFilters }) {
  return (
    <form
      method="get"
      action="/staff/employers"
      role="search"
      aria-label="Find employers"
      className="mb-6 grid items-end gap-4 sm:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <TextField
        id="employer-name"
        name="name"
        type="search"
        label="Name"
        hint="Legal or DBA name, any part of it"
        defaultValue={filters.name}
        maxLength={100}
      />
      <SelectField
        id="employer-state"
        name="state"
        label="State"
        defaultValue={filters.state ?? ""}
        options={STATE_OPTIONS}
      />
      <SelectField
        id="employer-region"
        name="region"
        label="Region"
        defaultValue={filters.region ?? ""}
        options={REGION_OPTIONS}
      />
      <div className="flex gap-2">
        <Button type="submit">Search</Button>
        <Link href="/staff/employers" className={buttonClasses("secondary")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
