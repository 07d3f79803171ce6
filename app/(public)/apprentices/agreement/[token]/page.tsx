import type { Metadata } from "next";
import { findSigningLink } from "@/lib/apprentices/agreement/data";
import { formatCents } from "@/lib/forms/fields";
import { PROGRAM } from "@/lib/program";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { ApprenticeSignForm } from "@/components/apprentices/apprentice-sign-form";
import { formatDate } from "@/components/staff/format";
import { DescriptionList } from "@/components/ui/description-list";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Sign your apprenticeship agreement",
  // The link is a secret: never sent to another site as a referrer (proxy.ts sends the same policy), never indexed.
  // Not "no-referrer": with it a form posted without JavaScript carries Origin: null, and Next refuses the action.
  referrer: "same-origin",
  robots: { index: false, follow: false },
};

export default async function SignAgreementPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await findSigningLink(token);
  if (!link) {
    return (
      <PageContainer>
        <PageHeader
          title="This link no longer works"
          description="It has expired, was replaced by a newer one, or the agreement was already signed."
        />
        <p className="max-w-2xl text-slate-800">
          If you have not signed yet, ask your employer to send you a new link from the portal. If you already signed,
          there is nothing more to do: your employer and AAMI have your agreement.
        </p>
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      <PageHeader
        title="Sign your apprenticeship agreement"
        description={`${link.organizationName} enrolled you in the ${PROGRAM.name}. Read the agreement, then sign it below.`}
      />
      <div className="flex max-w-3xl flex-col gap-6">
        <DescriptionList
          rows={[
            ["Apprentice", link.apprenticeName],
            ["Employer", link.organizationName],
            ["Signed for the employer by", link.employerSignerName ?? "—"],
            ["Start date", formatDate(link.startDate)],
            ["Credit for skills you already have", `${link.creditedOjtHours.toLocaleString("en-US")} hours`],
            ["Starting wage", `${formatCents(link.entryWageCents)} an hour`],
            ["This link works until", formatDate(link.expiresAt)],
          ]}
        />
        {link.fileId ? (
          <p>
            <a
              className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
              href={`/api/apprentice-agreements/by-link/${token}`}
              target="_blank"
              rel="noreferrer"
            >
              Read the full agreement (PDF)
            </a>
          </p>
        ) : null}
        <section aria-labelledby="sign-heading" className="rounded-lg border border-slate-200 p-5">
          <h2 id="sign-heading" className="mb-3 text-lg font-semibold">
            Sign
          </h2>
          <ApprenticeSignForm token={token} guardianRequired={link.guardianRequired} />
        </section>
        <p className="text-sm text-slate-700">
          {APPRENTICE_MESSAGES.apprentice.PENDING_SIGNATURES} Questions about the agreement? Ask {link.organizationName}
          .
        </p>
      </div>
    </PageContainer>
  );
}
