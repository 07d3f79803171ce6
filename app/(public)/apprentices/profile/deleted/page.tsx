import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Profile deleted" };

export default function ProfileDeletedPage() {
  return (
    <PageContainer>
      <PageHeader title="Your profile is deleted" />
      <div className="flex max-w-2xl flex-col gap-3 text-slate-700">
        <p>
          We deleted your profile, your voluntary self-identification answers, its history and the emails we sent you.
          Employer partners can no longer see or contact you through the portal. AAMI keeps only an anonymous count of
          how many people signed up in each region.
        </p>
        <p>
          Employers who saw your contact details before may still have them; ask them directly if you want them removed.
          Your private link no longer works. You are welcome back at any time:{" "}
          <Link className="text-brand-700 font-semibold underline" href="/apprentices/interest">
            the interest form
          </Link>{" "}
          starts a new profile.
        </p>
      </div>
    </PageContainer>
  );
}
