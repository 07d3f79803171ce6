import { DataTable } from "@/components/ui/data-table";
import type { EmployerForStaff } from "@/lib/staff/employers";
import { formatDate } from "@/components/staff/format";
import { Section } from "@/components/ui/section";
import { NoPacketYet } from "@/components/review/packet-list";

/**
 * The Registration Agency's acceptance of the employer acceptance agreement, as recorded by staff, and every
 * registration packet built for it (each version is kept).
 */
export function EmployerRegistration({ organization }: { organization: EmployerForStaff["organization"] }) {
  const { agencyAcceptedAt, packets } = organization;
  return (
    <Section id="registration" title="Registration Agency">
      {agencyAcceptedAt ? (
        <p>Accepted into AAMI&apos;s program by the Registration Agency on {formatDate(agencyAcceptedAt)}.</p>
      ) : (
        <p className="text-slate-700">
          Not accepted by the Registration Agency yet. Staff record the day it accepts the agreement on the approved
          submission.
        </p>
      )}
      <h3 className="mt-4 mb-2 font-semibold">Registration packets</h3>
      {packets.length === 0 ? (
        <NoPacketYet />
      ) : (
        <DataTable
          caption="Registration packets, newest version first"
          columns={["Version", "Built", "SHA-256", "PDF"]}
        >
          {packets.map((p) => (
            <tr key={p.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">{p.version}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDate(p.createdAt)}</td>
              <td className="py-2 pr-4">
                <code className="font-mono text-xs break-all">{p.sha256}</code>
              </td>
              <td className="py-2 whitespace-nowrap">
                <a className="text-brand-700 font-medium underline" href={`/api/packets/${p.id}`}>
                  Download<span className="sr-only"> packet version {p.version}</span>
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
