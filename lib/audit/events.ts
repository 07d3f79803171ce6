import { z } from "zod";

const registrationAgencyFields = z.object({
  kind: z.string(),
  name: z.string(),
  office: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  source: z.string(),
  checkedOn: z.string(),
});

const settingValue = z.union([
  z.number(),
  z.string(),
  z.null(),
  z.array(z.object({ title: z.string(), description: z.string(), url: z.string().nullable() })),
]);

// Every audit event kind with the shape of its payload. Writing an event with the wrong payload fails at
// compile time and at run time, so the log stays readable years later.
export const auditPayloads = {
  "auth.signed_in": z.object({}),
  "organization.switched": z.object({ from: z.string().nullable() }),
  "organization.created": z.object({ legalName: z.string(), state: z.string(), ownerEmail: z.string() }),
  "organization.access_requested": z.object({ requesterEmail: z.string(), requesterName: z.string() }),
  "organization.claim_received": z.object({
    requestId: z.string(),
    requesterEmail: z.string(),
    requesterName: z.string(),
  }),
  "organization.claim_decided": z.object({
    requestId: z.string(),
    requesterEmail: z.string(),
    decision: z.enum(["ACCEPTED", "DECLINED"]),
    role: z.string().nullable(),
  }),
  "position.saved": z.object({ title: z.string(), type: z.string(), openings: z.number(), created: z.boolean() }),
  "position.deleted": z.object({ title: z.string() }),
  "position.hiring_attested": z.object({}),
  "mentor.saved": z.object({ name: z.string(), email: z.string(), created: z.boolean(), notified: z.boolean() }),
  "mentor.deleted": z.object({ name: z.string() }),
  "mentor.journeyworkers_set": z.object({ count: z.number() }),
  "funding.saved": z.object({
    providerName: z.string(),
    /** Since the provider became a record (issue 14); older events name it only. */
    rtiProviderId: z.string().optional(),
    hoursPerYear: z.number(),
    costPerApprenticeCents: z.number(),
    sources: z.array(z.string()),
  }),
  "wages.saved": z.object({
    journeyworkerRateCents: z.number(),
    entryWageCents: z.number(),
    basis: z.string(),
    termLength: z.number(),
    steps: z.array(z.object({ threshold: z.number(), amountKind: z.string(), amountValue: z.number() })),
  }),
  "agreement.signed": z.object({
    version: z.number(),
    method: z.enum(["ELECTRONIC", "WET_UPLOAD"]),
    signerName: z.string(),
    unsignedSha256: z.string(),
    signedSha256: z.string(),
  }),
  "agreement.voided": z.object({ version: z.number(), reason: z.string() }),
  "apprentice.enrollment_saved": z.object({
    created: z.boolean(),
    skillSets: z.array(z.string()),
    creditedOjtHours: z.number(),
    startingWageStep: z.number(),
    ssnChanged: z.boolean(),
    agreementVoided: z.boolean(),
  }),
  "apprentice.draft_deleted": z.object({}),
  "apprentice.agreement_signed": z.object({
    party: z.enum(["EMPLOYER", "APPRENTICE", "APPRENTICE_AND_GUARDIAN"]),
    signerName: z.string(),
    contentSha256: z.string(),
  }),
  "apprentice.signing_link_sent": z.object({}),
  "submission.submitted": z.object({
    version: z.number(),
    agreementVersion: z.number(),
    resubmission: z.boolean(),
    resolvedComments: z.number(),
  }),
  /** A program setting (lib/settings/data.ts): a number, an address (or null when cleared) or a list of resources. */
  "settings.changed": z.object({ key: z.string(), from: settingValue, to: settingValue }),
  /** A staff administrator corrected a state's Registration Agency; the subject id is the state's code. */
  "agency.corrected": z.object({
    state: z.string(),
    version: z.number(),
    from: registrationAgencyFields,
    to: registrationAgencyFields,
  }),
  "review.claimed": z.object({ version: z.number(), from: z.string(), previousReviewerId: z.string().nullable() }),
  "review.changes_requested": z.object({
    version: z.number(),
    comments: z.array(z.object({ step: z.string(), body: z.string() })),
  }),
  /** Approval is AAMI's countersignature (the countersigner fields are absent on approvals made before it was). */
  "review.approved": z.object({
    version: z.number(),
    packetVersion: z.number(),
    packetSha256: z.string(),
    countersignerName: z.string().optional(),
    countersignerTitle: z.string().optional(),
    countersignedSha256: z.string().optional(),
  }),
  "review.rejected": z.object({ version: z.number(), reason: z.string() }),
  /** History only: a per-employer DOL registration, recorded before employers joined AAMI's one program (issue 14). */
  "review.registered": z.object({
    version: z.number(),
    programNumber: z.string(),
    registeredOn: z.string(),
    packetVersion: z.number(),
    packetSha256: z.string(),
  }),
  "review.agency_accepted": z.object({
    version: z.number(),
    acceptedOn: z.string(),
    packetVersion: z.number(),
    packetSha256: z.string(),
  }),
  /** Written by the migration that removed per-employer program numbers: the number the organization had. */
  "organization.program_number_retired": z.object({ programNumber: z.string(), registeredOn: z.string().nullable() }),
  "standards.acknowledged": z.object({
    typedName: z.string(),
    documents: z.array(z.object({ kind: z.string(), version: z.number(), sha256: z.string() })),
  }),
  /** An employer partner emailed a candidate; the subject is the Candidate. */
  "candidate.interest_sent": z.object({ interestId: z.string() }),
  "member.invited": z.object({ email: z.string(), role: z.string(), newUser: z.boolean() }),
  "member.role_changed": z.object({ email: z.string(), from: z.string(), to: z.string() }),
  "member.removed": z.object({ email: z.string(), role: z.string() }),
  "document.uploaded": z.object({
    kind: z.string(),
    version: z.number(),
    title: z.string(),
    filename: z.string(),
    byteSize: z.number(),
    sha256: z.string(),
  }),
  "document.published": z.object({
    kind: z.string(),
    version: z.number(),
    sha256: z.string(),
    /** Organizations whose completed step 2 went back to in progress. */
    reopenedSteps: z.number(),
    /** Owners and admins emailed to acknowledge the new version. */
    notified: z.number(),
  }),
  /** A staff administrator started a new version of the program standards from the current one. */
  "standards.draft_created": z.object({ version: z.number(), basedOn: z.number() }),
  /** The draft's numbers as saved (the registration, the term, probation, ratio, RI hours, credit cap). */
  "standards.draft_saved": z.object({
    version: z.number(),
    registrationNumber: z.string().nullable(),
    registeredOn: z.string().nullable(),
    termOjlHours: z.number(),
    termMonths: z.number(),
    probationMonths: z.number(),
    ratioApprentices: z.number(),
    ratioJourneyworkers: z.number(),
    riHoursPerYear: z.number(),
    maxCreditHours: z.number(),
  }),
  /** A previewed work-process schedule replaced the draft's: the file it came from and what it held. */
  "standards.schedule_imported": z.object({
    version: z.number(),
    filename: z.string(),
    sha256: z.string(),
    skillSets: z.number(),
    skills: z.number(),
    hours: z.number(),
  }),
  /** The version became the program's current standards. */
  "standards.published": z.object({ version: z.number(), previousVersion: z.number(), termOjlHours: z.number() }),
  /**
   * A staff administrator downloaded the status changes (cancellations, completions, transfers) for RAPIDS: one per
   * change.
   */
  "apprentice.rapids_status_changes_exported": z.object({ changes: z.number(), from: z.string(), to: z.string() }),
  /** Full SSNs left the portal in a RAPIDS file: one event per apprentice, with who and when. */
  "apprentice.rapids_exported": z.object({
    apprentices: z.number(),
    /** The whole workbook or the Apprentice tab's CSV; absent on downloads before the workbook existed (CSV). */
    format: z.enum(["csv", "xlsx"]).optional(),
  }),
  /** AAMI approved an apprentice's registration; the organization's packet version that now lists them. */
  "apprentice.registration_approved": z.object({ packetVersion: z.number(), packetSha256: z.string() }),
  /** AAMI sent a registration back to the employer (DRAFT); the reason they were emailed, and agreements voided. */
  "apprentice.registration_returned": z.object({ reason: z.string(), agreementsVoided: z.number() }),
  "apprentice.rapids_id_recorded": z.object({ rapidsApprenticeId: z.string() }),
  /** AAMI changed the fast-track credit the employer claimed: each change (null after: removed) and the totals. */
  "apprentice.credit_adjusted": z.object({
    changes: z.array(z.object({ skillSet: z.string(), before: z.number(), after: z.number().nullable() })),
    creditedOjtHoursBefore: z.number(),
    creditedOjtHoursAfter: z.number(),
    startingWageStepBefore: z.number(),
    startingWageStepAfter: z.number(),
  }),
  /** A staff member's working status for a candidate; whether they wrote a note, never the note itself. */
  "candidate.status_changed": z.object({ from: z.string(), to: z.string(), withNote: z.boolean() }),
  /** The employer's home-page listing as saved; `logoSha256` only when a new logo replaced the previous one. */
  "listing.saved": z.object({
    listed: z.boolean(),
    displayName: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    logoSha256: z.string().nullable(),
  }),
  "listing.logo_removed": z.object({ sha256: z.string() }),
  /** AAMI staff took the listing off the home page, or put it back; the employer's own choice is untouched. */
  "listing.hidden": z.object({}),
  "listing.unhidden": z.object({}),
  /** An employer proposed a related-instruction provider that was not listed (step 4); staff confirm it. */
  "rti_provider.proposed": z.object({ name: z.string(), providerType: z.string(), contact: z.string() }),
  "rti_provider.created": z.object({ name: z.string(), rapidsProviderId: z.string().nullable() }),
  /** Staff saved a provider (which confirms it): the fields that changed, and whether it was a proposal until now. */
  "rti_provider.updated": z.object({
    name: z.string(),
    changed: z.array(z.string()),
    confirmed: z.boolean(),
    rapidsProviderId: z.string().nullable(),
  }),
  "rti_provider.deleted": z.object({ name: z.string() }),
  /**
   * Written by the 2026-12 migration for each funding plan and apprentice whose free-text provider became a link to
   * a provider record: the text as it was, so nothing the employer wrote is lost.
   */
  "rti_provider.migrated": z.object({
    providerId: z.string(),
    providerName: z.string(),
    providerType: z.string().nullable(),
    providerContact: z.string().nullable(),
  }),
  /** AAMI staff recorded (or corrected, or cleared: null) the id RAPIDS assigned to the employer. */
  "organization.rapids_employer_id_recorded": z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  /** An owner or admin assigned the apprentice's mentor; whether the apprentice can now sign in to their record. */
  "training.mentor_assigned": z.object({
    mentorId: z.string(),
    mentorName: z.string(),
    previousMentorName: z.string().nullable(),
    apprenticeCanSignIn: z.boolean(),
  }),
  /** A week's hours in one skill set: new, edited while waiting, or a correction of an approved entry. */
  "training.hours_logged": z.object({
    apprenticeId: z.string(),
    weekStart: z.string(),
    skillSetKey: z.string(),
    totalMinutes: z.number(),
    edited: z.boolean(),
    correctsId: z.string().nullable(),
    /** Logged by an owner or admin on the apprentice's behalf. */
    onBehalf: z.boolean(),
  }),
  "training.hours_approved": z.object({
    apprenticeId: z.string(),
    weekStart: z.string(),
    skillSetKey: z.string(),
    totalMinutes: z.number(),
  }),
  "training.hours_returned": z.object({
    apprenticeId: z.string(),
    weekStart: z.string(),
    skillSetKey: z.string(),
    comment: z.string(),
  }),
  /** The mentor signed off a skill; the evidence file's SHA-256 when one was attached. */
  "training.skill_signed_off": z.object({
    apprenticeId: z.string(),
    skillCode: z.string(),
    demonstratedOn: z.string(),
    evidenceSha256: z.string().nullable(),
  }),
  "training.skill_sign_off_undone": z.object({ apprenticeId: z.string(), skillCode: z.string(), reason: z.string() }),
  "training.sign_off_requested": z.object({ apprenticeId: z.string(), skillCode: z.string() }),
  /** A related-instruction course entered or corrected (while unconfirmed). */
  "training.course_saved": z.object({
    apprenticeId: z.string(),
    title: z.string(),
    minutes: z.number(),
    completedOn: z.string(),
    edited: z.boolean(),
  }),
  "training.course_removed": z.object({ apprenticeId: z.string(), title: z.string() }),
  "training.course_confirmed": z.object({ apprenticeId: z.string() }),
  /** An owner or admin recorded a raise on the wage schedule: the wage given beside the schedule's, and when it fell due. */
  "training.raise_recorded": z.object({
    apprenticeId: z.string(),
    step: z.number(),
    effectiveOn: z.string(),
    wageCents: z.number(),
    scheduleCents: z.number(),
    dueOn: z.string().nullable(),
  }),
  /** The apprentice, or an owner or admin for them, entered a credential with its evidence file's SHA-256. */
  "training.credential_entered": z.object({
    apprenticeId: z.string(),
    credential: z.string(),
    earnedOn: z.string(),
    evidenceSha256: z.string(),
  }),
  /** AAMI staff verified a credential, or returned it with their reason so it is entered again. */
  "training.credential_verified": z.object({ apprenticeId: z.string(), credential: z.string() }),
  "training.credential_returned": z.object({ apprenticeId: z.string(), credential: z.string(), reason: z.string() }),
  /** Someone read a credential's evidence file (a certificate with the apprentice's name). */
  "training.credential_evidence_downloaded": z.object({
    apprenticeId: z.string(),
    credential: z.string(),
    sha256: z.string(),
  }),
  /** Someone read a sign-off's evidence file (it may show the apprentice). */
  "training.evidence_downloaded": z.object({ apprenticeId: z.string(), skillCode: z.string(), sha256: z.string() }),
  /** An owner or admin asked AAMI to verify the apprentice completed the program. */
  "training.completion_requested": z.object({ apprenticeId: z.string(), completedOn: z.string() }),
  /** AAMI staff verified a completion: AAMI's certificate, with what it states. */
  "training.completion_verified": z.object({
    apprenticeId: z.string(),
    completedOn: z.string(),
    certificateCode: z.string(),
    ojlHours: z.number(),
    instructionHours: z.number(),
  }),
  /** AAMI staff sent a completion request back, saying what is missing. */
  "training.completion_returned": z.object({ apprenticeId: z.string(), reason: z.string() }),
  /** An owner or admin changed the apprentice's training status (suspended, resumed, cancelled). */
  "training.status_changed": z.object({
    apprenticeId: z.string(),
    from: z.string(),
    to: z.string(),
    effectiveOn: z.string(),
    reason: z.string().nullable(),
    cancellationReason: z.string().nullable(),
    inProbation: z.boolean().nullable(),
    returnOn: z.string().nullable(),
  }),
  /** The sending employer's owner or admin proposed moving the apprentice to another employer partner. */
  "training.transfer_proposed": z.object({
    apprenticeId: z.string(),
    toOrganizationId: z.string(),
    effectiveOn: z.string(),
  }),
  /** The receiving employer accepted or declined a transfer, or the sending employer withdrew it. */
  "training.transfer_answered": z.object({
    apprenticeId: z.string(),
    answer: z.enum(["ACCEPTED", "DECLINED", "WITHDRAWN"]),
    fromOrganizationId: z.string(),
    toOrganizationId: z.string(),
    wageStep: z.number().nullable(),
    wageCents: z.number().nullable(),
    reason: z.string().nullable(),
  }),
  /** Someone downloaded AAMI's certificate of completion (it carries the apprentice's name and hours). */
  "training.aami_certificate_downloaded": z.object({ apprenticeId: z.string(), code: z.string() }),
  /** AAMI staff uploaded DOL's Certificate of Completion of Apprenticeship, as the Registration Agency sent it. */
  "training.dol_certificate_uploaded": z.object({ apprenticeId: z.string(), sha256: z.string(), filename: z.string() }),
  "training.dol_certificate_downloaded": z.object({ apprenticeId: z.string(), sha256: z.string() }),
  /** Only who asked: the person's data is gone, and the log must not keep any of it. */
  "candidate.deleted": z.object({ by: z.enum(["candidate", "staff"]) }),
};

export type AuditKind = keyof typeof auditPayloads;
export type AuditPayload<K extends AuditKind> = z.infer<(typeof auditPayloads)[K]>;
