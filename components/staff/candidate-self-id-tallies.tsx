import { DataTable } from "@/components/ui/data-table";
import type { SelfIdTallyTable } from "@/lib/candidates/region-counts";
import { REGIONS } from "@/lib/regions";

const COLUMNS = ["Answer", ...REGIONS.map((r) => r.name), "All regions"];

/**
 * Deleted candidates' self-identification answers as anonymous counts per home region: one small table per
 * question, for the equal-opportunity records of 29 CFR 30. No person can be picked out of them, and they are
 * never shown to employers.
 */
export function CandidateSelfIdTallies({ tables }: { tables: SelfIdTallyTable[] }) {
  if (tables.length === 0) return null;
  return (
    <div className="mt-6 flex flex-col gap-4">
      <h3 className="text-base font-semibold text-slate-900">
        Deleted candidates’ voluntary self-identification (anonymous counts)
      </h3>
      <p className="text-sm text-slate-700">
        When a candidate is deleted, only these counts remain of their answers: one per question, by home region and
        sign-up month, with no name or id, for AAMI’s equal-opportunity records (29 CFR part 30).
      </p>
      {tables.map((t) => (
        <div key={t.question}>
          <p className="mb-1 text-sm font-semibold text-slate-900" aria-hidden="true">
            {t.label}
          </p>
          <DataTable caption={`Deleted candidates by answer to “${t.label}” and home region`} columns={COLUMNS}>
            {t.answers.map((a) => (
              <tr key={a.value} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {a.label}
                </th>
                {a.byRegion.map((n, i) => (
                  <td key={REGIONS[i]!.key} className="py-2 pr-4">
                    {n}
                  </td>
                ))}
                <td className="py-2 pr-4 font-semibold">{a.total}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      ))}
    </div>
  );
}
