import type { ReactNode } from "react";

/**
 * What an empty panel, list or table shows instead of nothing: why it is empty (`title`), and what happens next or
 * who acts (`next`), both required so no empty state can leave the reader guessing. `action` is an optional link or
 * button to do it now.
 */
export function EmptyState({ title, next, action }: { title: string; next: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-4 text-sm" data-empty-state="">
      <p className="font-semibold text-slate-900">{title}</p>
      <div className="mt-1 text-slate-700">{next}</div>
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
