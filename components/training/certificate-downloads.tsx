import Link from "next/link";
import { formatLongDate } from "@/lib/dates";
import type { Certificates } from "@/lib/training/certificates/data";
import { buttonClasses } from "@/components/ui/button";

/**
 * The certificates of a verified completion: AAMI's (with its verification code and public page) and DOL's once AAMI
 * staff uploaded it. Each download is a POST, audited. `dol`: whether this reader may download DOL's (the apprentice,
 * the employer and AAMI staff; not a mentor outside the organization).
 */
export function CertificateDownloads({ certificates, dol }: { certificates: NonNullable<Certificates>; dol: boolean }) {
  const code = certificates.certificateCode!;
  return (
    <div className="flex flex-col gap-4 text-sm">
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">AAMI&apos;s certificate of completion</h3>
        <p className="text-slate-800">
          Completed on {formatLongDate(certificates.completedOn)}. Verification code <strong>{code}</strong>: anyone can
          confirm the certificate at{" "}
          <Link className="text-brand-700 underline" href={`/verify/${code}`}>
            its verification page
          </Link>
          .
        </p>
        <form method="post" action={`/api/training/completions/${certificates.id}/certificate`}>
          <button type="submit" className={buttonClasses("secondary")}>
            Download AAMI&apos;s certificate
          </button>
        </form>
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">DOL&apos;s Certificate of Completion of Apprenticeship</h3>
        {certificates.dolCertificateUploadedAt ? (
          <>
            <p className="text-slate-800">
              Issued by the Registration Agency; added by AAMI on{" "}
              {formatLongDate(certificates.dolCertificateUploadedAt)}.
            </p>
            {dol ? (
              <form method="post" action={`/api/training/completions/${certificates.id}/dol-certificate`}>
                <button type="submit" className={buttonClasses("secondary")}>
                  Download DOL&apos;s certificate
                </button>
              </form>
            ) : null}
          </>
        ) : (
          <p className="text-slate-800">
            The Registration Agency issues it from RAPIDS, separately from AAMI&apos;s. AAMI adds it here when it
            arrives, and emails the apprentice and the employer.
          </p>
        )}
      </div>
    </div>
  );
}
