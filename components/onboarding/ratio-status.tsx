import { Alert } from "@/components/ui/alert";
import { RATIO_LABEL, ratioCheck } from "@/lib/onboarding/ratio";

export function RatioStatus({ planned, journeyworkers }: { planned: number; journeyworkers: number | null }) {
  if (journeyworkers === null)
    return <p className="text-slate-700">Enter how many journeyworkers you have to check the ratio ({RATIO_LABEL}).</p>;
  const ratio = ratioCheck(planned, journeyworkers);
  return ratio.met ? (
    <Alert tone="success" title="The ratio is met">
      {planned} apprentice{planned === 1 ? "" : "s"} planned; your {journeyworkers} journeyworker
      {journeyworkers === 1 ? "" : "s"} can supervise up to {ratio.allowed} ({RATIO_LABEL}).
    </Alert>
  ) : (
    <Alert tone="warning" title="Not enough journeyworkers for the apprentices planned">
      {planned} apprentice{planned === 1 ? "" : "s"} planned, but {journeyworkers} journeyworker
      {journeyworkers === 1 ? "" : "s"} can supervise only {ratio.allowed} ({RATIO_LABEL}). Reduce the openings in step
      3 or add journeyworkers.
    </Alert>
  );
}
