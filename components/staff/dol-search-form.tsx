import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { Button, buttonClasses } from "@/components/ui/button";

/** A plain GET form beside (not inside) the download form: the search lives in the URL and works without JavaScript. */
export function DolSearchForm({ search }: { search: string }) {
  return (
    <form
      method="get"
      action="/staff/apprentices"
      role="search"
      aria-label="Find apprentices for DOL"
      className="mb-6 grid items-end gap-4 sm:grid-cols-[2fr_auto]"
    >
      <TextField
        id="dol-search"
        name="name"
        type="search"
        label="Apprentice or employer"
        hint="Any part of the apprentice's name or the employer's legal or DBA name"
        defaultValue={search}
        maxLength={100}
      />
      <div className="flex gap-2">
        <Button type="submit">Search</Button>
        <Link href="/staff/apprentices" className={buttonClasses("secondary")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
