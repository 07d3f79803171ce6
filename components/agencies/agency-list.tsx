import Link from "next/link";
import type { EffectiveAgency } from "@/lib/agencies/data";
import { CONTACT_NOT_RECORDED, agencyContactLine } from "@/lib/agencies/registry";
import { stateName } from "@/lib/us-states";
import { DataTable } from "@/components/ui/data-table";

/** Every state's Registration Agency; staff administrators get a link to correct each. */
export function AgencyList({ agencies, canCorrect }: { agencies: EffectiveAgency[]; canCorrect: boolean }) {
  return (
    <DataTable
      caption="Registration Agency by state"
      columns={["State", "Kind", "Agency", "Contact", "Source", "Checked"]}
      withActions={canCorrect}
    >
      {agencies.map((a) => (
        <tr key={a.state} className="border-b border-slate-200 align-top">
          <th scope="row" className="py-2 pr-4 font-semibold">
            {stateName(a.state)}
          </th>
          <td className="py-2 pr-4">{a.kind}</td>
          <td className="py-2 pr-4">
            {a.name}
            {a.office ? <span className="block text-slate-600">{a.office}</span> : null}
            {a.toConfirm ? <span className="mt-1 block font-semibold text-amber-800">To confirm</span> : null}
          </td>
          <td className="py-2 pr-4 break-all">
            {agencyContactLine(a) ?? <span className="text-amber-800">{CONTACT_NOT_RECORDED}</span>}
          </td>
          <td className="py-2 pr-4 break-all">
            <a href={a.source} className="text-brand-700 underline" rel="noreferrer">
              {new URL(a.source).hostname}
            </a>
            {a.correctedAt ? <span className="block text-slate-600">Corrected by AAMI staff</span> : null}
          </td>
          <td className="py-2 pr-4 whitespace-nowrap">{a.checkedOn}</td>
          {canCorrect ? (
            <td className="py-2">
              <Link href={`/staff/agencies/${a.state}`} className="text-brand-700 underline">
                Correct<span className="sr-only"> {stateName(a.state)}</span>
              </Link>
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
