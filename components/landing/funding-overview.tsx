import { FundingResourceList } from "@/components/funding/funding-resource-list";
import type { FundingResource } from "@/lib/settings/schemas";

/**
 * State and federal grant funding for employers who invest in apprenticeship. The resources are the ones staff keep
 * in Staff > Settings, the same list step 4 of the checklist shows.
 */
export function FundingOverview({ resources }: { resources: FundingResource[] }) {
  return (
    <section aria-labelledby="funding-title" className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-14 sm:py-16">
        <h2 id="funding-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          Grant funding for employers who invest in apprenticeship
        </h2>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">
          The employer pays for related instruction, and state and federal grant funding is available to employers who
          invest in Registered Apprenticeship. Step 4 of the checklist helps you plan it.
        </p>
        {resources.length > 0 ? (
          <div className="mt-8 max-w-3xl">
            <FundingResourceList resources={resources} headingLevel={3} />
          </div>
        ) : (
          <p className="mt-4 max-w-3xl text-slate-700">
            AAMI lists no funding sources here at the moment. Ask AAMI about the grants open in your state.
          </p>
        )}
      </div>
    </section>
  );
}
