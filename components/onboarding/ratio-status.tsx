import { Alert } from "@/components/ui/alert";
import { ratioCheck } from "@/lib/onboarding/ratio";
import { ratioLabel, type Ratio } from "@/lib/program/standards/model";

export function RatioStatus({
  ratio: programRatio,
  planned,
  journeyworkers,
}: {
  ratio: Ratio;
  planned: number;
  journeyworkers: number | null;
}) {
  const label = ratioLabel(programRatio);
  if (journeyworkers === null)
    return <p className="text-slate-700">Enter how many journeyworkers you have to check the ratio ({label}).</p>;
  const ratio = ratioCheck(programRatio, planned, journeyworkers);
  return ratio.met ? (
    <Alert tone="success" title="The ratio is met">
      {planned} apprentice{planned === 1 ? "" : "s"} planned; your {journeyworkers} journeyworker
      {journeyworkers === 1 ? "" : "s"} can supervise up to {ratio.allowed} ({label}).
    </Alert>
  ) : (
    <Alert tone="warning" title="Not enough journeyworkers for the apprentices planned">
      {planned} apprentice{planned === 1 ? "" : "s"} planned, but {journeyworkers} journeyworker
      {journeyworkers === 1 ? "" : "s"} can supervise only {ratio.allowed} ({label}). Reduce the openings in step 3 or
      add journeyworkers.
    </Alert>
  );
}
