import type { ApprenticeStatus, StepStatus, SubmissionStatus } from "@prisma/client";

// Every message the portal shows about where a submission, a checklist step or an apprentice stands, in one place:
// one table per state machine, state × page → message. Pages read from here and never write their own status
// wording, so a state cannot read one way on one page and another way elsewhere, and tests/unit/status-messages.test.ts
// checks every state has a message on every page. Labels are sentence case and shown as they are: never
// lowercased into a sentence ("Registration Agency" and "DOL" are names).

/** Where an organization's latest submission stands; NOT_SUBMITTED before its first. */
export type SubmissionState = SubmissionStatus | "NOT_SUBMITTED";

export const submissionState = (status: SubmissionStatus | null | undefined): SubmissionState =>
  status ?? "NOT_SUBMITTED";

/** The employer's step 7 page when there is something to say about the latest version: a headline and what follows. */
export type SubmitPageMessage = {
  title: (version: number) => string;
  /** What happens next, in order, and who acts. */
  next: (p: { version: number; reviewTargetDays: number }) => string[];
};

const WITH_AAMI_NEXT = ({ reviewTargetDays }: { reviewTargetDays: number }) => [
  `AAMI reviews your submission, usually within ${reviewTargetDays} business days. Your checklist stays read-only meanwhile, so AAMI reviews exactly what you sent.`,
  "We email you when AAMI decides. If something needs changing, the steps they comment on reopen.",
  "Once AAMI approves, it countersigns your agreement and files it with the Registration Agency for your state; when the agency accepts it, we email you and AAMI can approve your apprentices.",
];

const NOTHING_SENT: SubmitPageMessage = {
  title: () => "Not submitted yet",
  next: () => ["Check everything below, then submit it to AAMI. While AAMI reviews it, your checklist is read-only."],
};

export const SUBMISSION_MESSAGES: {
  label: Record<SubmissionState, string>;
  employerReadOnlyStep: Record<SubmissionState, string | null>;
  employerSubmitPage: Record<SubmissionState, SubmitPageMessage>;
  staffNext: Record<SubmissionState, string>;
} = {
  /** The status in a few words: staff queue and its filters, employers list and detail, decision history, step 7. */
  label: {
    NOT_SUBMITTED: "Not submitted yet",
    DRAFT: "Draft",
    SUBMITTED: "Waiting for review",
    IN_REVIEW: "In review",
    CHANGES_REQUESTED: "Changes requested",
    APPROVED: "Approved",
    REJECTED: "Not approved",
    ACCEPTED: "Accepted by the Registration Agency",
  },
  /**
   * The notice on an employer's step page (steps 2 to 7) that cannot be changed now, and the refusal of a change
   * made anyway; null where the steps stay open (nothing is with AAMI).
   */
  employerReadOnlyStep: {
    NOT_SUBMITTED: null,
    DRAFT: null,
    SUBMITTED:
      "Your submission is with AAMI, waiting for a reviewer, so this step is read-only for now. If AAMI asks for changes, the steps they comment on reopen.",
    IN_REVIEW:
      "AAMI is reviewing your submission, so this step is read-only for now. If AAMI asks for changes, the steps they comment on reopen.",
    CHANGES_REQUESTED:
      "AAMI asked for changes to other steps, not this one, so it stays as you submitted it. The steps AAMI commented on are open on your checklist.",
    APPROVED:
      "AAMI approved your submission and countersigned your agreement, so this step is final. AAMI files the agreement with the Registration Agency for your state.",
    REJECTED: null,
    ACCEPTED:
      "The Registration Agency accepted your agreement into AAMI's program, so this step is final. Your organization is an employer partner: enroll apprentices at step 8.",
  },
  /** The employer's step 7 page: the latest version's headline and what happens next. */
  employerSubmitPage: {
    NOT_SUBMITTED: NOTHING_SENT,
    DRAFT: NOTHING_SENT,
    SUBMITTED: { title: (v) => `Version ${v} is with AAMI, waiting for a reviewer`, next: WITH_AAMI_NEXT },
    IN_REVIEW: { title: (v) => `AAMI is reviewing version ${v}`, next: WITH_AAMI_NEXT },
    CHANGES_REQUESTED: {
      title: (v) => `AAMI asked for changes to version ${v}`,
      next: ({ version }) => [
        `Make the changes in the steps AAMI commented on, then submit again here: it becomes version ${version + 1}.`,
      ],
    },
    APPROVED: {
      title: (v) => `AAMI approved version ${v}`,
      next: () => [
        "AAMI countersigned your employer acceptance agreement and files it with the Registration Agency for your state.",
        "You can enroll apprentices at step 8 now; AAMI approves them for registration once the agency has accepted your agreement.",
        "When the Registration Agency accepts your agreement into AAMI's program, we email you.",
      ],
    },
    REJECTED: {
      title: (v) => `AAMI did not approve version ${v}`,
      next: ({ version }) => [
        `If you can address the reason, update your steps and submit again: it becomes version ${version + 1}.`,
      ],
    },
    ACCEPTED: {
      title: (v) => `Version ${v} is accepted by the Registration Agency`,
      next: () => [
        "Nothing more to do here: your organization is an employer partner in AAMI's program.",
        "Enroll apprentices at step 8; AAMI approves each one for registration with DOL.",
      ],
    },
  },
  /** Staff pages (submission review, employer detail): who acts next. */
  staffNext: {
    NOT_SUBMITTED: "With the employer: they have not submitted to AAMI yet.",
    DRAFT: "With the employer: they have not submitted to AAMI yet.",
    SUBMITTED: "Waiting for a reviewer: claim it to review it.",
    IN_REVIEW:
      "In review: the reviewer asks for changes or does not approve it; approving is for a staff administrator, who countersigns.",
    CHANGES_REQUESTED: "With the employer: they make the changes AAMI asked for and submit a new version.",
    APPROVED: "Waiting for the Registration Agency: file the agreement, then record the day the agency accepts it.",
    REJECTED: "With the employer: they may address the reason and submit a new version.",
    ACCEPTED: "Nothing to do: the Registration Agency accepted the agreement. The employer enrolls apprentices.",
  },
};

/** A checklist step as the checklist shows it: its stored status, or locked until something else happens. */
export type StepState = StepStatus | "LOCKED";

export const STEP_MESSAGES: { label: Record<StepState, string> } = {
  /** The badge on the employer's checklist, the staff copy of it, and the staff pipeline chart. */
  label: {
    NOT_STARTED: "Not started",
    IN_PROGRESS: "In progress",
    COMPLETE: "Complete",
    CHANGES_REQUESTED: "Changes requested",
    LOCKED: "Locked",
  },
};

/** The apprentice's own pages only ever show an apprentice who is signing, or who has just signed. */
export type ApprenticeFacingStatus = Extract<ApprenticeStatus, "PENDING_SIGNATURES" | "PENDING_REGISTRATION">;
/** The staff list of apprentices for DOL holds only those approved or registered. */
export type DolListStatus = Extract<ApprenticeStatus, "APPROVED" | "REGISTERED">;

export const APPRENTICE_MESSAGES: {
  label: Record<ApprenticeStatus, string>;
  employerNext: Record<ApprenticeStatus, string>;
  employerAgreementMissing: Record<ApprenticeStatus, string>;
  staffNext: Record<ApprenticeStatus, string>;
  staffAgreementMissing: Record<ApprenticeStatus, string>;
  apprentice: Record<ApprenticeFacingStatus, string>;
  checklistCount: Record<ApprenticeStatus, (count: number) => string>;
  staffDolList: Record<DolListStatus, string>;
} = {
  /** The status in a few words: the employer's step 8 list and apprentice page, staff pages, refusals. */
  label: {
    DRAFT: "Draft: not signed yet",
    PENDING_SIGNATURES: "Waiting for the apprentice's signature",
    PENDING_REGISTRATION: "With AAMI for review",
    APPROVED: "Approved by AAMI: going to DOL",
    REGISTERED: "Registered with DOL",
    WITHDRAWN: "Withdrawn",
  },
  /** The employer's apprentice page: what happens next, and who acts. */
  employerNext: {
    DRAFT: "Check the enrollment, then sign the apprenticeship agreement for your organization.",
    PENDING_SIGNATURES: "We emailed the apprentice a link to sign their agreement.",
    PENDING_REGISTRATION: "AAMI reviews the registration, usually within a few business days.",
    APPROVED:
      "AAMI registers the apprentice with DOL and records their RAPIDS apprentice ID. Training starts now: assign a mentor on the training record.",
    REGISTERED: "The apprentice is registered. Their mentor and weekly hours are on the training record.",
    WITHDRAWN: "Nothing to do: this enrollment was withdrawn.",
  },
  /** The employer's "Apprenticeship agreement" panel when no agreement is on file: why, and who acts. */
  employerAgreementMissing: {
    DRAFT:
      "Nobody has signed yet. Once the enrollment is right, an owner or admin of your organization signs first; we then email the apprentice a link to sign.",
    PENDING_SIGNATURES:
      "No agreement is on file, so the apprentice has nothing to sign. Contact AAMI: the enrollment must be signed again for your organization.",
    PENDING_REGISTRATION:
      "No signed agreement is on file, so AAMI cannot approve this registration. AAMI sends the enrollment back to you; you then sign again, and so does the apprentice.",
    APPROVED:
      "No signed agreement is stored in the portal for this apprentice: the registration was recorded without one. Ask AAMI if you need a copy of the signed agreement.",
    REGISTERED:
      "No signed agreement is stored in the portal for this apprentice: the registration was recorded without one. Ask AAMI if you need a copy of the signed agreement.",
    WITHDRAWN: "No current agreement: this enrollment was withdrawn, and nothing more will be signed.",
  },
  /** The staff apprentice page's "Registration" section: what staff do now, or whom they wait for. */
  staffNext: {
    DRAFT: "Nothing to decide: the employer is preparing or correcting the enrollment, and everyone signs it again.",
    PENDING_SIGNATURES: "Nothing to decide yet: the apprentice (or their parent or guardian) has not signed.",
    PENDING_REGISTRATION: "Decide: approve the registration, or send it back to the employer with the reason.",
    APPROVED: "Upload the apprentice to RAPIDS with the RAPIDS file, then record the RAPIDS apprentice ID DOL issues.",
    REGISTERED: "Nothing to decide: the apprentice is registered with DOL.",
    WITHDRAWN: "Nothing to decide: this enrollment was withdrawn.",
  },
  /** The staff "Apprenticeship agreement" panel when no agreement is on file: why, and who acts. */
  staffAgreementMissing: {
    DRAFT:
      "No apprenticeship agreement yet: the employer signs one once the enrollment is ready, then the apprentice signs it from the link they are emailed.",
    PENDING_SIGNATURES:
      "No agreement is on file, though the enrollment waits for signatures: the apprentice has no link to sign. The employer must sign the enrollment again.",
    PENDING_REGISTRATION:
      "No signed agreement is on file, so this registration cannot be approved. Send it back to the employer: they sign again, then the apprentice.",
    APPROVED:
      "No signed agreement is stored in the portal for this apprentice: the registration was recorded without one. Keep the signed copy with the registration records.",
    REGISTERED:
      "No signed agreement is stored in the portal for this apprentice: the registration was recorded without one. Keep the signed copy with the registration records.",
    WITHDRAWN: "No current agreement: this enrollment was withdrawn.",
  },
  /** The apprentice's own pages: signing (the link works), and signed. */
  apprentice: {
    PENDING_SIGNATURES:
      "After you sign, AAMI reviews your registration and registers you with the U.S. Department of Labor.",
    PENDING_REGISTRATION:
      "AAMI reviews the registration, usually within a few business days, and registers you with the U.S. Department of Labor. Your employer will let you know when you are registered and can give you a copy of the signed agreement.",
  },
  /** Step 8 on the checklist (employer's and staff copy): how many apprentices stand here. */
  checklistCount: {
    DRAFT: (n) => `${n} not signed yet`,
    PENDING_SIGNATURES: (n) => `${n} waiting for ${n === 1 ? "the apprentice's signature" : "apprentices' signatures"}`,
    PENDING_REGISTRATION: (n) => `${n} with AAMI for review`,
    APPROVED: (n) => `${n} approved by AAMI, going to DOL`,
    REGISTERED: (n) => `${n} registered with DOL`,
    WITHDRAWN: (n) => `${n} withdrawn`,
  },
  /** The staff list of apprentices for DOL. */
  staffDolList: {
    APPROVED: "Approved: upload to RAPIDS",
    REGISTERED: "Registered",
  },
};

/**
 * Apprentices who wait on someone: the employer, the apprentice, or AAMI's review. Signing only moves an apprentice
 * within this set, so step 8's status changes only when an apprentice is enrolled or deleted, or AAMI decides (each
 * refreshes the checklist).
 */
export const APPRENTICES_WAITING: readonly ApprenticeStatus[] = ["DRAFT", "PENDING_SIGNATURES", "PENDING_REGISTRATION"];

/**
 * Step 8 on the checklist: how many apprentices stand where ("1 with AAMI for review · 1 registered with DOL"),
 * so a complete-looking step never hides one who still waits. Null with no apprentice enrolled.
 */
export function apprenticeCountsLine(counts: Partial<Record<ApprenticeStatus, number>>): string | null {
  const parts = (Object.keys(APPRENTICE_MESSAGES.checklistCount) as ApprenticeStatus[])
    .filter((status) => (counts[status] ?? 0) > 0)
    .map((status) => APPRENTICE_MESSAGES.checklistCount[status](counts[status]!));
  return parts.length > 0 ? `Apprentices: ${parts.join(" · ")}.` : null;
}
