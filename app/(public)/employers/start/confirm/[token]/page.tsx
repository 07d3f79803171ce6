import type { Metadata } from "next";
import Link from "next/link";
import { RecordActionForm } from "@/components/forms/record-action-form";
import { DescriptionList } from "@/components/ui/description-list";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { formatLongDate } from "@/lib/dates";
import { confirmOrganization } from "@/lib/onboarding/intent/actions";
import { findPendingRequest } from "@/lib/onboarding/intent/requests";
import { stateName } from "@/lib/us-states";

// The link is the credential: never sent to another site as a referrer (proxy.ts sends the same policy), never
// indexed. Not "no-referrer": with it a form posted without JavaScript carries Origin: null, and Next refuses the
// action. Opening the page changes nothing; only the button confirms.
export const metadata: Metadata = {
  title: "Confirm your organization",
  referrer: "same-origin",
  robots: { index: false, follow: false },
};

export default async function ConfirmOrganizationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const request = await findPendingRequest(token);
  if (!request) {
    return (
      <PageContainer>
        <PageHeader title="This link does not work" />
        <p className="max-w-xl text-slate-700">
          It has expired, was already used, or was not copied whole. If you confirmed already, check your email for the
          next step. Otherwise{" "}
          <Link className="text-brand-700 font-semibold underline" href="/employers/start">
            start again
          </Link>
          .
        </p>
      </PageContainer>
    );
  }
  const { details } = request;
  return (
    <PageContainer>
      <PageHeader
        title={`Confirm: start ${details.legalName}`}
        description="Check what was sent from the registration form. Confirming makes you the organization's portal owner."
      />
      <div className="flex max-w-2xl flex-col gap-6">
        <DescriptionList
          rows={[
            ["Legal name", details.legalName],
            ["Doing business as", details.dbaName ?? "—"],
            ["EIN", details.ein ?? "Not given"],
            [
              "Address",
              `${details.addressLine1}${details.addressLine2 ? `, ${details.addressLine2}` : ""}, ${details.city}, ${stateName(details.state)} ${details.postalCode} (${details.county} County)`,
            ],
            ["Contact", `${details.contactName}, ${details.contactEmail}, ${details.contactPhone}`],
            ["Apprentices hoped for", String(details.apprenticesWanted)],
          ]}
        />
        <RecordActionForm
          action={confirmOrganization}
          idField="token"
          id={token}
          explanation={`This link works until ${formatLongDate(request.expiresAt)}. If something is wrong, start again instead; this request then simply expires.`}
          label="Confirm and create the organization"
          pendingLabel="Confirming…"
          variant="primary"
        />
      </div>
    </PageContainer>
  );
}
