import { PROGRAM } from "@/lib/program";
import { CallsToActionOnDark } from "./cta-links";

/**
 * Final prompt at the bottom of the page: both audiences' next steps, and AAMI's contact address when staff have set
 * one (Staff > Settings); without one, the employer form is the way to reach AAMI.
 */
export function ClosingCallToAction({ contactEmail }: { contactEmail: string | null }) {
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
        <div className="border-brand-700 mt-10 border-t pt-6" id="contact">
          <h3 className="text-lg font-semibold">Questions? Talk to {PROGRAM.sponsorShort}</h3>
          {contactEmail ? (
            <p className="text-brand-50 mt-2">
              Write to {PROGRAM.sponsorShort}&rsquo;s apprenticeship team at{" "}
              <a
                href={`mailto:${contactEmail}`}
                className="hover:text-brand-100 inline-flex min-h-11 items-center font-semibold text-white underline underline-offset-4"
              >
                {contactEmail}
              </a>
            </p>
          ) : (
            <p className="text-brand-50 mt-2">
              Start employer onboarding with your contact details and {PROGRAM.sponsorShort}&rsquo;s apprenticeship team
              will be in touch.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
