import type { Metadata } from "next";
import Link from "next/link";
import { RequestLinkForm } from "@/components/candidates/request-link-form";
import { Alert } from "@/components/ui/alert";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Your apprenticeship profile" };

export default async function RequestProfileLinkPage({
  searchParams,
}: {
  searchParams: Promise<{ sent?: string; signedOut?: string }>;
}) {
  const { sent, signedOut } = await searchParams;
  return (
    <PageContainer>
      <PageHeader
        title="See, change or withdraw your profile"
        description="There is no account or password: we email a private link to the address you used on the interest form."
      />
      {sent ? (
        <div className="flex max-w-xl flex-col gap-3">
          <Alert tone="success" title="Check your email">
            If we have a profile for that address, a private link is on its way. It opens your profile, where you can
            change your answers, withdraw it or delete it.
          </Alert>
          <p className="text-slate-700">
            Nothing after a few minutes? Check your spam folder. If you never sent the interest form with that address,
            there is no profile:{" "}
            <Link className="text-brand-700 font-semibold underline" href="/apprentices/interest">
              fill in the form
            </Link>
            .
          </p>
        </div>
      ) : (
        <div className="flex max-w-xl flex-col gap-4">
          {signedOut ? (
            <Alert tone="success" title="Your link is signed out">
              The link you used, and every link we emailed you before it, no longer opens your profile. When you need it
              again, ask for a new link below.
            </Alert>
          ) : null}
          <RequestLinkForm />
        </div>
      )}
    </PageContainer>
  );
}
