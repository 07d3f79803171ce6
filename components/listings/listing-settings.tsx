import { RecordActionForm } from "@/components/forms/record-action-form";
import { ListingCard } from "@/components/listings/listing-card";
import { ListingForm } from "@/components/listings/listing-form";
import { Alert } from "@/components/ui/alert";
import { removeListingLogo } from "@/lib/listings/actions";
import type { ListingSettings as Settings } from "@/lib/listings/data";
import { listingStatus, type ListingStatus } from "@/lib/listings/visibility";

/** Where the listing stands, in the employer's words. */
const STATUS_NOTE: Record<ListingStatus, { tone: "success" | "info" | "warning"; text: string }> = {
  LISTED: { tone: "success", text: "Your organization is listed on the home page." },
  NOT_OPTED_IN: { tone: "info", text: "Your organization is not listed on the home page." },
  // Only partners reach this page; a listing can still be in this state for a moment after a decision changes.
  NOT_PARTNER: { tone: "info", text: "Your listing appears once AAMI approves your organization." },
  HIDDEN_BY_STAFF: {
    tone: "warning",
    text: "AAMI staff have hidden your listing, so it is not on the home page whatever you choose here. Contact AAMI to ask why or to have it shown again.",
  },
};

const SAVED_NOTE = { listing: "Your listing settings were saved.", logo: "The logo was removed." } as const;

/**
 * /organization/listing for an employer partner: where the listing stands, and for owners and admins the form with
 * its preview and the logo's removal; members see the card as it is and who can change it.
 */
export function ListingSettings({
  settings,
  canManage,
  saved,
}: {
  settings: Settings;
  canManage: boolean;
  saved?: keyof typeof SAVED_NOTE;
}) {
  const status = STATUS_NOTE[listingStatus({ ...settings, partner: true })];
  const values = {
    listed: settings.listingOptIn ? "yes" : "no",
    // A first visit starts from the organization's own name and address.
    displayName: settings.listingDisplayName ?? settings.dbaName ?? settings.legalName,
    city: settings.listingCity ?? settings.city,
    state: settings.listingState ?? settings.state,
    logoUrl: settings.logoUrl,
  } as const;
  return (
    <div className="flex flex-col gap-6">
      {saved ? <Alert tone="success">{SAVED_NOTE[saved]}</Alert> : null}
      <Alert tone={status.tone}>{status.text}</Alert>
      {canManage ? (
        <>
          <ListingForm saved={values} />
          {settings.logoUrl ? (
            <section aria-labelledby="remove-logo-heading" className="max-w-xl rounded-lg border border-slate-200 p-5">
              <h2 id="remove-logo-heading" className="mb-2 text-lg font-semibold">
                Remove the logo
              </h2>
              <RecordActionForm
                action={removeListingLogo}
                explanation="The card then shows your initials instead. The logo is deleted from the portal."
                label="Remove logo"
                pendingLabel="Removing…"
              />
            </section>
          ) : null}
        </>
      ) : (
        <div className="flex max-w-xs flex-col gap-3">
          <ListingCard
            displayName={values.displayName}
            city={values.city}
            state={values.state}
            logoUrl={values.logoUrl}
            headingLevel={2}
          />
          <p className="text-slate-700">Ask an owner or admin of your organization to change the listing.</p>
        </div>
      )}
    </div>
  );
}
