import "server-only";
import { readProfileLink } from "@/lib/candidates/profile-link";
import { AppError } from "@/lib/errors";

// Candidates have no account: their private link is their credential. Pages and actions on a candidate's own
// profile go through here, as organization and staff ones go through lib/authz.

export const LINK_NOT_VALID =
  "This link is not valid any more: the profile may have been deleted. Ask for a new link with your email address.";
export const LINK_EXPIRED =
  "This link has expired. Ask for a new one below: we email it to the address on your profile.";

/** For pages: whether the link is current, expired (it still names its candidate) or not a link we made. */
export const checkCandidateLink = (token: string) => readProfileLink(token);

/**
 * The candidate a current link belongs to; expired, forged and malformed links are refused with a message. An
 * expired link still proves who it was sent to, which is enough to email a fresh one to the same address.
 */
export function requireCandidateLink(token: string, expired: "refuse" | "accept" = "refuse"): { candidateId: string } {
  const link = checkCandidateLink(token);
  if (link.status === "expired" && expired === "refuse") throw new AppError("FORBIDDEN", LINK_EXPIRED);
  if (link.status === "invalid") throw new AppError("NOT_FOUND", LINK_NOT_VALID);
  return { candidateId: link.candidateId };
}
