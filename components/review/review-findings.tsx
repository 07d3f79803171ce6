import { stepLabel } from "@/lib/onboarding/checklist";
import type { ReviewFlag } from "@/lib/review/checks";
import type { SnapshotChange } from "@/lib/review/diff";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function AutomaticChecks({ flags }: { flags: ReviewFlag[] }) {
  if (flags.length === 0) {
    return <p className="text-sm text-green-900">No problems found by the automatic checks.</p>;
  }
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {flags.map((f, i) => (
        <li key={i} className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          <span className="font-semibold">{stepLabel(f.step)}:</span> {f.message}
        </li>
      ))}
    </ul>
  );
}

export function ChangesSinceVersion({ changes }: { changes: SnapshotChange[] }) {
  if (changes.length === 0) return <p className="text-sm">Nothing changed in the submitted data.</p>;
  return (
    <ScrollRegion label="Changes since the previous version">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Changes since the previous version</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Step
            </th>
            <th scope="col" className="py-2 pr-4">
              What
            </th>
            <th scope="col" className="py-2 pr-4">
              Before
            </th>
            <th scope="col" className="py-2">
              Now
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">{stepLabel(c.step)}</td>
              <td className="py-2 pr-4 break-words">{c.path}</td>
              <td className="py-2 pr-4 break-words">
                <del>{c.before}</del>
              </td>
              <td className="py-2 break-words">
                <ins>{c.after}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
