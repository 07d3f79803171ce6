import type { StepKey } from "@prisma/client";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";

// What changed between two versions of a submission, for the reviewer of a resubmission. Each part of the
// snapshot belongs to a checklist step; within it, values are compared leaf by leaf so the reviewer sees
// "funding › hoursPerYear: 120 → 160" rather than two walls of text.

export type SnapshotChange = { step: StepKey; path: string; before: string; after: string };

const PART_STEP: Array<[keyof SubmissionSnapshot, StepKey]> = [
  ["organization", "INTENT"],
  ["standards", "STANDARDS"],
  ["positions", "POSITION"],
  ["funding", "FUNDING"],
  ["mentors", "MENTOR"],
  ["journeyworkerCount", "MENTOR"],
  ["wageSchedule", "AGREEMENT"],
];

const ABSENT = "(none)";

function flatten(value: unknown, path: string, out: Map<string, string>) {
  if (value === null || value === undefined) {
    out.set(path, ABSENT);
  } else if (Array.isArray(value)) {
    if (value.length === 0) out.set(path, ABSENT);
    value.forEach((item, i) => flatten(item, `${path} › ${i + 1}`, out));
  } else if (typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, `${path} › ${key}`, out);
  } else {
    out.set(path, String(value));
  }
}

export function snapshotChanges(before: SubmissionSnapshot, after: SubmissionSnapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  for (const [part, step] of PART_STEP) {
    const a = new Map<string, string>();
    const b = new Map<string, string>();
    flatten(before[part], String(part), a);
    flatten(after[part], String(part), b);
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      const was = a.get(path) ?? ABSENT;
      const now = b.get(path) ?? ABSENT;
      if (was !== now) changes.push({ step, path, before: was, after: now });
    }
  }
  // A re-signed agreement is expected with any change; say so once rather than listing every hash.
  if (before.agreement?.version !== after.agreement?.version) {
    changes.push({
      step: "AGREEMENT",
      path: "Employer Agreement version",
      before: String(before.agreement?.version ?? ABSENT),
      after: String(after.agreement?.version ?? ABSENT),
    });
  }
  return changes;
}
