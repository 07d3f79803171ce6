import Link from "next/link";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SITUATION_OPTIONS, optionLabel } from "@/lib/candidates/options";
import type { CandidateForStaff } from "@/lib/candidates/staff/data";
import { regionName } from "@/lib/regions";
import { stateName } from "@/lib/us-states";
import { DataTable } from "@/components/ui/data-table";
import { DescriptionList } from "@/components/ui/description-list";
import { formatDate, formatDateTime } from "@/components/staff/format";
import { Section } from "@/components/ui/section";

const link = "text-brand-700 underline";
const listed = (values: string[], name: (v: string) => string) =>
  values.length > 0 ? values.map(name).join(", ") : "None chosen";

/** What the candidate told AAMI on the interest form, and whether they agreed to it being shared. */
export function CandidateProfile({ candidate: c }: { candidate: CandidateForStaff }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Section id="profile" title="Profile">
        <DescriptionList
          rows={[
            [
              "Email",
              <a key="email" className={`${link} break-all`} href={`mailto:${c.email}`}>
                {c.email}
              </a>,
            ],
            ["Phone", c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : "Not given"],
            ["Lives in", `${c.city}, ${stateName(c.state)} ${c.postalCode}`],
            ["Region", regionName(c.region)],
            ["Would relocate", c.willingToRelocate ? "Yes" : "No, only near where they live"],
            ["Regions of interest", listed(c.regionsOfInterest, regionName)],
            ["States of interest", listed(c.statesOfInterest, stateName)],
            ["Education", optionLabel(EDUCATION_OPTIONS, c.educationLevel)],
            ["Situation", optionLabel(SITUATION_OPTIONS, c.situation)],
            ["Experience", listed(c.experienceTags, (tag) => optionLabel(EXPERIENCE_OPTIONS, tag))],
            ["In their words", c.experienceNotes ?? "Nothing added"],
            ["Heard about the program", c.heardAbout ?? "Not said"],
            ["First submitted", formatDateTime(c.createdAt)],
            ["Last updated", formatDateTime(c.updatedAt)],
          ]}
        />
      </Section>
      <div className="flex flex-col gap-6">
        <Section id="consent" title="Consent">
          <p className="text-sm">
            {c.consentToShare && c.consentAt
              ? `Agreed on ${formatDateTime(c.consentAt)} that AAMI may share this profile with employer partners.`
              : "Has not agreed to share this profile with employer partners: do not pass it on."}
          </p>
        </Section>
        <CandidateEmployerActivity candidate={c} />
      </div>
    </div>
  );
}

const times = (n: number) => (n === 1 ? "once" : `${n} times`);

function CandidateEmployerActivity({ candidate: c }: { candidate: CandidateForStaff }) {
  return (
    <Section id="employer-activity" title="Employer partners">
      <p className="mb-3 text-sm">
        {`Employer partners opened the profile ${times(c.employerViews.profile)}, saw it in their candidate list ${times(c.employerViews.list)} and exported it ${times(c.employerViews.export)}.`}
      </p>
      {c.interests.length === 0 ? (
        <p className="text-sm text-slate-700">No employer has sent an expression of interest yet.</p>
      ) : (
        <DataTable caption="Expressions of interest, newest first" columns={["Employer", "Sent", "Message"]}>
          {c.interests.map((i) => (
            <tr key={i.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">
                <Link className={link} href={`/staff/employers/${i.organization.id}`}>
                  {i.organization.legalName}
                </Link>
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDate(i.createdAt)}</td>
              <td className="py-2 whitespace-pre-line">{i.message}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Section>
  );
}
