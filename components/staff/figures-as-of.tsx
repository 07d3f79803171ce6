import { FIGURES_MAX_AGE_MS } from "@/lib/cached-figures";

const time = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

/** Says how old cached figures are (lib/cached-figures.ts), so nobody mistakes them for this second's. */
export function FiguresAsOf({ asOf, what = "Figures" }: { asOf: Date; what?: string }) {
  const minutes = FIGURES_MAX_AGE_MS / 60_000;
  return (
    <p className="mb-4 text-sm text-slate-700">
      {what} as of <time dateTime={asOf.toISOString()}>{time.format(asOf)} UTC</time>, refreshed every{" "}
      {minutes === 1 ? "minute" : `${minutes} minutes`}.
    </p>
  );
}
