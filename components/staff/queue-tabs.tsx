import Link from "next/link";

const TABS = [
  { key: "submissions", href: "/staff/queue", label: "Employer submissions" },
  { key: "apprentices", href: "/staff/queue/apprentices", label: "Apprentice registrations" },
] as const;

/** The two things waiting for AAMI: employers' submissions and apprentices' registrations, one tab each. */
export function QueueTabs({
  current,
  registrationsWaiting,
}: {
  current: (typeof TABS)[number]["key"];
  registrationsWaiting: number;
}) {
  return (
    <nav aria-label="Review queues" className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={current === tab.key ? "page" : undefined}
              className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-semibold ${current === tab.key ? "border-brand-700 text-brand-800" : "border-transparent text-slate-800 hover:border-slate-300"}`}
            >
              {tab.label}
              {tab.key === "apprentices" ? `: ${registrationsWaiting} waiting` : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
