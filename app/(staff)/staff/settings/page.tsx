import type { Metadata } from "next";
import { staffPage } from "@/lib/authz/page";
import { getSetting } from "@/lib/settings/data";
import { PageContainer, PageHeader } from "@/components/ui/page-header";
import { ReviewTargetForm } from "@/components/staff/review-target-form";

export const metadata: Metadata = { title: "Program settings" };

export default async function SettingsPage() {
  await staffPage("/staff/settings", ["STAFF_ADMIN"]);
  return (
    <PageContainer>
      <PageHeader title="Program settings" description="Settings that apply to every AAMI staff member and employer." />
      <ReviewTargetForm current={await getSetting("reviewTargetBusinessDays")} />
    </PageContainer>
  );
}
