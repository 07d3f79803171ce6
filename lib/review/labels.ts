import type { SubmissionStatus } from "@prisma/client";

/** How each submission status reads to people, everywhere it is shown. */
export const SUBMISSION_STATUS_LABEL: Record<SubmissionStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Waiting for review",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  REJECTED: "Not approved",
  ACCEPTED: "Accepted by the Registration Agency",
};
