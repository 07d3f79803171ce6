import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { DeleteRtiProviderForm } from "@/components/staff/rti-provider-form";
import type { StaffRtiProviderList } from "@/lib/rti-providers/data";
import { providerIdentifier } from "@/lib/rapids/ids";
import { EmptyState } from "@/components/ui/empty-state";

const address = (p: StaffRtiProviderList[number]) =>
  p.addressLine1 ? `${p.addressLine1}, ${p.city}, ${p.state} ${p.postalCode}` : "Not recorded";

/**
 * Every related-instruction provider: employers' proposals waiting for a check first. Staff administrators edit
 * (which confirms a proposal) and delete the ones nothing uses; reviewers read.
 */
export function RtiProviderList({ providers, canManage }: { providers: StaffRtiProviderList; canManage: boolean }) {
  if (providers.length === 0) {
    return (
      <EmptyState
        title="No provider has been added yet"
        next="A staff administrator adds the related-instruction providers employers choose from at step 4; an employer may also propose one, which waits here for a staff check."
      />
    );
  }
  return (
    <DataTable
      caption="Related-instruction providers, proposals first"
      columns={[
        "Provider",
        "Status",
        "Address and contact",
        "In the RAPIDS workbook as",
        "Used by",
        ...(canManage ? ["Manage"] : []),
      ]}
    >
      {providers.map((p) => {
        const uses = p._count.fundingPlans + p._count.apprentices;
        return (
          <tr key={p.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4">
              <span className="font-semibold">{p.name}</span>
              <span className="block text-sm text-slate-700">{p.providerType}</span>
              {p.website ? <span className="block text-sm break-all">{p.website}</span> : null}
            </td>
            <td className="py-2 pr-4">
              {p.status === "PROPOSED" ? (
                <span>Proposed{p.proposedBy ? ` by ${p.proposedBy.legalName}` : ""}: to check</span>
              ) : (
                "Confirmed"
              )}
            </td>
            <td className="py-2 pr-4">
              <span className="block">{address(p)}</span>
              <span className="block text-sm text-slate-700">{p.contact ?? "No contact recorded"}</span>
            </td>
            <td className="py-2 pr-4">
              <code className="font-mono text-xs break-all">{providerIdentifier(p)}</code>
            </td>
            <td className="py-2 pr-4 whitespace-nowrap">
              {p._count.fundingPlans} plan{p._count.fundingPlans === 1 ? "" : "s"}, {p._count.apprentices} apprentice
              {p._count.apprentices === 1 ? "" : "s"}
            </td>
            {canManage ? (
              <td className="py-2">
                <div className="flex flex-col gap-2">
                  <Link className="text-brand-700 font-medium underline" href={`/staff/rti-providers/${p.id}`}>
                    {p.status === "PROPOSED" ? "Check and confirm" : "Edit"}
                    <span className="sr-only"> {p.name}</span>
                  </Link>
                  {uses === 0 ? <DeleteRtiProviderForm provider={p} /> : null}
                </div>
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
