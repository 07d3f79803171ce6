import { PageContainer } from "@/components/ui/page-header";

/** /verify/<code> for a code that is malformed or belongs to no certificate AAMI issued (HTTP 404). */
export default function CertificateNotFound() {
  return (
    <PageContainer>
      <h1 className="text-2xl font-bold">We could not find a certificate with this code</h1>
      <p className="mt-2 max-w-2xl text-slate-700">
        Check the code on the certificate: ten letters and digits in two groups, like 7KX4M-QH92P. If it is right and
        still not found, the certificate was not issued by AAMI through this portal.
      </p>
    </PageContainer>
  );
}
