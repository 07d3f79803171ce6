import type { CredentialKind } from "@prisma/client";

// The three credentials the program leads to, and where each stands for one apprentice: verified by AAMI, waiting
// for AAMI, returned with AAMI's reason (to be entered again), or not entered yet. Pure.

export const CREDENTIAL_KINDS = [
  "CABT",
  "IT_FUNDAMENTALS",
  "CBET_CANDIDATE",
] as const satisfies readonly CredentialKind[];

export const CREDENTIAL_LABELS: Record<CredentialKind, string> = {
  CABT: "CABT",
  IT_FUNDAMENTALS: "IT Fundamentals",
  CBET_CANDIDATE: "CBET candidate status",
};

export type CredentialRow = {
  id: string;
  kind: CredentialKind;
  earnedOn: Date;
  createdAt: Date;
  verifiedAt: Date | null;
  returnedAt: Date | null;
  returnReason: string | null;
};

export type CredentialStanding<R extends CredentialRow = CredentialRow> =
  | { kind: CredentialKind; status: "verified" | "waiting" | "returned"; credential: R }
  | { kind: CredentialKind; status: "not-entered"; credential: null };

/**
 * Each kind's standing, in the program's order: its standing credential (verified or waiting) when there is one,
 * else the one returned last (with AAMI's reason), else none.
 */
export function credentialStandings<R extends CredentialRow>(rows: readonly R[]): CredentialStanding<R>[] {
  const newestFirst = [...rows].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return CREDENTIAL_KINDS.map((kind): CredentialStanding<R> => {
    const ofKind = newestFirst.filter((r) => r.kind === kind);
    const standing = ofKind.find((r) => !r.returnedAt);
    if (standing) return { kind, status: standing.verifiedAt ? "verified" : "waiting", credential: standing };
    const returned = ofKind[0];
    return returned
      ? { kind, status: "returned", credential: returned }
      : { kind, status: "not-entered", credential: null };
  });
}

/** The kinds that can be entered now: none standing (never entered, or returned). */
export const enterableKinds = (standings: readonly CredentialStanding[]) =>
  standings.filter((s) => s.status === "not-entered" || s.status === "returned").map((s) => s.kind);
