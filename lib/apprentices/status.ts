import type { ApprenticeStatus } from "@prisma/client";

// How an apprentice's status reads, to the employer and to AAMI staff alike, and what happens next.

export const APPRENTICE_STATUS_LABEL: Record<ApprenticeStatus, string> = {
  DRAFT: "Draft: not signed yet",
  PENDING_SIGNATURES: "Waiting for the apprentice's signature",
  PENDING_REGISTRATION: "With AAMI for review",
  APPROVED: "Approved by AAMI: going to DOL",
  REGISTERED: "Registered with DOL",
  WITHDRAWN: "Withdrawn",
};

export const APPRENTICE_NEXT_STEP: Record<ApprenticeStatus, string> = {
  DRAFT: "Check the enrollment, then sign the apprenticeship agreement for your organization.",
  PENDING_SIGNATURES: "We emailed the apprentice a link to sign their agreement.",
  PENDING_REGISTRATION: "AAMI reviews the registration, usually within a few business days.",
  APPROVED: "AAMI registers the apprentice with DOL and records their RAPIDS apprentice ID.",
  REGISTERED: "Nothing to do: the apprentice is registered.",
  WITHDRAWN: "Nothing to do: this enrollment was withdrawn.",
};
