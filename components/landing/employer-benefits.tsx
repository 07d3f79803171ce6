import type { ReactNode } from "react";
import { PROGRAM } from "@/lib/program";
import { BadgeIcon, HospitalIcon, PersonIcon, WrenchIcon } from "./icons";

function Benefit({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-4 rounded-lg border border-slate-200 bg-slate-50 p-6">
      <span className="bg-brand-50 text-brand-700 inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-md">
        {icon}
      </span>
      <div>
        <h3 className="text-lg font-semibold text-slate-900">{title}</h3>
        <p className="mt-2 text-slate-700">{children}</p>
      </div>
    </li>
  );
}

/** What hosting an apprentice gives an employer, as AAMI's employer page promises it. */
export function EmployerBenefits() {
  const aami = PROGRAM.sponsorShort;
  return (
    <section aria-labelledby="benefits-title">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="benefits-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          Why host an apprentice
        </h2>
        <ul className="mt-8 grid gap-6 lg:grid-cols-2">
          <Benefit icon={<WrenchIcon />} title="Trained your way">
            Apprentices learn on your equipment, through the lens of your own service practices, policies and culture,
            so they are productive in your department from the start.
          </Benefit>
          <Benefit icon={<HospitalIcon />} title="Technicians who stay">
            People who grow with an organization stay with it: apprenticeship brings longer tenure and a pipeline you
            build yourself instead of competing for the few experienced technicians on the market.
          </Benefit>
          <Benefit icon={<BadgeIcon />} title="A nationally recognized credential">
            Apprentices who complete the program receive a certificate of completion issued jointly by {aami} and the
            U.S. Department of Labor, recognized across the country.
          </Benefit>
          <Benefit icon={<PersonIcon />} title={`${aami}'s full support`}>
            {aami} supports employer and apprentice alike: the national standards and training objectives, help with
            your agreement and wage schedule, review of every registration, and answers when questions come up.
          </Benefit>
        </ul>
      </div>
    </section>
  );
}
