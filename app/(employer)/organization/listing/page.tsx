import type { Metadata } from "next";
import { MANAGER_ROLES } from "@/lib/authz";
import { partnerPage } from "@/lib/authz/page";
import { getListingSettings } from "@/lib/listings/data";
import { NOT_YET_LISTABLE } from "@/lib/listings/schemas";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { NotYetPartner } from "@/components/candidates/not-yet-partner";
import { ListingSettings } from "@/components/listings/listing-settings";

export const metadata: Metadata = { title: "Home page listing" };

const TITLE = "Home page listing";

export default async function ListingPage({ searchParams }: { searchParams: Promise<{ saved?: string | string[] }> }) {
  const partner = await partnerPage("/organization/listing");
  if (!partner) {
    return (
      <NotYetPartner title={TITLE} description={NOT_YET_LISTABLE}>
        <p>
          The home page lists AAMI&rsquo;s approved employer partners who choose to appear there, with their name, city
          and logo. When your organization has completed the checklist, submitted it and AAMI has approved it, owners
          and admins can list it here.
        </p>
      </NotYetPartner>
    );
  }
  const [settings, { saved }] = await Promise.all([getListingSettings(partner.org.id), searchParams]);
  return (
    <PageContainer>
      <PageHeader
        title={TITLE}
        description={`AAMI's employer partners can appear under “Participating employers” on the portal's home page. Choose whether ${partner.org.name} does, and how.`}
      />
      <ListingSettings
        settings={settings}
        canManage={MANAGER_ROLES.includes(partner.role)}
        saved={saved === "listing" || saved === "logo" ? saved : undefined}
      />
    </PageContainer>
  );
}
