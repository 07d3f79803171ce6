import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import type { Position } from "@prisma/client";
import { positionTypeLabel } from "@/lib/onboarding/positions/schemas";
import { EmptyState } from "@/components/ui/empty-state";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function PositionList({ positions, editable }: { positions: Position[]; editable: boolean }) {
  if (positions.length === 0) {
    return (
      <EmptyState
        title="No position yet"
        next="Add the first one below: most organizations start with one position and one or two openings. Step 3 is complete once a position is added and you confirm hiring is your organization's responsibility."
      />
    );
  }
  return (
    <DataTable
      caption="Apprentice positions"
      columns={["Title", "How it exists", "Department and site", "Start", "Openings"]}
      withActions={editable}
    >
      {positions.map((p) => (
        <tr key={p.id} className="border-b border-slate-200 align-top">
          <td className="py-2 pr-4 font-medium">{p.title}</td>
          <td className="py-2 pr-4">{positionTypeLabel(p.type)}</td>
          <td className="py-2 pr-4">
            {p.department}
            <br />
            <span className="text-slate-700">{p.siteAddress}</span>
          </td>
          <td className="py-2 pr-4">{p.expectedStartDate ? date.format(p.expectedStartDate) : "Not set"}</td>
          <td className="py-2 pr-4">{p.openings}</td>
          {editable ? (
            <td className="py-2">
              <Link className="text-brand-700 font-medium underline" href={`/onboarding/position/${p.id}`}>
                Edit<span className="sr-only"> {p.title}</span>
              </Link>
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
