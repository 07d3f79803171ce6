import { EmployerRapidsIdForm } from "@/components/staff/employer-rapids-id-form";
import { Section } from "@/components/ui/section";
import { employerIdentifier } from "@/lib/rapids/ids";
import type { EmployerForStaff } from "@/lib/staff/employers";

/**
 * How the RAPIDS workbook names this employer: the id RAPIDS assigned once staff record it, the portal's
 * placeholder until then. Staff administrators record it; reviewers see it.
 */
export function EmployerRapids({
  organization,
  canEdit,
}: {
  organization: EmployerForStaff["organization"];
  canEdit: boolean;
}) {
  const { id, rapidsEmployerId } = organization;
  return (
    <Section id="rapids" title="RAPIDS">
      <div className="flex flex-col gap-3">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">RAPIDS employer id</dt>
          <dd>{rapidsEmployerId ?? "Not recorded"}</dd>
          <dt className="font-semibold">In the RAPIDS workbook as</dt>
          <dd>
            <code className="font-mono text-sm break-all">{employerIdentifier(organization)}</code>
          </dd>
        </dl>
        {rapidsEmployerId ? null : (
          <p className="text-sm text-slate-700">
            Until RAPIDS assigns this employer an id, the workbook names it by the portal&apos;s placeholder above, so
            the Apprentice tab&apos;s rows still find it on the Employer tab.
          </p>
        )}
        {canEdit ? <EmployerRapidsIdForm organizationId={id} current={rapidsEmployerId} /> : null}
      </div>
    </Section>
  );
}
