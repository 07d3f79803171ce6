import type { EmployerForStaff } from "@/lib/staff/employers";
import { MemberList } from "@/components/organizations/member-list";
import { Section } from "@/components/ui/section";

export function EmployerPeople({ organization }: { organization: EmployerForStaff["organization"] }) {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_2fr]">
      <Section id="contact" title="Main contact">
        <p>{organization.contactName}</p>
        <p>
          <a className="text-brand-700 break-all underline" href={`mailto:${organization.contactEmail}`}>
            {organization.contactEmail}
          </a>
        </p>
        <p>{organization.contactPhone}</p>
      </Section>
      <Section id="members" title={`Members (${organization.memberships.length})`}>
        <MemberList
          members={organization.memberships}
          canManage={false}
          caption={`Members of ${organization.legalName}`}
        />
      </Section>
    </div>
  );
}
