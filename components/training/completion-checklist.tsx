import type { ChecklistItem } from "@/lib/training/completion/checklist";

/** The completion checklist: each condition, met or not, with its figures. */
export function CompletionChecklist({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <ul className="flex flex-col gap-2" aria-label="Completion checklist">
      {items.map((item) => (
        <li key={item.key} className="flex gap-2">
          <span aria-hidden="true" className={item.met ? "font-bold text-green-800" : "font-bold text-red-800"}>
            {item.met ? "✓" : "✗"}
          </span>
          <span>
            <span className="font-medium">{item.label}</span>
            <span className="sr-only">{item.met ? ": done" : ": not yet"}</span>
            <span className="block text-sm text-slate-700">{item.detail}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
