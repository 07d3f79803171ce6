import Link from "next/link";
import type { Mentor } from "@prisma/client";
import { EmptyState } from "@/components/ui/empty-state";

export function MentorList({ mentors, editable }: { mentors: Mentor[]; editable: boolean }) {
  if (mentors.length === 0) {
    return (
      <EmptyState
        title="No mentor yet"
        next="A mentor is an experienced technician who guides apprentices day to day. Appoint the first one below; step 5 is complete once a mentor is named and there are enough journeyworkers for the apprentices you plan."
      />
    );
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {mentors.map((m) => (
        <li key={m.id} className="rounded-lg border border-slate-200 p-4">
          <p className="font-semibold">{m.name}</p>
          <p className="text-sm text-slate-700">
            {m.title} · {m.yearsExperience} years ·{" "}
            {m.credentials.length ? m.credentials.join(", ") : "No credentials listed"}
          </p>
          <p className="text-sm text-slate-700">
            {m.email}
            {m.phone ? ` · ${m.phone}` : ""}
          </p>
          {editable ? (
            <Link
              className="text-brand-700 mt-2 inline-block text-sm font-medium underline"
              href={`/onboarding/mentor/${m.id}`}
            >
              Edit<span className="sr-only"> {m.name}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
