import Link from "next/link";
import { currentActor, homePath } from "@/lib/authz";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

/**
 * A signed-in user on a page of their own area that needs another role (lib/authz/page.ts answers 403): whose page
 * it is and whom to ask, instead of "not found", which would send them looking for a page that does exist.
 */
export default async function Forbidden() {
  const actor = await currentActor();
  const [title, description] = actor?.staffRole
    ? [
        "This page needs an AAMI staff administrator",
        "You are signed in as an AAMI staff reviewer. A staff administrator can do this for you, or make you an administrator.",
      ]
    : [
        "This page needs an owner or admin of your organization",
        "You are signed in as a member of your organization. An owner or admin can do this for you, or change your role on the members page.",
      ];
  return (
    <PageContainer>
      <PageHeader title={title} description={description} />
      <p>
        <Link className="text-brand-700 font-medium underline" href={actor ? homePath(actor) : "/"}>
          Back to your home page
        </Link>
      </p>
    </PageContainer>
  );
}
