import type { Target, TargetSource } from "./support/seed";

// WHO MAY SEE WHAT: the expected answer of every route in app/ to every kind of caller, in one place. The route
// matrix (route-matrix.test.ts) requests each route as each caller over HTTP against `next start` and compares the
// answers with this table. A route under app/ that is missing here fails the test, so a new route cannot ship
// without someone deciding who may see it.
//
// Callers, in the column order of row():
//   anonymous      no session
//   newcomer       signed in, in no organization and not staff
//   OWNER ADMIN MEMBER           a member of the organization the requested record belongs to (for routes
//                                without a record: of the caller's own organization, which is what they show)
//   oOWNER oADMIN oMEMBER        a member of ANOTHER organization (employer partner) asking for this record
//   MENTOR APPRENTICE            signed in to a training record of the organization the requested record belongs
//                                to (for routes without a record: their own), as its assigned mentor or as the
//                                apprentice; they are in no organization (issue 17)
//   oMENTOR oAPPRENTICE          the same, of ANOTHER organization's apprentice
//   REVIEWER       AAMI staff, STAFF_REVIEWER
//   STAFF_ADMIN    AAMI staff, STAFF_ADMIN
//
// Answers:
//   OK      200 (a page, a file, JSON)
//   SIGN_IN a redirect to /signin?callbackUrl=… (pages, for callers who are not signed in)
//   AUTH    401 (route handlers, for callers who are not signed in)
//   FORBIDDEN 403 (a POST from another site)
//   NF      404 "not found": the caller may not know the record exists
//   RF      200, but the page refuses (a link that does not work); the route's `refusal` text must be on it
//   to(path) a redirect elsewhere ("{value}" stands for the requested record's id, "{own}" for the caller's own
//            training record: an apprentice's)
// A LEAK is an OK where the table says anything else; any 5xx is a failure of its own.
//
// Pages and GET route handlers are requested with GET. A route handler that only accepts POST (a download that
// records who took it) is posted to by every caller as the portal's own form would (same origin), and once more
// from another site's page (a foreign Origin: FORBIDDEN for everyone); a refused POST must write nothing (every
// table is watched). Other writes go through server actions (POST to a page), which authorize through
// lib/action-client; POST /api/auth/* is Auth.js's sign-in and sign-out, exercised by two-instances.test.ts.

export type Outcome =
  "ok" | "refused" | "sign-in" | "unauthenticated" | "forbidden" | "not-found" | `redirect:${string}`;

export const CALLERS = [
  "anonymous",
  "newcomer",
  "OWNER",
  "ADMIN",
  "MEMBER",
  "otherOWNER",
  "otherADMIN",
  "otherMEMBER",
  "MENTOR",
  "APPRENTICE",
  "otherMENTOR",
  "otherAPPRENTICE",
  "STAFF_REVIEWER",
  "STAFF_ADMIN",
] as const;
export type Caller = (typeof CALLERS)[number];
export type Expectation = Record<Caller, Outcome>;

export type RouteAccess = {
  /** The HTTP methods the file exports (pages: GET); checked against the file, so a new method is noticed. */
  methods: readonly string[];
  /** Where each dynamic segment's values come from: every tenant's records of that kind (tests/security/support/seed.ts). */
  fill?: Record<string, TargetSource>;
  /** For a POST-only route handler: the form field that carries record ids, and where they come from. */
  form?: { field: string; source: TargetSource };
  /** What a page that answers 200 but refuses says (RF). */
  refusal?: RegExp;
  expect: Expectation | ((target: Target) => Expectation);
};

const OK = "ok";
const SIGN_IN = "sign-in";
const AUTH = "unauthenticated";
const NF = "not-found";
const RF = "refused";
const FB = "forbidden";
const to = (path: string) => `redirect:${path}` as const;
/** Where lib/authz sends a signed-in caller without an organization (staff included), and where each one's home is. */
const WELCOME = to("/welcome");
const ORG_HOME = to("/onboarding");
const STAFF_HOME = to("/staff");
/** Home for mentors and apprentices who are in no organization (lib/authz homePath). */
const TRAINING_HOME = to("/training");

// prettier-ignore
function row(
  anonymous: Outcome, newcomer: Outcome,
  OWNER: Outcome, ADMIN: Outcome, MEMBER: Outcome,
  otherOWNER: Outcome, otherADMIN: Outcome, otherMEMBER: Outcome,
  MENTOR: Outcome, APPRENTICE: Outcome, otherMENTOR: Outcome, otherAPPRENTICE: Outcome,
  STAFF_REVIEWER: Outcome, STAFF_ADMIN: Outcome,
): Expectation {
  return {
    anonymous, newcomer, OWNER, ADMIN, MEMBER, otherOWNER, otherADMIN, otherMEMBER,
    MENTOR, APPRENTICE, otherMENTOR, otherAPPRENTICE, STAFF_REVIEWER, STAFF_ADMIN,
  };
}

const GET = ["GET"] as const;

/** What every POST-only route handler answers to a POST that another site's page made a browser send. */
export const CROSS_SITE_POST: Outcome = "forbidden";

// Rows used by many routes.
// prettier-ignore
const ROWS = {
  /** Public: the same for everyone. */
  everyone: (o: Outcome) => row(o, o, o, o, o, o, o, o, o, o, o, o, o, o),
  /** A page of the caller's own organization (any role); staff and newcomers have none. */
  orgPage:      row(SIGN_IN, WELCOME, OK, OK, OK, OK, OK, OK, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME),
  /** A page showing one record of an organization: its members only. */
  tenantPage:   row(SIGN_IN, WELCOME, OK, OK, OK, NF, NF, NF, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME),
  /** A file of one organization's record: its members and AAMI staff. */
  tenantFile:   row(AUTH, NF, OK, OK, OK, NF, NF, NF, NF, NF, NF, NF, OK, OK),
  staffPage:    row(SIGN_IN, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, OK, OK),
  /** Staff reviewers are told whose page it is (403); everyone else outside staff gets "not found". */
  staffAdminPage: row(SIGN_IN, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, FB, OK),
  staffFile:    row(AUTH, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, OK, OK),
  /** A training page of an apprentice who is not in training (a draft enrollment, say): there is no record. */
  notInTraining: row(SIGN_IN, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF),
};

/**
 * A page of an apprentice's training record (lib/authz/training.ts): open to the organization's members, and to the
 * apprentice and their assigned mentor when the record is theirs; "not found" to everyone else, and for an
 * apprentice not in training.
 */
const asTheRecord = (t: Target) => {
  if (!t.facts.inTraining) return ROWS.notInTraining;
  const theirs = t.facts.linked ? OK : NF;
  return row(SIGN_IN, NF, OK, OK, OK, NF, NF, NF, theirs, theirs, NF, NF, NF, NF);
};

/** Every route under app/, by URL pattern. */
// prettier-ignore
export const ACCESS_TABLE: Record<string, RouteAccess> = {
  // ── public pages ────────────────────────────────────────────────────────────────────────────────────────────
  "/": { methods: GET, expect: ROWS.everyone(OK) },
  "/apprentices/interest": { methods: GET, expect: ROWS.everyone(OK) },
  "/apprentices/interest/thanks": { methods: GET, expect: ROWS.everyone(OK) },
  "/apprentices/profile": { methods: GET, expect: ROWS.everyone(OK) },
  "/apprentices/profile/deleted": { methods: GET, expect: ROWS.everyone(OK) },
  "/apprentices/agreement/signed": { methods: GET, expect: ROWS.everyone(OK) },
  "/employers/start": { methods: GET, expect: ROWS.everyone(OK) },
  "/employers/start/done": { methods: GET, expect: ROWS.everyone(OK) },
  "/employers/start/created": { methods: GET, expect: ROWS.everyone(OK) },
  "/employers/start/claimed": { methods: GET, expect: ROWS.everyone(OK) },
  "/signin/check-email": { methods: GET, expect: ROWS.everyone(OK) },
  "/signin/error": { methods: GET, expect: ROWS.everyone(OK) },
  // The health check (load balancers, `npm run bench`): the same line for everyone.
  "/health": { methods: GET, expect: ROWS.everyone(OK) },
  // The link is the credential (no account): whoever holds a live one sees it; any other link is refused.
  "/apprentices/agreement/[token]": {
    methods: GET, fill: { token: "signingTokens" }, refusal: /This link no longer works/,
    expect: (t) => ROWS.everyone(t.facts.valid ? OK : RF),
  },
  // A registration's contact confirms from the emailed link (no account yet); opening the page changes nothing.
  "/employers/start/confirm/[token]": {
    methods: GET, fill: { token: "organizationRequests" }, refusal: /This link does not work/,
    expect: (t) => ROWS.everyone(t.facts.valid ? OK : RF),
  },
  // AAMI's certificate, confirmed by its code to anyone; any other code is "not found".
  "/verify/[code]": {
    methods: GET, fill: { code: "certificateCodes" },
    expect: (t) => ROWS.everyone(t.facts.valid ? OK : NF),
  },
  "/apprentices/profile/[token]": {
    methods: GET, fill: { token: "profileTokens" }, refusal: /This link (does not work|has expired)/,
    expect: (t) => ROWS.everyone(t.facts.valid ? OK : RF),
  },

  // ── signing in and landing ──────────────────────────────────────────────────────────────────────────────────
  "/signin":    { methods: GET, expect: row(OK, WELCOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, TRAINING_HOME, TRAINING_HOME, TRAINING_HOME, TRAINING_HOME, STAFF_HOME, STAFF_HOME) },
  "/dashboard": { methods: GET, expect: row(SIGN_IN, WELCOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, TRAINING_HOME, TRAINING_HOME, TRAINING_HOME, TRAINING_HOME, STAFF_HOME, STAFF_HOME) },
  "/welcome":   { methods: GET, expect: row(SIGN_IN, OK, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, ORG_HOME, TRAINING_HOME, TRAINING_HOME, TRAINING_HOME, TRAINING_HOME, STAFF_HOME, STAFF_HOME) },

  // ── the employer's checklist (their own organization) ───────────────────────────────────────────────────────
  "/onboarding": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/standards": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/position": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/funding": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/mentor": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/agreement": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/submit": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/position/[positionId]": { methods: GET, fill: { positionId: "positions" }, expect: ROWS.tenantPage },
  "/onboarding/mentor/[mentorId]": { methods: GET, fill: { mentorId: "mentors" }, expect: ROWS.tenantPage },
  "/organization/members": { methods: GET, expect: ROWS.orgPage },
  // Managing a member: owners and admins of that organization. A member is told the page needs an owner or admin
  // (403) before any record is looked up, whoever's id it is, so the answer says nothing of another tenant's records.
  "/organization/members/[membershipId]": {
    methods: GET, fill: { membershipId: "memberships" },
    expect: row(SIGN_IN, WELCOME, OK, OK, FB, NF, NF, FB, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME),
  },

  // ── employer partners (organizations AAMI approved; T1 and T2 are) ──────────────────────────────────────────
  "/organization/listing": { methods: GET, expect: ROWS.orgPage },
  "/candidates": { methods: GET, expect: ROWS.orgPage },
  // A candidate "belongs" to the partner whose region they live in (seed.ts); one who shares with nobody, to none.
  "/candidates/[candidateId]": { methods: GET, fill: { candidateId: "candidates" }, expect: ROWS.tenantPage },
  "/onboarding/apprentices": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/apprentices/new": { methods: GET, expect: ROWS.orgPage },
  "/onboarding/apprentices/[apprenticeId]": { methods: GET, fill: { apprenticeId: "apprentices" }, expect: ROWS.tenantPage },
  // Signed by the apprentice: the enrollment no longer changes, and its editor sends the member to the record.
  "/onboarding/apprentices/[apprenticeId]/edit": {
    methods: GET, fill: { apprenticeId: "apprentices" },
    expect: (t) => {
      const own = t.facts.status === "DRAFT" || t.facts.status === "PENDING_SIGNATURES" ? OK : to("/onboarding/apprentices/{value}");
      return row(SIGN_IN, WELCOME, own, own, own, NF, NF, NF, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME);
    },
  },

  // ── training (issue 17): apprentices in training, their mentors, and their organization ──────────────────────
  // The hub lists the records the caller may open (none for a newcomer); an apprentice with nothing else to see is
  // sent to their own record. AAMI staff see apprentices from the staff pages.
  "/training": {
    methods: GET,
    expect: row(SIGN_IN, OK, OK, OK, OK, OK, OK, OK, OK, to("/training/{own}"), OK, to("/training/{own}"), NF, NF),
  },
  // The mentor's queue: anyone else signed in sees it empty.
  "/training/review": { methods: GET, expect: row(SIGN_IN, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, NF, NF) },
  // Only an apprentice in training has a record (lib/training/status.ts), open to the organization's members, the
  // apprentice and their assigned mentor (lib/authz/training.ts); a record of the same organization that is another
  // apprentice's, or another mentor's mentee, is not theirs.
  "/training/[apprenticeId]": {
    methods: GET, fill: { apprenticeId: "trainees" },
    expect: asTheRecord,
  },
  // Hours are logged by the apprentice or an owner or admin; a member or the mentor, who see the record, are told
  // the form is not theirs (403).
  "/training/[apprenticeId]/log": {
    methods: GET, fill: { apprenticeId: "trainees" },
    expect: (t) => {
      if (!t.facts.inTraining) return ROWS.notInTraining;
      return t.facts.linked
        ? row(SIGN_IN, NF, OK, OK, FB, NF, NF, NF, FB, OK, NF, NF, NF, NF)
        : row(SIGN_IN, NF, OK, OK, FB, NF, NF, NF, NF, NF, NF, NF, NF, NF);
    },
  },

  // A skill of the record: as the record, and "not found" for a code the published schedule does not have.
  "/training/[apprenticeId]/skills/[skillCode]": {
    methods: GET, fill: { apprenticeId: "trainees", skillCode: "skillCodes" },
    expect: (t) => (t.facts.skill ? asTheRecord(t) : ROWS.notInTraining),
  },
  // Related instruction: as the record (members see it; the page shows each reader what they may do).
  "/training/[apprenticeId]/instruction": {
    methods: GET, fill: { apprenticeId: "trainees" },
    expect: asTheRecord,
  },

  // The training status and its history: as the record (the page offers owners and admins the forms).
  "/training/[apprenticeId]/status": {
    methods: GET, fill: { apprenticeId: "trainees" },
    expect: asTheRecord,
  },
  // Credentials: as the record (members see them; the page offers the form to the apprentice, owners and admins).
  "/training/[apprenticeId]/credentials": {
    methods: GET, fill: { apprenticeId: "trainees" },
    expect: asTheRecord,
  },

  // ── AAMI staff ──────────────────────────────────────────────────────────────────────────────────────────────
  "/staff": { methods: GET, expect: ROWS.staffPage },
  "/staff/queue": { methods: GET, expect: ROWS.staffPage },
  "/staff/queue/apprentices": { methods: GET, expect: ROWS.staffPage },
  "/staff/submissions/[submissionId]": { methods: GET, fill: { submissionId: "submissions" }, expect: ROWS.staffPage },
  "/staff/employers": { methods: GET, expect: ROWS.staffPage },
  "/staff/employers/[organizationId]": { methods: GET, fill: { organizationId: "organizations" }, expect: ROWS.staffPage },
  "/staff/apprentices": { methods: GET, expect: ROWS.staffPage },
  "/staff/raises": { methods: GET, expect: ROWS.staffPage },
  // A transfer proposed to an organization: its owners and admins answer it (members are told whose page it is);
  // the sending employer and everyone else get "not found".
  "/training/transfers/[transferId]": {
    methods: GET,
    fill: { transferId: "transfers" },
    expect: row(SIGN_IN, WELCOME, OK, OK, FB, NF, NF, FB, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME, WELCOME),
  },
  // Program-wide training figures and per employer: every staff member.
  "/staff/training": { methods: GET, expect: ROWS.staffPage },
  "/staff/apprentices/[apprenticeId]": { methods: GET, fill: { apprenticeId: "apprentices" }, expect: ROWS.staffPage },
  // Credentials waiting for AAMI: every staff member verifies them.
  "/staff/credentials": { methods: GET, expect: ROWS.staffPage },
  "/staff/candidates": { methods: GET, expect: ROWS.staffPage },
  "/staff/candidates/[candidateId]": { methods: GET, fill: { candidateId: "candidates" }, expect: ROWS.staffPage },
  // Registration Agencies: every staff member reads the list; only administrators open a state's correction form.
  "/staff/agencies": { methods: GET, expect: ROWS.staffPage },
  "/staff/agencies/[state]": {
    methods: GET, fill: { state: "agencyStates" },
    expect: (t) => t.facts.valid ? ROWS.staffAdminPage : row(SIGN_IN, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, FB, NF),
  },
  // Related-instruction providers: every staff member reads the list; staff administrators add and edit.
  "/staff/rti-providers": { methods: GET, expect: ROWS.staffPage },
  "/staff/rti-providers/new": { methods: GET, expect: ROWS.staffAdminPage },
  "/staff/rti-providers/[providerId]": { methods: GET, fill: { providerId: "rtiProviders" }, expect: ROWS.staffAdminPage },
  "/staff/documents": { methods: GET, expect: ROWS.staffAdminPage },
  // Every staff member reads the program standards; the actions that change them are for administrators.
  "/staff/standards": { methods: GET, expect: ROWS.staffPage },
  "/staff/settings": { methods: GET, expect: ROWS.staffAdminPage },

  // ── development only: "not found" for everyone in production ────────────────────────────────────────────────
  "/dev/mailbox": { methods: GET, expect: ROWS.everyone(NF) },
  "/dev/mailbox/[messageId]": { methods: GET, fill: { messageId: "mailMessages" }, expect: ROWS.everyone(NF) },

  // ── files and data (route handlers) ─────────────────────────────────────────────────────────────────────────
  "/api/auth/[...nextauth]": { methods: ["GET", "POST"], fill: { nextauth: "authActions" }, expect: ROWS.everyone(OK) },
  "/api/agreements/[agreementId]": { methods: GET, fill: { agreementId: "employerAgreements" }, expect: ROWS.tenantFile },
  "/api/packets/[packetId]": { methods: GET, fill: { packetId: "packets" }, expect: ROWS.tenantFile },
  "/api/apprentice-agreements/[agreementId]": { methods: GET, fill: { agreementId: "apprenticeAgreements" }, expect: ROWS.tenantFile },
  "/api/apprentice-agreements/by-link/[token]": {
    methods: GET, fill: { token: "signingTokens" },
    expect: (t) => ROWS.everyone(t.facts.valid ? OK : NF),
  },
  "/api/onboarding/agreement": { methods: GET, expect: row(AUTH, NF, OK, OK, OK, OK, OK, OK, NF, NF, NF, NF, NF, NF) },
  // The candidates a partner sees, as CSV; each exported candidate is a logged view, hence a POST.
  "/api/candidates/export": { methods: ["POST"], expect: row(AUTH, NF, OK, OK, OK, OK, OK, OK, NF, NF, NF, NF, NF, NF) },
  // Published documents: anyone signed in; drafts: staff administrators.
  "/api/documents/[documentId]": {
    methods: GET, fill: { documentId: "documents" },
    expect: (t) => t.facts.published
      ? row(AUTH, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK, OK)
      : row(AUTH, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, OK),
  },
  // The current National Standards and Training Objectives: public program documents, linked from the home page.
  "/api/program-documents/[kind]": {
    methods: GET, fill: { kind: "documentKinds" },
    expect: (t) => ROWS.everyone(t.facts.valid ? OK : NF),
  },
  // Listed: the home page shows it to everyone. Not listed: a preview for its members and staff.
  "/api/listings/[organizationId]/logo": {
    methods: GET, fill: { organizationId: "organizations" },
    expect: (t) => t.facts.listing === "public" ? ROWS.everyone(OK)
      : t.facts.listing === "preview" ? row(NF, NF, OK, OK, OK, NF, NF, NF, NF, NF, NF, NF, OK, OK)
      : ROWS.everyone(NF),
  },
  "/api/staff/apprentice-agreements/[agreementId]": { methods: GET, fill: { agreementId: "apprenticeAgreements" }, expect: ROWS.staffFile },
  // Full SSNs, and an audit row per apprentice: staff administrators only, by POST.
  "/api/staff/apprentices/rapids": {
    methods: ["POST"], form: { field: "id", source: "rapidsSelections" },
    expect: row(AUTH, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, OK),
  },
  // Cancellations, completions and transfers for RAPIDS (names, an audit row per change): staff administrators only,
  // by POST.
  "/api/staff/apprentices/status-changes": {
    methods: ["POST"], form: { field: "from", source: "statusChangeDays" },
    expect: row(AUTH, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, OK),
  },
  // The same, as the whole workbook (every tab).
  "/api/staff/apprentices/rapids/workbook": {
    methods: ["POST"], form: { field: "id", source: "rapidsSelections" },
    expect: row(AUTH, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, OK),
  },
  "/api/staff/candidates/export": { methods: GET, expect: ROWS.staffFile },
  // The training figures per employer (no personal data, nothing written): a GET for staff.
  "/api/staff/training/employers": { methods: GET, expect: ROWS.staffFile },
  // A sign-off's evidence (it may show the apprentice): whoever sees the training record, by POST, audited.
  "/api/training/evidence/[signOffId]": {
    methods: ["POST"], fill: { signOffId: "signOffs" },
    expect: row(AUTH, NF, OK, OK, OK, NF, NF, NF, OK, OK, NF, NF, NF, NF),
  },
  // A credential's evidence (a certificate with the apprentice's name): whoever sees the training record, and AAMI
  // staff, who verify it; by POST, audited.
  "/api/training/credentials/[credentialId]": {
    methods: ["POST"], fill: { credentialId: "credentials" },
    expect: row(AUTH, NF, OK, OK, OK, NF, NF, NF, OK, OK, NF, NF, OK, OK),
  },
  // AAMI's certificate of a verified completion: as a credential's evidence (the record's readers and AAMI staff).
  "/api/training/completions/[completionId]/certificate": {
    methods: ["POST"], fill: { completionId: "completions" },
    expect: row(AUTH, NF, OK, OK, OK, NF, NF, NF, OK, OK, NF, NF, OK, OK),
  },
  // DOL's certificate, once staff uploaded it: the apprentice, the employer's members and AAMI staff; not the mentor.
  "/api/training/completions/[completionId]/dol-certificate": {
    methods: ["POST"], fill: { completionId: "completions" },
    expect: (t) => t.facts.dol
      ? row(AUTH, NF, OK, OK, OK, NF, NF, NF, NF, OK, NF, NF, OK, OK)
      : row(AUTH, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF, NF),
  },
};
