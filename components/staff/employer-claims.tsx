import { ClaimDecisionForms } from "@/components/staff/claim-decision-forms";
import { Section } from "@/components/ui/section";
import { formatLongDate } from "@/lib/dates";
import { roleLabel } from "@/lib/organizations/schemas";
import type { EmployerForStaff } from "@/lib/staff/employers";
import { EmptyState } from "@/components/ui/empty-state";

type Claim = EmployerForStaff["organization"]["claims"][number];

const outcome = (claim: Claim) =>
  claim.status === "ACCEPTED" ? `Added as ${roleLabel(claim.grantedRole ?? "").toLowerCase()}` : "Declined";

/**
 * People who confirmed from their own email that they want to register this organization again. Staff check with
 * the owners and the person, then add them or decline; the person was told only that AAMI will be in touch.
 */
export function EmployerClaims({ claims }: { claims: EmployerForStaff["organization"]["claims"] }) {
  return (
    <Section id="claims" title="Requests to join">
      {claims.length === 0 ? (
        <EmptyState
          title="No requests to join"
          next="When someone confirms a registration of this organization from their own email, the request waits here for a staff decision."
        />
      ) : (
        <ul className="flex flex-col gap-4">
          {claims.map((claim) => (
            <li key={claim.id} className="rounded-lg border border-slate-200 p-4">
              <p className="font-medium text-slate-900">
                {claim.contactName} ({claim.contactEmail})
              </p>
              <p className="mb-3 text-sm text-slate-700">
                Confirmed on {formatLongDate(claim.updatedAt)}
                {claim.status === "CLAIMED"
                  ? ". Check with the organization's owners and with them, then decide."
                  : `. ${outcome(claim)}${claim.decidedAt ? ` on ${formatLongDate(claim.decidedAt)}` : ""}.`}
              </p>
              {claim.status === "CLAIMED" ? <ClaimDecisionForms requestId={claim.id} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
