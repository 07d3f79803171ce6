import { formatDate } from "@/components/staff/format";
import { DescriptionList } from "@/components/ui/description-list";
import {
  CAREER_CONNECTION_CODES,
  EMPLOYMENT_STATUS_OPTIONS,
  STUDENT_STATUS_CODES,
  WAGE_UNITS,
  labelOf,
} from "@/lib/apprentices/codes";
import type { OrgApprentice } from "@/lib/apprentices/enrollment/data";
import { maskedSsn } from "@/lib/crypto/ssn";
import { formatCents } from "@/lib/forms/fields";
import { skillSetTitle, type CreditStandards } from "@/lib/program/standards/model";

/**
 * An apprentice's enrollment as the employer and AAMI staff read it; the SSN only ever masked, and of the voluntary
 * self-identification only whether the apprentice answered.
 */
export function ApprenticeSummary({
  apprentice: a,
  standards,
}: {
  apprentice: OrgApprentice;
  standards: CreditStandards;
}) {
  const name = [a.firstName, a.middleName, a.lastName, a.suffix].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-6">
      <DescriptionList
        rows={[
          ["Name", name],
          ["Hire", labelOf(EMPLOYMENT_STATUS_OPTIONS, a.employmentStatus)],
          ["Date of birth", formatDate(a.dateOfBirth)],
          ["Social Security number", maskedSsn(a.ssnLast4)],
          ["Email", a.email ?? "—"],
          ["Phone", a.phone ?? "—"],
          ["Address", `${a.streetAddress}, ${a.city}, ${a.state} ${a.postalCode}`],
          ["Start date", formatDate(a.startDate)],
          ["Position", a.position?.title ?? "Not tied to a position"],
          ["Related-instruction provider", a.rtiProvider.name],
          ["Previous related training", `${a.creditPreviousTrainingHours.toLocaleString("en-US")} hours`],
          ["Prior wage", `${formatCents(a.priorWageCents)} (${labelOf(WAGE_UNITS, a.priorWageUnit).toLowerCase()})`],
          [
            "Starting wage",
            `${formatCents(a.entryWageCents)} an hour (${a.startingWageStep === 0 ? "entry wage" : `wage step ${a.startingWageStep}`})`,
          ],
          ["Student status", labelOf(STUDENT_STATUS_CODES, a.studentStatus)],
          ["Career connection", labelOf(CAREER_CONNECTION_CODES, a.careerConnection)],
          ["RAPIDS apprentice ID", a.rapidsApprenticeId ?? "Not registered yet"],
          ["Self-identification (voluntary, by the apprentice)", a.selfIdentified ? "Answered" : "Not answered"],
        ]}
      />
      <section aria-labelledby="credit-heading" className="flex flex-col gap-2">
        <h2 id="credit-heading" className="text-lg font-semibold">
          Fast-track credit
        </h2>
        <p className="text-sm text-slate-800">
          {a.creditedOjtHours.toLocaleString("en-US")} of {standards.termOjlHours.toLocaleString("en-US")} on-the-job
          hours credited; {(standards.termOjlHours - a.creditedOjtHours).toLocaleString("en-US")} left to train.
          {a.creditAdjustedAt ? ` AAMI adjusted the credit on ${formatDate(a.creditAdjustedAt)}.` : ""}
        </p>
        {a.skillCredits.length > 0 ? (
          <ul className="list-disc pl-6 text-sm text-slate-800">
            {a.skillCredits.map((c) => (
              <li key={c.id}>
                {skillSetTitle(standards, c.skillSetKey)}: {c.creditedHours.toLocaleString("en-US")} hours. Evidence:{" "}
                {c.evidence}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No skill sets credited: the apprentice trains in all of them.</p>
        )}
      </section>
    </div>
  );
}
