import type { Prisma } from "@prisma/client";
import { regionName } from "@/lib/regions";
import { stateName } from "@/lib/us-states";

// Which candidates an employer partner may see. Written once here and used by the list, the profile, the export
// and the expression of interest, so no query can forget a condition. Pure: the rule is unit-tested, and the
// integration tests run it against Postgres.

/** The places an organization recruits for. */
export type PartnerScope = { regions: string[]; states: string[] };

/**
 * An organization's regions and states: its own state and that state's region. Positions keep their worksite as
 * free text (Position.siteAddress), so their states cannot be added until positions record a state of their own.
 */
export function partnerScope(organization: { region: string; state: string }): PartnerScope {
  return { regions: [organization.region], states: [organization.state] };
}

/**
 * Candidates a partner with this scope may see: those who agreed to be shared with employer partners and have not
 * withdrawn, and who live in one of its regions, want to work in one of them, or named one of its states. Read
 * fresh on every query (nothing is cached), so a withdrawal takes effect on the next page an employer opens.
 */
export function visibleCandidatesWhere(scope: PartnerScope): Prisma.CandidateWhereInput {
  return {
    consentToShare: true,
    withdrawnAt: null,
    OR: [
      { region: { in: scope.regions } },
      { regionsOfInterest: { hasSome: scope.regions } },
      { statesOfInterest: { hasSome: scope.states } },
    ],
  };
}

/** The scope in words, for the note that tells employers whom they see. */
export function describeScope(scope: PartnerScope): string {
  const list = (items: string[]) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
  return `candidates who live in or want to work in the ${list(scope.regions.map(regionName))}, and candidates who named ${list(scope.states.map(stateName))} among the states they would work in`;
}
