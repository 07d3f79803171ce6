import type { ReactNode } from "react";
import { PROGRAM } from "@/lib/program";
import { APPRENTICE_INTEREST_HREF, EMPLOYER_START_HREF, PrimaryLink } from "./cta-links";
import { CheckIcon, HospitalIcon, PersonIcon } from "./icons";

function AudienceCard({
  icon,
  title,
  intro,
  points,
  action,
}: {
  icon: ReactNode;
  title: string;
  intro: string;
  points: string[];
  action: ReactNode;
}) {
  return (
    <article className="flex flex-col rounded-lg border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <span className="bg-brand-50 text-brand-700 inline-flex h-12 w-12 items-center justify-center rounded-md">
        {icon}
      </span>
      <h3 className="mt-4 text-xl font-semibold text-slate-900">{title}</h3>
      <p className="mt-2 text-slate-700">{intro}</p>
      <ul className="mt-4 flex-1 space-y-3">
        {points.map((point) => (
          <li key={point} className="flex gap-3 text-slate-700">
            <CheckIcon className="text-brand-700 mt-0.5 h-5 w-5 shrink-0" />
            <span>{point}</span>
          </li>
        ))}
      </ul>
      <div className="mt-6">{action}</div>
    </article>
  );
}

/** Who the apprenticeship is for: host employers and prospective apprentices, each with their own call to action. */
export function AudienceCards() {
  return (
    <section aria-labelledby="audience-title">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="audience-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          Who it is for
        </h2>
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <AudienceCard
            icon={<HospitalIcon className="h-7 w-7" />}
            title="Healthcare organizations"
            intro={`Hospitals, health systems and their HTM departments host apprentices. You hire and mentor them; ${PROGRAM.sponsorShort} provides the national standards and reviews your agreement.`}
            points={[
              "Build a steady pipeline of technicians trained on your equipment and your way of working.",
              "Open a new position, fill a vacancy, or develop someone already on your staff.",
              "Follow a clear, step-by-step path from first contact to enrolled apprentices.",
            ]}
            action={<PrimaryLink href={EMPLOYER_START_HREF}>Start employer onboarding</PrimaryLink>}
          />
          <AudienceCard
            icon={<PersonIcon className="h-7 w-7" />}
            title="Prospective apprentices"
            intro="People who like to understand how things work and want a hands-on career in healthcare. Sign up so employer partners can find you."
            points={[
              "Career changers ready to move into skilled technical work.",
              "Veterans and military BMETs who want to carry their training into a civilian role.",
              "Students looking for a healthcare career away from the bedside.",
            ]}
            action={<PrimaryLink href={APPRENTICE_INTEREST_HREF}>Tell us you&rsquo;re interested</PrimaryLink>}
          />
        </div>
      </div>
    </section>
  );
}
