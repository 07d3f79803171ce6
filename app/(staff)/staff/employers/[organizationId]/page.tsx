import type { Metadata } from "next";
import { SUBMISSION_STATUS_LABEL } from "@/lib/review/labels";
import { idParam, loadOr404, staffPage } from "@/lib/authz/page";
import { getOrganizationForStaff } from "@/lib/staff/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Employer" };

export default async function StaffEmployerPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId: raw } = await params;
  await staffPage(`/staff/employers/${encodeURIComponent(raw)}`);
  const organizationId = idParam(raw);
  const org = await loadOr404(() => getOrganizationForStaff(organizationId));
  return (
    <PageContainer>
      <PageHeader
        title={org.legalName}
        description={`${org.dbaName ? `Doing business as ${org.dbaName}. ` : ""}${org.city}, ${org.county} County, ${org.state} · region ${org.region}`}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading" className="mb-2 text-lg font-semibold">
            Contact
          </h2>
          <p>{org.contactName}</p>
          <p>
            {org.contactEmail} · {org.contactPhone}
          </p>
          <p className="mt-2 text-sm text-slate-700">
            {org._count.positions} positions · {org._count.mentors} mentors · {org._count.apprentices} apprentices
          </p>
        </section>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading" className="mb-2 text-lg font-semibold">
            Members
          </h2>
          <ul className="list-disc pl-5">
            {org.memberships.map((m) => (
              <li key={m.id}>
                {m.user.name ?? m.user.email} ({m.user.email}), {m.role.toLowerCase()}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="submissions-heading" className="md:col-span-2">
          <h2 id="submissions-heading" className="mb-2 text-lg font-semibold">
            Submissions
          </h2>
          {org.submissions.length === 0 ? (
            <p className="text-slate-700">Nothing submitted yet.</p>
          ) : (
            <ul className="list-disc pl-5">
              {org.submissions.map((s) => (
                <li key={s.id}>
                  Version {s.version}: {SUBMISSION_STATUS_LABEL[s.status].toLowerCase()}, submitted{" "}
                  {s.submittedAt.toISOString().slice(0, 10)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </PageContainer>
  );
}
