import type { Metadata } from "next";
import Link from "next/link";
import { idParam, trainingPage } from "@/lib/authz/page";
import { canLogHours } from "@/lib/authz/training";
import { firstParam, type SearchParams } from "@/lib/lists";
import { loadCredentials } from "@/lib/training/credentials/data";
import { enterableKinds } from "@/lib/training/credentials/kinds";
import { isoDay } from "@/lib/training/weeks";
import { CredentialForm } from "@/components/training/credential-form";
import { CredentialList } from "@/components/training/credential-list";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Credentials" };

export default async function CredentialsPage({
  params,
  searchParams,
}: {
  params: Promise<{ apprenticeId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const apprenticeId = idParam((await params).apprenticeId);
  const access = await trainingPage(`/training/${apprenticeId}/credentials`, apprenticeId);
  const credentials = await loadCredentials(apprenticeId);
  const kinds = canLogHours(access) ? enterableKinds(credentials) : [];
  const entered = firstParam((await searchParams).done) === "entered";
  return (
    <PageContainer>
      <PageHeader
        title="Credentials"
        description="CABT, IT Fundamentals and CBET candidate status: the day each was earned, with the certificate as evidence. AAMI verifies each one."
        actions={
          <Link href={`/training/${apprenticeId}`} className={buttonClasses("secondary")}>
            Back to the record
          </Link>
        }
      />
      <div className="flex max-w-3xl flex-col gap-8">
        {entered ? (
          <Alert tone="success">
            Credential entered. AAMI verifies it; we email the organization and the apprentice once they have.
          </Alert>
        ) : null}
        <CredentialList credentials={credentials} evidence />
        {kinds.length > 0 ? (
          <section aria-labelledby="credential-form-heading" className="rounded-lg border border-slate-200 p-4">
            <h2 id="credential-form-heading" className="mb-3 text-lg font-semibold">
              Enter a credential
            </h2>
            <CredentialForm key={kinds.join()} apprenticeId={apprenticeId} kinds={kinds} today={isoDay(new Date())} />
          </section>
        ) : null}
      </div>
    </PageContainer>
  );
}
