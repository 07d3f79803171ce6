import { CANDIDATE_STATUS_OPTIONS, optionLabel } from "@/lib/candidates/options";

// A candidate's history (CandidateEvent rows) in words. Several features write events, each with its own kind;
// this is the one table that names them. A kind missing here still shows, as its raw name. Pure.

export const CANDIDATE_EVENT_LABEL = {
  submitted: "Sent the interest form",
  /** Before issue 13 the public form updated an existing profile; kept for the history of that time. */
  updated: "Sent the interest form again, updating the profile",
  "form-again":
    "The interest form was sent again with this address; the profile was not changed and a link was emailed",
  "updated-by-candidate": "Updated the profile through their private link",
  withdrawn: "Withdrew from the candidate database",
  "shared-again": "Shared the profile with employer partners again",
  "link-sent": "Was emailed a private link to manage the profile",
  "link-signed-out": "Signed out their private link",
  /** note: the new status. */
  "status-changed": "Status changed",
  /** note: what the staff member wrote when changing the status. */
  "staff-note": "Staff note",
  /** note: the employer organization's name. */
  "interest-sent": "An employer partner sent an expression of interest",
} as const;

export type CandidateEventKind = keyof typeof CANDIDATE_EVENT_LABEL;

const isKnownKind = (kind: string): kind is CandidateEventKind => Object.hasOwn(CANDIDATE_EVENT_LABEL, kind);

/** One history entry as a headline and, where the note is text for people, that text. */
export function describeCandidateEvent(kind: string, note: string | null): { label: string; detail: string | null } {
  if (!isKnownKind(kind)) return { label: kind, detail: note };
  if (kind === "status-changed" && note) {
    return { label: `Status changed to ${optionLabel(CANDIDATE_STATUS_OPTIONS, note).toLowerCase()}`, detail: null };
  }
  if (kind === "interest-sent" && note) return { label: `Expression of interest from ${note}`, detail: null };
  return { label: CANDIDATE_EVENT_LABEL[kind], detail: note };
}
