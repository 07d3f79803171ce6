import { PROGRAM } from "@/lib/program";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">
        <p>
          {PROGRAM.name}, sponsored by {PROGRAM.sponsor}. Occupation {PROGRAM.occupation}, O*NET {PROGRAM.onetCode},
          RAPIDS {PROGRAM.rapidsCode}.
        </p>
      </div>
    </footer>
  );
}
