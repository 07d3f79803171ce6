import type { Metadata } from "next";
import Link from "next/link";
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
        <li>
          We emailed you a private link. It opens your profile, where you can change your answers, withdraw it or delete
          it at any time. Nothing in your inbox?{" "}
          <Link className="text-brand-700 font-semibold underline" href="/apprentices/profile">
            Ask for the link again
          </Link>
          .
        </li>
      </ol>
    </PageContainer>
  );
}
