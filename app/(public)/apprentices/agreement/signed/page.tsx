import type { Metadata } from "next";
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
        <p>
          AAMI reviews the registration, usually within a few business days, and registers you with the U.S. Department
          of Labor. Your employer will let you know when you are registered and can give you a copy of the signed
          agreement.
        </p>
        <p>You can close this page.</p>
      </div>
    </PageContainer>
  );
}
