import type { ReactNode } from "react";
import { formatLongDate } from "@/lib/dates";
import type { Credentials } from "@/lib/training/credentials/data";
import { CREDENTIAL_LABELS, type CredentialStanding } from "@/lib/training/credentials/kinds";
import { buttonClasses } from "@/components/ui/button";

const STATUS: Record<CredentialStanding["status"], { label: string; className: string }> = {
  verified: { label: "Verified by AAMI", className: "font-semibold text-green-900" },
  waiting: { label: "Waiting for AAMI to verify", className: "text-amber-900" },
  returned: { label: "Returned by AAMI", className: "font-semibold text-red-800" },
  "not-entered": { label: "Not entered yet", className: "text-slate-700" },
};

/**
 * The program's three credentials for one apprentice: each one's standing and the day it was earned, with AAMI's
 * reason when returned. `evidence` adds a download of each standing credential's evidence (a POST, audited);
 * `actions` adds what the reader may do with it (staff verify or return a waiting one).
 */
export function CredentialList({
  credentials,
  evidence = false,
  actions,
}: {
  credentials: Credentials;
  evidence?: boolean;
  actions?: (standing: CredentialStanding) => ReactNode;
}) {
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200">
      {credentials.map((standing) => (
        <li key={standing.kind} className="flex flex-col gap-2 p-3 text-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <span className="font-semibold">{CREDENTIAL_LABELS[standing.kind]}</span>
            <span className={STATUS[standing.status].className}>{STATUS[standing.status].label}</span>
          </div>
          {standing.credential && standing.status !== "returned" ? (
            <p className="text-slate-800">Earned {formatLongDate(standing.credential.earnedOn)}.</p>
          ) : null}
          {standing.status === "returned" ? (
            <p className="text-slate-800">
              The entry of {formatLongDate(standing.credential.earnedOn)} was sent back:{" "}
              {standing.credential.returnReason} Enter it again with evidence that answers this.
            </p>
          ) : null}
          {evidence && standing.credential && standing.status !== "returned" ? (
            <form method="post" action={`/api/training/credentials/${standing.credential.id}`}>
              <button type="submit" className={buttonClasses("secondary")}>
                Download the evidence<span className="sr-only"> of {CREDENTIAL_LABELS[standing.kind]}</span>
              </button>
            </form>
          ) : null}
          {actions ? actions(standing) : null}
        </li>
      ))}
    </ul>
  );
}
