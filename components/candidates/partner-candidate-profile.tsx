import type { ReactNode } from "react";
import { formatDate } from "@/components/staff/format";
import { EDUCATION_OPTIONS, EXPERIENCE_OPTIONS, SITUATION_OPTIONS, optionLabel } from "@/lib/candidates/options";
import type { PartnerCandidate } from "@/lib/candidates/partner/data";
import { regionName } from "@/lib/regions";
import { stateName } from "@/lib/us-states";

const linkClass = "text-brand-700 font-medium underline";

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold text-slate-900">{term}</dt>
      <dd className="text-slate-800">{children}</dd>
    </div>
  );
}

const listOrNone = (items: string[]) => (items.length ? items.join("; ") : "None named");

/** A candidate's profile as an employer partner sees it: contact details and what they wrote for employers. */
export function PartnerCandidateProfile({ candidate }: { candidate: PartnerCandidate }) {
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading" className="mb-2 text-lg font-semibold text-slate-900">
        Profile and contact details
      </h2>
      <dl className="text-sm">
        <Row term="Email">
          <a className={`${linkClass} break-all`} href={`mailto:${candidate.email}`}>
            {candidate.email}
          </a>
        </Row>
        <Row term="Phone">
          {candidate.phone ? (
            <a className={linkClass} href={`tel:${candidate.phone}`}>
              {candidate.phone}
            </a>
          ) : (
            "Not given"
          )}
        </Row>
        <Row term="Lives in">
          {candidate.city}, {candidate.state} {candidate.postalCode}
        </Row>
        <Row term="Would relocate">{candidate.willingToRelocate ? "Yes" : "No, only near where they live"}</Row>
        <Row term="Regions of interest">{listOrNone(candidate.regionsOfInterest.map(regionName))}</Row>
        <Row term="States of interest">{listOrNone(candidate.statesOfInterest.map(stateName))}</Row>
        <Row term="Highest education">{optionLabel(EDUCATION_OPTIONS, candidate.educationLevel)}</Row>
        <Row term="Situation">{optionLabel(SITUATION_OPTIONS, candidate.situation)}</Row>
        <Row term="Experience">
          {listOrNone(candidate.experienceTags.map((t) => optionLabel(EXPERIENCE_OPTIONS, t)))}
        </Row>
        <Row term="About their experience">
          {candidate.experienceNotes ? (
            <span className="whitespace-pre-wrap">{candidate.experienceNotes}</span>
          ) : (
            "Nothing written"
          )}
        </Row>
        <Row term="Signed up">{formatDate(candidate.createdAt)}</Row>
      </dl>
    </section>
  );
}
