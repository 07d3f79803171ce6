import type { ReactNode } from "react";
import { PROGRAM } from "@/lib/program";
import { BlendIcon, BookIcon, WalletIcon, WrenchIcon } from "./icons";
import type { ProgramTerms } from "./program-terms";

function OverviewPoint({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-6">
      <span className="bg-brand-50 text-brand-700 inline-flex h-10 w-10 items-center justify-center rounded-md">
        {icon}
      </span>
      <h3 className="mt-4 text-lg font-semibold text-slate-900">{title}</h3>
      <p className="mt-2 text-slate-700">{children}</p>
    </li>
  );
}

/** What the apprenticeship is: a DOL Registered Apprenticeship, mentored on-the-job learning, related instruction, pay, hybrid model. */
export function ProgramOverview({ terms: { relatedInstructionLabel, termYearsInWords } }: { terms: ProgramTerms }) {
  return (
    <section aria-labelledby="overview-title" className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="overview-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          What the BMET apprenticeship is
        </h2>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          It is a Registered Apprenticeship approved by the U.S. Department of Labor and sponsored by{" "}
          {PROGRAM.sponsorShort}. For about {termYearsInWords} years, apprentices work as paid employees in a healthcare
          technology management (HTM) department, learning to inspect, maintain and repair medical equipment while they
          study the theory behind it.
        </p>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2">
          <OverviewPoint icon={<WrenchIcon />} title="Learning on the job, with a mentor">
            Most of the learning happens at work. An experienced technician guides each apprentice, and the apprentice
            moves forward by showing they can do each task well.
          </OverviewPoint>
          <OverviewPoint icon={<BookIcon />} title="Related instruction">
            Coursework, in a classroom or online, covers the background the job rests on, such as electronics, equipment
            safety and IT networking. The recommended minimum is {relatedInstructionLabel}.
          </OverviewPoint>
          <OverviewPoint icon={<WalletIcon />} title="Earn while you learn">
            Apprentices are on the payroll from day one, and their pay goes up on a set schedule as their skills grow.
            The employer covers the cost of the related instruction.
          </OverviewPoint>
          <OverviewPoint icon={<BlendIcon />} title="A hybrid program">
            Progress counts both demonstrated skills and time on the job, so people who already know part of the work
            can get credit for it without skipping the experience that matters.
          </OverviewPoint>
        </ul>
      </div>
    </section>
  );
}
