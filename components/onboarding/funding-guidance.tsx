import { FundingResourceList } from "@/components/funding/funding-resource-list";
import type { FundingResource } from "@/lib/settings/schemas";

/**
 * Step 4's help with the money: the kinds of grant funding AAMI points employers to, with links, as staff
 * administrators keep them (Staff > Settings). Says so when there are none, and who to ask.
 */
export function FundingGuidance({
  resources,
  contactEmail,
}: {
  resources: FundingResource[];
  contactEmail: string | null;
}) {
  return (
    <section aria-labelledby="funding-guidance-heading" className="bg-brand-50 rounded-lg p-4">
      <h3 id="funding-guidance-heading" className="text-lg font-semibold text-slate-900">
        Where to find the money
      </h3>
      <p className="mt-1 mb-4 text-sm text-slate-700">
        The employer pays for related instruction, and grants can cover much of it.
      </p>
      {resources.length > 0 ? (
        <FundingResourceList resources={resources} headingLevel={4} />
      ) : (
        <p className="text-sm text-slate-700">
          AAMI has no funding resources listed at the moment; AAMI staff add them under program settings.
        </p>
      )}
      <p className="mt-4 text-sm text-slate-700">
        {contactEmail ? (
          <>
            Questions about funding? Write to AAMI at{" "}
            <a className="text-brand-700 font-medium underline" href={`mailto:${contactEmail}`}>
              {contactEmail}
            </a>
            .
          </>
        ) : (
          "Questions about funding? AAMI reviews your plan with you when you submit."
        )}
      </p>
    </section>
  );
}
