import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { formatCents } from "@/lib/forms/fields";
import { DELIVERY_OPTIONS, fundingSourcesText } from "@/lib/onboarding/funding/schemas";
import { positionTypeLabel } from "@/lib/onboarding/positions/schemas";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { minimumWageFor } from "@/lib/onboarding/wages/minimum-wage";
import { ratioLabel, type Ratio } from "@/lib/program/standards/model";
import { stateName } from "@/lib/us-states";
import { WageScheduleView } from "@/components/onboarding/wage-schedule-view";
import { DescriptionList } from "@/components/ui/description-list";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-5">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Everything a submission contains, step by step: the review page before submitting shows exactly this. */
export function SubmissionSummary({ snapshot, ratio }: { snapshot: SubmissionSnapshot; ratio: Ratio }) {
  const org = snapshot.organization;
  const f = snapshot.funding;
  const a = snapshot.agreement;
  return (
    <div className="flex flex-col gap-4">
      <Section id="summary-organization" title="Step 1: Organization">
        <DescriptionList
          rows={[
            ["Legal name", org.legalName + (org.dbaName ? ` (doing business as ${org.dbaName})` : "")],
            ["EIN", org.ein ?? "Not provided"],
            ["Address", `${org.address} (${org.county} County, ${stateName(org.state)})`],
            ["Contact", `${org.contactName}, ${org.contactEmail}, ${org.contactPhone}`],
          ]}
        />
      </Section>
      <Section id="summary-standards" title="Step 2: Standards acknowledged">
        <ul className="flex flex-col gap-1 text-sm">
          {snapshot.standards.map((s) => (
            <li key={s.kind}>
              {s.title}, version {s.version}: acknowledged by {s.typedName} on {date.format(new Date(s.acknowledgedAt))}
              <span className="block break-all text-slate-700">SHA-256 {s.sha256}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="summary-positions" title="Step 3: Positions">
        <DataTable caption="Positions" columns={["Title", "How it exists", "Department and site", "Start", "Openings"]}>
          {snapshot.positions.map((p, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4 font-medium">{p.title}</td>
              <td className="py-2 pr-4">{positionTypeLabel(p.type)}</td>
              <td className="py-2 pr-4">
                {p.department}
                <br />
                <span className="text-slate-700">{p.siteAddress}</span>
              </td>
              <td className="py-2 pr-4">{p.expectedStartDate ?? "Not set"}</td>
              <td className="py-2 pr-4">{p.openings}</td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <Section id="summary-funding" title="Step 4: Related-instruction funding">
        {f ? (
          <DescriptionList
            rows={[
              ["Provider", `${f.providerName} (${f.providerType})`],
              ["Delivery", DELIVERY_OPTIONS.find((d) => d.value === f.delivery)?.label ?? f.delivery],
              ["Hours per year", String(f.hoursPerYear)],
              ["Cost per apprentice", formatCents(f.costPerApprenticeCents)],
              ["Funding sources", fundingSourcesText(f)],
              ["Instruction time paid", f.instructionTimePaid ? "Yes" : "No"],
            ]}
          />
        ) : (
          <p>Not provided.</p>
        )}
      </Section>
      <Section id="summary-mentors" title="Step 5: Mentors">
        <DataTable caption="Mentors" columns={["Name", "Title", "Email", "Credentials", "Years"]}>
          {snapshot.mentors.map((m, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4 font-medium">{m.name}</td>
              <td className="py-2 pr-4">{m.title}</td>
              <td className="py-2 pr-4 break-all">{m.email}</td>
              <td className="py-2 pr-4">{m.credentials.join(", ") || "None listed"}</td>
              <td className="py-2 pr-4">{m.yearsExperience}</td>
            </tr>
          ))}
        </DataTable>
        <p className="text-sm">
          Journeyworkers on staff: {snapshot.journeyworkerCount ?? "not provided"} (program ratio {ratioLabel(ratio)}).
        </p>
      </Section>
      <Section id="summary-agreement" title="Step 6: Wage schedule and Employer Acceptance Agreement">
        {snapshot.wageSchedule ? (
          <WageScheduleView schedule={snapshot.wageSchedule} minimumCents={minimumWageFor(org.state).cents} />
        ) : null}
        {a ? (
          <DescriptionList
            rows={[
              [
                "Agreement",
                `Version ${a.version}, ${a.method === "ELECTRONIC" ? "signed electronically" : "signed on paper and uploaded"}`,
              ],
              ["Signed by", `${a.signerName} (${a.signerTitle}), ${a.signerEmail}`],
              ["Signed at", `${dateTime.format(new Date(a.signedAt))} UTC`],
              ["SHA-256 of the signed file", a.signedSha256],
              [
                "Signed file",
                <a key="file" className="text-brand-700 underline" href={`/api/agreements/${a.id}`}>
                  View the signed agreement (PDF)
                </a>,
              ],
            ]}
          />
        ) : (
          <p>Not signed.</p>
        )}
      </Section>
    </div>
  );
}
