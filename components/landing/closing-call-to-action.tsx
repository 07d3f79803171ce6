import { APPRENTICE_INTEREST_HREF, EMPLOYER_START_HREF, PrimaryLink, SecondaryLink, SignInLink } from "./cta-links";

/** Final prompt at the bottom of the page, repeating both audiences' next steps. */
export function ClosingCallToAction() {
  return (
    <section aria-labelledby="closing-title" className="bg-brand-800 text-white">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="closing-title" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Ready to take the next step?
        </h2>
        <p className="text-brand-50 mt-4 max-w-2xl text-lg">
          Employers can start onboarding today and pick up where they left off at any time. Prospective apprentices can
          share a few details so partner employers can reach them.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <PrimaryLink href={EMPLOYER_START_HREF} tone="onDark">
            Start employer onboarding
          </PrimaryLink>
          <SecondaryLink href={APPRENTICE_INTEREST_HREF} tone="onDark">
            Tell us you&rsquo;re interested
          </SecondaryLink>
        </div>
        <div className="mt-6">
          <SignInLink tone="onDark" />
        </div>
      </div>
    </section>
  );
}
