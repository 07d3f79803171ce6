import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { db } from "@/lib/db";
import { publicDocumentPath } from "@/lib/documents/schemas";
import { getSetting } from "@/lib/settings/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { ContactEmailForm } from "@/components/staff/contact-email-form";
import { FundingResourcesForm } from "@/components/staff/funding-resources-form";
import { ReviewTargetForm } from "@/components/staff/review-target-form";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "Program settings" };

export default async function SettingsPage() {
  await staffPage("/staff/settings", ["STAFF_ADMIN"]);
  // The page that changes them shows what is stored now, not another app instance's copy (lib/settings/data.ts).
  const [reviewTarget, contactEmail, fundingResources] = await Promise.all([
    getSetting("reviewTargetBusinessDays", db),
    getSetting("aamiContactEmail", db),
    getSetting("fundingResources", db),
  ]);
  return (
    <PageContainer>
      <PageHeader title="Program settings" description="Settings that apply to every AAMI staff member and employer." />
      <div className="flex flex-col gap-10">
        <Section id="review-target" title="Review target">
          <ReviewTargetForm current={reviewTarget} />
        </Section>
        <Section id="contact" title="AAMI contact on the home page">
          <ContactEmailForm current={contactEmail} />
        </Section>
        <Section id="funding-resources" title="Funding resources">
          <p className="mb-4 max-w-3xl text-slate-700">
            Employers see these next to the funding choices on step 4 of the checklist, and the home page lists them
            under grant funding. The current Training Objectives are always at{" "}
            <code className="rounded bg-slate-100 px-1">{publicDocumentPath("TRAINING_OBJECTIVES")}</code> and the
            National Standards at{" "}
            <code className="rounded bg-slate-100 px-1">{publicDocumentPath("NATIONAL_STANDARDS")}</code>.
          </p>
          <FundingResourcesForm current={fundingResources} />
        </Section>
      </div>
    </PageContainer>
  );
}
