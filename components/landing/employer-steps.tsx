import { STEPS } from "@/lib/program";
import { EMPLOYER_START_HREF, PrimaryLink, SignInLink } from "./cta-links";
import { numberInWords } from "./program-terms";

/** The employer-partner checklist, rendered from STEPS so the wording lives only in lib/program.ts. */
export function EmployerSteps() {
  return (
    <section aria-labelledby="steps-title" className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="steps-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          How an organization becomes an employer partner
        </h2>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          There are {numberInWords(STEPS.length)} steps. Start onboarding here and the portal takes you through them in
          order.
        </p>
        <ol className="mt-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {STEPS.map((step) => (
            <li key={step.key} className="flex gap-4 rounded-lg border border-slate-200 bg-white p-5">
              <span
                aria-hidden="true"
                className="bg-brand-700 flex h-9 w-9 shrink-0 items-center justify-center rounded-full text-base font-bold text-white"
              >
                {step.number}
              </span>
              <div>
                <h3 className="font-semibold text-slate-900">
                  <span className="sr-only">Step {step.number}: </span>
                  {step.title}
                </h3>
                <p className="mt-1 text-sm text-slate-700">{step.summary}</p>
              </div>
            </li>
          ))}
        </ol>
        <div className="mt-10 flex flex-col gap-4 sm:flex-row sm:items-center sm:gap-6">
          <PrimaryLink href={EMPLOYER_START_HREF}>Start employer onboarding</PrimaryLink>
          <SignInLink />
        </div>
      </div>
    </section>
  );
}
