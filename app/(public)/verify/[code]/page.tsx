import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatLongDate } from "@/lib/dates";
import { PROGRAM } from "@/lib/program";
import { findCertificateByCode } from "@/lib/training/certificates/data";
import { Alert } from "@/components/ui/alert";
import { DescriptionList } from "@/components/ui/description-list";
import { PageContainer, PageHeader } from "@/components/ui/page-header";

// The public page that confirms AAMI's certificate of completion by the code printed on it. It shows the name and the
// day of completion and nothing else of the person's; a code that is malformed or unknown is a 404 (./not-found.tsx).
// Kept out of search engines: it confirms a certificate to whoever holds it, it is not a directory.
export const metadata: Metadata = {
  title: "Verify a certificate",
  robots: { index: false, follow: false },
};

export default async function VerifyCertificatePage({ params }: { params: Promise<{ code: string }> }) {
  const certificate = await findCertificateByCode((await params).code);
  if (!certificate) notFound();
  return (
    <PageContainer>
      <PageHeader
        title="Certificate verified"
        description={`${PROGRAM.sponsorShort} issued this certificate of completion, with the code ${certificate.code}.`}
      />
      <div className="flex max-w-2xl flex-col gap-6">
        <Alert tone="success">
          This is a genuine certificate of completion issued by {PROGRAM.sponsor}, the sponsor of the program.
        </Alert>
        <DescriptionList
          rows={[
            ["Name", certificate.name],
            ["Completed on", formatLongDate(certificate.completedOn)],
            ["Program", PROGRAM.name],
            ["Occupation", `${PROGRAM.occupation} (O*NET ${PROGRAM.onetCode})`],
            ["Issued by", PROGRAM.sponsor],
          ]}
        />
        <p className="text-sm text-slate-700">
          AAMI&apos;s certificate is its own, as the program&apos;s sponsor. The U.S. Department of Labor&apos;s
          Certificate of Completion of Apprenticeship is issued separately by the Registration Agency.
        </p>
      </div>
    </PageContainer>
  );
}
