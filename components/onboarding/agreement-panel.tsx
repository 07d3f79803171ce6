import Link from "next/link";
import type { getLatestAgreement } from "@/lib/onboarding/agreement/data";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { SignAgreementForm } from "@/components/onboarding/sign-agreement-form";
import { UploadSignedAgreementForm } from "@/components/onboarding/upload-signed-agreement-form";

type Agreement = NonNullable<Awaited<ReturnType<typeof getLatestAgreement>>>;

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Step 6's second half: the agreement's state, its preview, and the ways to sign it. */
export function AgreementPanel({
  latest,
  missing,
  unsignedSha256,
  canSign,
  editable,
  userName,
}: {
  latest: Agreement | null;
  missing: string[];
  unsignedSha256: string | null;
  canSign: boolean;
  editable: boolean;
  userName: string;
}) {
  if (latest?.status === "SIGNED") {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success" title="The Employer Acceptance Agreement is signed">
          Signed by {latest.signerName} ({latest.signerTitle}) on {when.format(latest.signedAt)} UTC,{" "}
          {latest.method === "ELECTRONIC" ? "electronically in the portal" : "on paper and uploaded"}. Version{" "}
          {latest.version}.
        </Alert>
        <p className="text-sm break-all text-slate-700">SHA-256 of the signed file: {latest.signedSha256}</p>
        <div className="flex flex-wrap gap-3">
          <a className={buttonClasses("secondary")} href={`/api/agreements/${latest.id}`}>
            View the signed agreement (PDF)
          </a>
          <Link className={buttonClasses()} href="/onboarding/submit">
            Continue to step 7: submit to AAMI
          </Link>
        </div>
        {editable ? (
          <p className="text-sm text-slate-700">
            The signed agreement cannot be changed. If anyone changes the positions, funding plan, mentors or wage
            schedule, this signature is voided and the agreement must be signed again.
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {latest?.status === "VOIDED" ? (
        <Alert tone="warning" title="The signature was voided">
          The agreement {latest.signerName} signed on {when.format(latest.signedAt)} UTC no longer counts:{" "}
          {latest.voidedReason} Review the updated agreement and sign it again.
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <div className="flex flex-col gap-2">
          <p>The agreement includes your positions, funding plan, mentors and wage schedule. Before signing, finish:</p>
          <ul className="list-disc pl-6">
            {missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {unsignedSha256 ? (
        <div className="flex flex-col gap-2">
          <p>
            Read the agreement before you sign. It is generated from what your organization entered in steps 1 to 6.
          </p>
          <div className="flex flex-wrap gap-3">
            <a className={buttonClasses("secondary")} href="/api/onboarding/agreement" target="_blank" rel="noopener">
              Read the agreement (PDF, opens in a new tab)
            </a>
            <a className={buttonClasses("secondary")} href="/api/onboarding/agreement?download">
              Download to sign on paper
            </a>
          </div>
          <p className="text-sm break-all text-slate-700">Document SHA-256: {unsignedSha256}</p>
        </div>
      ) : null}
      {unsignedSha256 && editable && canSign ? (
        <>
          <section aria-labelledby="sign-heading" className="rounded-lg border border-slate-200 p-5">
            <h3 id="sign-heading" className="mb-3 font-semibold">
              Sign in the portal
            </h3>
            <SignAgreementForm documentSha256={unsignedSha256} defaultName={userName} />
          </section>
          <details className="rounded-lg border border-slate-200 p-5">
            <summary className="cursor-pointer font-semibold">Or sign on paper and upload it</summary>
            <div className="mt-4">
              <UploadSignedAgreementForm documentSha256={unsignedSha256} />
            </div>
          </details>
        </>
      ) : null}
      {unsignedSha256 && editable && !canSign ? (
        <Alert>Only an owner or admin of your organization can sign the agreement. Ask one of them to sign here.</Alert>
      ) : null}
    </div>
  );
}
