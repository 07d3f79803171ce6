import { DataTable } from "@/components/ui/data-table";
import type { RegionCount } from "@/lib/candidates/region-counts";
import { regionName } from "@/lib/regions";
import { EmptyState } from "@/components/ui/empty-state";

const COLUMNS = ["Region", "Shared with employers", "Withdrawn", "Deleted (anonymous)", "Signed up in all"];

export function CandidateRegions({ rows }: { rows: RegionCount[] }) {
  const total = rows.reduce((sum, r) => sum + r.signedUp, 0);
  if (total === 0) {
    return (
      <EmptyState
        title="Nobody has sent the apprentice interest form yet"
        next="People appear here as soon as they do, counted by the region of the state they live in."
      />
    );
  }
  return (
    <DataTable caption={`Prospective apprentices by home region (${total} signed up in all)`} columns={COLUMNS}>
      {rows.map((row) => (
        <tr key={row.region} className="border-b border-slate-200">
          <th scope="row" className="py-2 pr-4 font-normal">
            {regionName(row.region)}
          </th>
          <td className="py-2 pr-4">{row.sharing}</td>
          <td className="py-2 pr-4">{row.withdrawn}</td>
          <td className="py-2 pr-4">{row.deleted}</td>
          <td className="py-2 pr-4 font-semibold">{row.signedUp}</td>
        </tr>
      ))}
    </DataTable>
  );
}
