import { RecordActionForm } from "@/components/forms/record-action-form";
import { ListingCard } from "@/components/listings/listing-card";
import { DescriptionList } from "@/components/ui/description-list";
import { Section } from "@/components/ui/section";
import { hideListing, showListing } from "@/lib/listings/actions";
import {
  LISTING_STATUS_LABEL,
  isPartnerStatus,
  listingLogoUrl,
  listingPlace,
  listingStatus,
} from "@/lib/listings/visibility";
import type { EmployerForStaff } from "@/lib/staff/employers";

/**
 * The organization's home-page listing as staff see it, with the card when there is one; staff administrators hide
 * it (or show it again), which the employer cannot undo.
 */
export function EmployerListing({
  organization,
  canHide,
}: {
  organization: EmployerForStaff["organization"];
  canHide: boolean;
}) {
  const { id, listingDisplayName, listingCity, listingState, listingHiddenByStaff } = organization;
  const status = listingStatus({ ...organization, partner: isPartnerStatus(organization.submissions[0]?.status) });
  const logoUrl = listingLogoUrl(id, organization.listingLogoFileId);
  return (
    <Section id="listing" title="Home page listing">
      <div className="flex flex-col gap-4 md:flex-row md:items-start md:gap-8">
        <div className="flex flex-1 flex-col gap-4">
          <DescriptionList
            rows={[
              ["Status", LISTING_STATUS_LABEL[status]],
              ["Employer's choice", organization.listingOptIn ? "List us" : "Do not list us"],
              ["Name to show", listingDisplayName ?? "Not given"],
              ["Place", listingPlace(listingCity, listingState) || "Not given"],
              ["Logo", logoUrl ? "Uploaded" : "None"],
            ]}
          />
          {canHide ? (
            listingHiddenByStaff ? (
              <RecordActionForm
                action={showListing}
                idField="organizationId"
                id={id}
                explanation="The employer's own choice decides again whether the listing is on the home page."
                label="Show the listing again"
                pendingLabel="Saving…"
                variant="secondary"
              />
            ) : (
              <RecordActionForm
                action={hideListing}
                idField="organizationId"
                id={id}
                explanation="Takes the listing and its logo off the home page at once, whatever the employer chooses, until a staff administrator shows it again. The employer is told on their listing page."
                label="Hide the listing"
                pendingLabel="Hiding…"
              />
            )
          ) : null}
        </div>
        {listingDisplayName ? (
          <div className="w-full max-w-xs">
            <ListingCard displayName={listingDisplayName} city={listingCity} state={listingState} logoUrl={logoUrl} />
          </div>
        ) : null}
      </div>
    </Section>
  );
}
