import Link from "next/link";
import type { Position } from "@prisma/client";
import { positionTypeLabel } from "@/lib/onboarding/positions/schemas";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function PositionList({ positions, editable }: { positions: Position[]; editable: boolean }) {
  if (positions.length === 0) {
    return (
      <p className="text-slate-700">
        No positions yet. Add the first one below: most organizations start with one position and one or two openings.
      </p>
    );
  }
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Apprentice positions</caption>
      <thead className="border-b border-slate-300">
        <tr>
          <th scope="col" className="py-2 pr-4">
            Title
          </th>
          <th scope="col" className="py-2 pr-4">
            How it exists
          </th>
          <th scope="col" className="py-2 pr-4">
            Department and site
          </th>
          <th scope="col" className="py-2 pr-4">
            Start
          </th>
          <th scope="col" className="py-2 pr-4">
            Openings
          </th>
          {editable ? (
            <th scope="col" className="py-2">
              <span className="sr-only">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {positions.map((p) => (
          <tr key={p.id} className="border-b border-slate-200 align-top">
            <td className="py-2 pr-4 font-medium">{p.title}</td>
            <td className="py-2 pr-4">{positionTypeLabel(p.type)}</td>
            <td className="py-2 pr-4">
              {p.department}
              <br />
              <span className="text-slate-700">{p.siteAddress}</span>
            </td>
            <td className="py-2 pr-4">{p.expectedStartDate ? date.format(p.expectedStartDate) : "Not set"}</td>
            <td className="py-2 pr-4">{p.openings}</td>
            {editable ? (
              <td className="py-2">
                <Link className="text-brand-700 font-medium underline" href={`/onboarding/position/${p.id}`}>
                  Edit<span className="sr-only"> {p.title}</span>
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
