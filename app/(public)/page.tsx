import type { Metadata } from "next";
import { AudienceCards } from "@/components/landing/audience-cards";
import { ClosingCallToAction } from "@/components/landing/closing-call-to-action";
import { CredentialsAndFacts } from "@/components/landing/credentials-and-facts";
import { EmployerSteps } from "@/components/landing/employer-steps";
import { LandingHero } from "@/components/landing/landing-hero";
import { ProgramOverview } from "@/components/landing/program-overview";
import { PROGRAM } from "@/lib/program";

export const metadata: Metadata = {
  title: `${PROGRAM.shortName} for employers and apprentices`,
};

export default function LandingPage() {
  return (
    <>
      <LandingHero />
      <ProgramOverview />
      <AudienceCards />
      <EmployerSteps />
      <CredentialsAndFacts />
      <ClosingCallToAction />
    </>
  );
}
