import type { Metadata } from "next";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Thank you" };

export default function InterestThanksPage() {
  return (
    <PageContainer>
      <PageHeader title="Thank you: your interest is saved" />
      <h2 className="mb-2 text-lg font-semibold">What happens next</h2>
      <ol className="list-decimal space-y-2 pl-6">
        <li>Approved employer partners in the regions you chose can see your profile and contact you by email.</li>
        <li>Employers hire their apprentices themselves; AAMI helps them register you with the Department of Labor.</li>
        <li>To change your answers, send the form again with the same email address: your profile is updated.</li>
      </ol>
    </PageContainer>
  );
}
