import { formatCents } from "@/lib/forms/fields";
import type { FundingPlanWithProvider } from "@/lib/onboarding/funding/data";
import { DELIVERY_OPTIONS, fundingSourcesText } from "@/lib/onboarding/funding/schemas";
import { Alert } from "@/components/ui/alert";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function FundingSummary({ plan, riHoursPerYear }: { plan: FundingPlanWithProvider; riHoursPerYear: number }) {
  const provider = plan.rtiProvider;
  const rows: Array<[string, string]> = [
    [
      "Provider",
      `${provider.name} (${provider.providerType})${provider.status === "PROPOSED" ? ", waiting for AAMI to confirm it" : ""}`,
    ],
    ["Contact", provider.contact ?? "Not recorded"],
    ["Delivery", DELIVERY_OPTIONS.find((d) => d.value === plan.delivery)?.label ?? plan.delivery],
    ["Hours per year", String(plan.hoursPerYear)],
    ["Estimated cost per apprentice", formatCents(plan.costPerApprenticeCents)],
    ["Funding sources", fundingSourcesText(plan)],
    ["Instruction time paid", plan.instructionTimePaid ? "Yes" : "No"],
    ["Employer pays 100%", `Confirmed ${date.format(plan.employerPaysAttestedAt)}`],
  ];
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {plan.hoursPerYear < riHoursPerYear ? (
        <Alert tone="warning">This plan has fewer than the {riHoursPerYear} hours a year DOL recommends.</Alert>
      ) : null}
    </div>
  );
}
