import { CallsToActionOnDark } from "./cta-links";

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
        <CallsToActionOnDark />
      </div>
    </section>
  );
}
