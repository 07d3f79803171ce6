import type { DocumentKind, StepKey } from "@prisma/client";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { minimumWageFor } from "@/lib/onboarding/wages/minimum-wage";
import { checkWageSchedule } from "@/lib/onboarding/wages/rules";
import { ratioLabel, type ProgramStandards } from "@/lib/program/standards/model";

// Automatic checks on a submission, shown to the reviewer next to what the employer sent. They flag; the
// reviewer decides. Pure: the snapshot, the currently published document versions and standards in, flags out.

export type ReviewFlag = { step: StepKey; message: string };
export type PublishedDocument = { kind: DocumentKind; version: number; title: string };

export function automaticChecks(
  s: SubmissionSnapshot,
  current: PublishedDocument[],
  standards: ProgramStandards,
): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const flag = (step: StepKey, message: string) => flags.push({ step, message });

  for (const doc of current) {
    const acknowledged = s.standards.find((a) => a.kind === doc.kind);
    if (!acknowledged) flag("STANDARDS", `${doc.title} was not acknowledged.`);
    else if (acknowledged.version < doc.version) {
      flag(
        "STANDARDS",
        `${doc.title}: acknowledged version ${acknowledged.version}, but version ${doc.version} is now current.`,
      );
    }
  }

  if (s.positions.length === 0) flag("POSITION", "No position is listed.");

  if (!s.funding) flag("FUNDING", "No related-instruction funding plan.");
  else if (s.funding.hoursPerYear < standards.riHoursPerYear) {
    flag(
      "FUNDING",
      `Related instruction is ${s.funding.hoursPerYear} hours a year, below the ${standards.riHoursPerYear} hours recommended.`,
    );
  }

  if (s.mentors.length === 0) flag("MENTOR", "No mentor is appointed.");
  for (const mentor of s.mentors) {
    if (mentor.credentials.length === 0) flag("MENTOR", `Mentor ${mentor.name} lists no credential.`);
  }
  const planned = s.positions.reduce((sum, p) => sum + p.openings, 0);
  if (s.journeyworkerCount === null) flag("MENTOR", "The number of journeyworkers is missing.");
  else {
    const ratio = ratioCheck(standards.ratio, planned, s.journeyworkerCount);
    if (!ratio.met) {
      flag(
        "MENTOR",
        `${planned} apprentices are planned with ${s.journeyworkerCount} journeyworkers; the ratio (${ratioLabel(standards.ratio)}) allows ${ratio.allowed}.`,
      );
    }
  }

  if (!s.wageSchedule) flag("AGREEMENT", "No wage schedule.");
  else {
    for (const issue of checkWageSchedule(s.wageSchedule, minimumWageFor(s.organization.state), standards)) {
      flag("AGREEMENT", `Wage schedule: ${issue.message}`);
    }
  }
  if (!s.agreement) flag("AGREEMENT", "The Employer Agreement is not signed.");
  return flags;
}
