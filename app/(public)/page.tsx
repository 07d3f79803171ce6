import type { Metadata } from "next";
import { AudienceCards } from "@/components/landing/audience-cards";
import { ClosingCallToAction } from "@/components/landing/closing-call-to-action";
import { CredentialsAndFacts } from "@/components/landing/credentials-and-facts";
import { programTerms } from "@/components/landing/program-terms";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { EmployerSteps } from "@/components/landing/employer-steps";
import { LandingHero } from "@/components/landing/landing-hero";
import { ParticipatingEmployers } from "@/components/landing/participating-employers";
import { ProgramOverview } from "@/components/landing/program-overview";
import { listPublicListings } from "@/lib/listings/data";
import { PROGRAM } from "@/lib/program";

export const metadata: Metadata = {
  title: `${PROGRAM.shortName} for employers and apprentices`,
};

// Rendered on every request, never prerendered: the list of employers changes whenever one opts in or staff hide
// one, on any app instance, and the build must not need the database (tests/run-all.sh).
export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const [listings, standards] = await Promise.all([listPublicListings(), getCurrentStandards()]);
  const terms = programTerms(standards);
  return (
    <>
      <LandingHero terms={terms} />
      <ProgramOverview terms={terms} />
      <AudienceCards />
      <EmployerSteps />
      <ParticipatingEmployers listings={listings} />
      <CredentialsAndFacts terms={terms} />
      <ClosingCallToAction />
    </>
  );
}
