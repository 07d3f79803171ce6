import "server-only";
import { readProfileLink } from "@/lib/candidates/profile/link";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Candidates have no account: their private link is their credential. Pages and actions on a candidate's own
// profile go through here, as organization and staff ones go through lib/authz. A link is good while its
// signature holds, it has not expired, and its version is the candidate's current one (a newer link, or "sign out
// this link", revokes it).

export const LINK_NOT_VALID =
  "This link is not valid any more: it was replaced by a newer link or signed out, or the profile was deleted. Ask for a new link with your email address.";
export const LINK_EXPIRED =
  "This link has expired. Ask for a new one below: we email it to the address on your profile.";

export type CandidateLink = { status: "valid" | "expired"; candidateId: string } | { status: "invalid" };

/** For pages: whether the link is current, expired (it still names its candidate) or not good at all. */
export async function checkCandidateLink(token: string): Promise<CandidateLink> {
  const link = readProfileLink(token);
  if (link.status === "invalid") return link;
  const candidate = await db.candidate.findUnique({ where: { id: link.candidateId }, select: { linkVersion: true } });
  if (candidate?.linkVersion !== link.version) return { status: "invalid" };
  return { status: link.status, candidateId: link.candidateId };
}

/**
 * The candidate a current link belongs to; expired, revoked, forged and malformed links are refused with a
 * message. An expired link still proves who it was sent to, which is enough to email a fresh one to the same
 * address.
 */
export async function requireCandidateLink(
  token: string,
  expired: "refuse" | "accept" = "refuse",
): Promise<{ candidateId: string }> {
  const link = await checkCandidateLink(token);
  if (link.status === "invalid") throw new AppError("NOT_FOUND", LINK_NOT_VALID);
  if (link.status === "expired" && expired === "refuse") throw new AppError("FORBIDDEN", LINK_EXPIRED);
  return { candidateId: link.candidateId };
}
