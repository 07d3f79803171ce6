import type { FundingResource } from "@/lib/settings/schemas";

/**
 * The funding resources staff keep in Staff > Settings, as step 4 and the home page show them: each a title (a link
 * when it has one) and what it offers. `headingLevel` fits the list under the page's own headings.
 */
export function FundingResourceList({
  resources,
  headingLevel,
}: {
  resources: FundingResource[];
  headingLevel: 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="flex flex-col gap-4">
      {resources.map((resource, index) => (
        <li key={`${index}:${resource.title}`} className="rounded-md border border-slate-200 bg-white p-4">
          <Heading className="font-semibold text-slate-900">
            {resource.url ? (
              <a href={resource.url} className="text-brand-700 hover:text-brand-800 underline underline-offset-4">
                {resource.title}
              </a>
            ) : (
              resource.title
            )}
          </Heading>
          <p className="mt-1 text-sm text-slate-700">{resource.description}</p>
        </li>
      ))}
    </ul>
  );
}
