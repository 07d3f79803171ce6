import { PROGRAM } from "@/lib/program";
import { BadgeIcon } from "./icons";
import type { ProgramTerms } from "./program-terms";

/** The credentials apprentices work toward, from PROGRAM.credentials. */
function CredentialsList() {
  return (
    <div>
      <h2 id="credentials-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        Credentials apprentices work toward
      </h2>
      <p className="mt-4 text-slate-700">
        Along the way, apprentices prepare for recognized credentials that show what they know.
      </p>
      <ul aria-labelledby="credentials-title" className="mt-6 space-y-3">
        {PROGRAM.credentials.map((credential) => (
          <li
            key={credential.key}
            className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-4 text-slate-900"
          >
            <BadgeIcon className="text-brand-700 mt-0.5 h-6 w-6 shrink-0" />
            <span className="font-medium">{credential.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Registration codes (PROGRAM) and the terms of the published standards. */
function ProgramFacts({ terms: { termLabel, relatedInstructionLabel, ratioLabel } }: { terms: ProgramTerms }) {
  const facts: Array<{ label: string; value: string }> = [
    { label: "Occupation", value: PROGRAM.occupation },
    { label: "O*NET code", value: PROGRAM.onetCode },
    { label: "RAPIDS code", value: PROGRAM.rapidsCode },
    { label: "Program type", value: PROGRAM.programType },
    { label: "Term", value: termLabel },
    { label: "Related instruction (recommended minimum)", value: relatedInstructionLabel },
    { label: "Apprentice-to-journeyworker ratio", value: ratioLabel },
    { label: "Sponsor", value: PROGRAM.sponsor },
  ];
  return (
    <div>
      <h2 id="facts-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        Program facts
      </h2>
      <dl className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {facts.map((fact) => (
          <div key={fact.label} className="grid gap-1 px-4 py-3 sm:grid-cols-5 sm:gap-4">
            <dt className="text-sm font-semibold text-slate-700 sm:col-span-2">{fact.label}</dt>
            <dd className="text-slate-900 sm:col-span-3">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** Credentials and program facts side by side on wide screens, stacked on narrow ones. */
export function CredentialsAndFacts({ terms }: { terms: ProgramTerms }) {
  return (
    <section aria-label="Credentials and program facts">
      <div className="mx-auto grid max-w-6xl gap-12 px-4 py-14 sm:py-16 lg:grid-cols-2">
        <CredentialsList />
        <ProgramFacts terms={terms} />
      </div>
    </section>
  );
}
