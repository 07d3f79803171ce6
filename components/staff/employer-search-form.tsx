import Link from "next/link";
import { REGION_OPTIONS } from "@/lib/regions";
import { STATE_OPTIONS } from "@/lib/us-states";
import type { EmployerFilters } from "@/lib/staff/employer-filters";
import { SelectField, TextField } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";

const STATE_CHOICES = [{ value: "", label: "All states" }, ...STATE_OPTIONS];
const REGION_CHOICES = [{ value: "", label: "All regions" }, ...REGION_OPTIONS];

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
        options={STATE_CHOICES}
      />
      <SelectField
        id="employer-region"
        name="region"
        label="Region"
        defaultValue={filters.region ?? ""}
        options={REGION_CHOICES}
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
