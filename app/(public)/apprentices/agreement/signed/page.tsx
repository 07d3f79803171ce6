import type { Metadata } from "next";
import { APPRENTICE_MESSAGES } from "@/lib/status-messages";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Agreement signed" };

export default function AgreementSignedPage() {
  return (
    <PageContainer>
      <PageHeader
        title="Thank you: your agreement is signed"
        description="Your employer has been told, and your registration is now with AAMI."
      />
      <div className="flex max-w-2xl flex-col gap-3 text-slate-800">
        <p>{APPRENTICE_MESSAGES.apprentice.PENDING_REGISTRATION}</p>
        <p>You can close this page.</p>
      </div>
    </PageContainer>
  );
}
