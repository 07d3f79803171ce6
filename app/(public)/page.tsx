import type { Metadata } from "next";
import { AudienceCards } from "@/components/landing/audience-cards";
import { ClosingCallToAction } from "@/components/landing/closing-call-to-action";
import { CredentialsAndFacts } from "@/components/landing/credentials-and-facts";
import { EmployerBenefits } from "@/components/landing/employer-benefits";
import { EmployerSteps } from "@/components/landing/employer-steps";
import { FundingOverview } from "@/components/landing/funding-overview";
import { LandingHero } from "@/components/landing/landing-hero";
import { ParticipatingEmployers } from "@/components/landing/participating-employers";
import { ProgramDocuments } from "@/components/landing/program-documents";
import { ProgramOverview } from "@/components/landing/program-overview";
import { programTerms } from "@/components/landing/program-terms";
import { WorkforceCase } from "@/components/landing/workforce-case";
import { listPublicProgramDocuments } from "@/lib/documents/data";
import { listPublicListings } from "@/lib/listings/data";
import { PROGRAM } from "@/lib/program";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { getSetting } from "@/lib/settings/data";

export const metadata: Metadata = {
  title: `${PROGRAM.shortName} for employers and apprentices`,
};

// Rendered on every request, never prerendered: the list of employers changes whenever one opts in or staff hide
// one, on any app instance, and the build must not need the database (tests/run-all.sh).
export const dynamic = "force-dynamic";

export default async function LandingPage() {
  const [listings, standards, documents, fundingResources, contactEmail] = await Promise.all([
    listPublicListings(),
    getCurrentStandards(),
    listPublicProgramDocuments(),
    getSetting("fundingResources"),
    getSetting("aamiContactEmail"),
  ]);
  const terms = programTerms(standards);
  return (
    <>
      <LandingHero terms={terms} />
      <WorkforceCase />
      <ProgramOverview terms={terms} />
      <EmployerBenefits />
      <FundingOverview resources={fundingResources} />
      <AudienceCards />
      <EmployerSteps />
      <ParticipatingEmployers listings={listings} />
      <CredentialsAndFacts terms={terms} />
      <ProgramDocuments documents={documents} />
      <ClosingCallToAction contactEmail={contactEmail} />
    </>
  );
}
