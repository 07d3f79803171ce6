import { PROGRAM } from "@/lib/program";
import { CallsToActionOnDark } from "./cta-links";
import { HeroIllustration } from "./hero-illustration";
import type { ProgramTerms } from "./program-terms";

/** Top of the landing page: the page's only h1, a one-paragraph pitch, both audiences' calls to action, the picture. */
export function LandingHero({ terms: { termYearsInWords } }: { terms: ProgramTerms }) {
  return (
    <section aria-labelledby="landing-title" className="bg-brand-800 text-white">
      <div className="mx-auto grid max-w-6xl items-center gap-10 px-4 py-14 sm:py-20 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <p className="text-brand-100 text-sm font-semibold tracking-wide uppercase">
            {PROGRAM.sponsorShort} · Registered Apprenticeship
          </p>
          <h1 id="landing-title" className="mt-3 max-w-3xl text-3xl font-bold tracking-tight sm:text-5xl">
            Train the biomedical equipment technicians healthcare depends on
          </h1>
          <p className="text-brand-50 mt-5 max-w-2xl text-lg">
            The {PROGRAM.shortName} turns motivated people into skilled {PROGRAM.occupation.toLowerCase()}s in about{" "}
            {termYearsInWords} years of paid, mentored work in a hospital or health system, ending in a nationally
            recognized certificate of completion. Healthcare organizations sign up here to host apprentices, and people
            who want the job sign up to be found.
          </p>
          <CallsToActionOnDark />
        </div>
        <HeroIllustration className="mx-auto h-auto w-full max-w-xs sm:max-w-sm lg:col-span-2 lg:max-w-none" />
      </div>
    </section>
  );
}
