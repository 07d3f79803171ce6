import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { isValidElement, type ReactElement } from "react";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PDFDocument } from "pdf-lib";
import { db } from "@/lib/db";
import { profileLink } from "@/lib/candidates/profile/link";
import { emailTokenHash } from "@/lib/email-token";
import { signingTokenHash } from "@/lib/apprentices/agreement/signing-link";
import { storeFile } from "@/lib/storage";
import { logWeekHours } from "@/lib/training/hours/actions";
import { requestTrainingSignOff, signOffTrainingSkill } from "@/lib/training/skills/actions";
import { enterTrainingCredential } from "@/lib/training/credentials/actions";
import { assignApprenticeMentor } from "@/lib/training/mentors/actions";
import { addDays, isoDay, mondayOf } from "@/lib/training/weeks";
import { DEMO_ACCOUNTS } from "@/prisma/demo-accounts";
import { apprentice } from "../support/apprentices";
import { verifiedCompletion } from "../support/completions";
import { signedAgreement } from "../support/apprentice-registration";
import { SESSION_COOKIE, createUser } from "../support/factories";
import { formData } from "../support/form";
import { drawImage } from "../support/images";
import { requestScope } from "../support/request-scope";
import { asUser } from "../support/sign-in";
import { INTEGRATION_DATABASE_URL, TEST_AUTH_SECRET } from "../support/test-env";
import { installWriteProbe } from "../support/write-probe";
import { currentStandardsId } from "../support/standards";

// Issue 13, point 5: a GET never writes. This file lists every page, layout and GET route handler under app/,
// calls each one as a user who may see it, on the demo data (prisma/seed.ts) plus the few records the seed lacks,
// and has Postgres itself count every row inserted, updated or deleted meanwhile (tests/support/write-probe.ts).
// The only writes allowed are in ALLOWED_WRITES below, each with its reason, and each must still happen (an entry
// that no longer applies fails too). A new page or route without a case here fails the first test. Last, every
// route handler that accepts a POST (or another writing method) must start with lib/http.ts' requireSameOrigin.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Writes on GET that are the product's rules, not accidents: file → the writes ("Table OPERATION") and why. */
const ALLOWED_WRITES: Record<string, { writes: string[]; why: string }> = {
  "app/(employer)/candidates/page.tsx": {
    writes: ["CandidateView INSERT"],
    why: "AAMI logs every sight of a candidate by an employer partner, a list page included (kind LIST).",
  },
  "app/(employer)/candidates/[candidateId]/page.tsx": {
    writes: ["CandidateView INSERT"],
    why: "AAMI logs every sight of a candidate: opening the profile shows contact details (kind PROFILE).",
  },
  "app/(employer)/onboarding/apprentices/new/page.tsx": {
    writes: ["CandidateView INSERT"],
    why: "Pre-filling an enrollment from a candidate shows their details, a logged sight like the profile.",
  },
  "app/api/auth/[...nextauth]/route.ts": {
    writes: ["AuditEvent INSERT", "Session INSERT", "User UPDATE", "VerificationToken DELETE"],
    why:
      "The emailed sign-in link is a GET by nature (a link in an email): Auth.js uses up the one-time token, " +
      "creates the session and marks the address verified; lib/auth records the sign-in in the audit log.",
  },
};

// Not listed, as no request here can show it: Auth.js extends a database session's expiry on its first use more
// than a day (updateAge) after the last extension, a Session UPDATE on whichever request that is. The sessions
// below are fresh, as right after sign-in.

/** Route handlers that accept a POST without requireSameOrigin, and why that is safe. */
const SAME_ORIGIN_EXEMPT: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js checks its own double-submit CSRF token on every POST.",
};

/** Route handlers whose POST hands the request to one shared handler, which checks the origin first itself. */
const SAME_ORIGIN_DELEGATES: Record<string, string> = {
  "app/api/staff/apprentices/rapids/route.ts": "lib/apprentices/staff/rapids-download.ts",
  "app/api/staff/apprentices/rapids/workbook/route.ts": "lib/apprentices/staff/rapids-download.ts",
  "app/api/training/completions/[completionId]/certificate/route.ts": "lib/training/certificates/download.ts",
  "app/api/training/completions/[completionId]/dol-certificate/route.ts": "lib/training/certificates/download.ts",
};

const WRITING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;

function filesUnder(dir: string, names: readonly string[]): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && names.includes(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

const routeFiles = () => filesUnder("app", ["route.ts"]);
const importApp = (file: string) =>
  import(/* @vite-ignore */ path.join(ROOT, file)) as Promise<Record<string, unknown>>;

// ─── calling pages and routes ───────────────────────────────────────────────────────────────────────────────────

type Page = (props: { params: Promise<object>; searchParams: Promise<object> }) => unknown;
type Handler = (request: Request, context: { params: Promise<object> }) => Promise<Response>;

/**
 * Runs the async server components of a rendered tree (the layout's header, say) the way Next would, so their
 * loaders run too. Other components are not called: they cannot await a query.
 */
async function runServerComponents(node: unknown): Promise<void> {
  if (Array.isArray(node)) {
    for (const child of node) await runServerComponents(child);
    return;
  }
  if (!isValidElement(node)) return;
  const { type, props } = node as ReactElement<Record<string, unknown>>;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
    await runServerComponents(await (type as (p: object) => Promise<unknown>)(props));
    return;
  }
  for (const value of Object.values(props)) await runServerComponents(value);
}

/** What a call came to: a rendered page (or a route's status), or where Next was told to go instead. */
async function outcomeOf(call: () => Promise<unknown>): Promise<string> {
  try {
    const result = await call();
    if (result instanceof Response) {
      await result.arrayBuffer(); // a streamed body runs its queries only while it is read
      return `status ${result.status}`;
    }
    await runServerComponents(result);
    return "rendered";
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return `redirect ${digest.split(";")[2]}`;
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return "not found";
    throw error;
  }
}

type Call = { as: string | null; run: () => Promise<unknown>; expect: string };

const page =
  (file: string, params: object = {}, searchParams: object = {}) =>
  async () =>
    ((await importApp(file)).default as Page)({
      params: Promise.resolve(params),
      searchParams: Promise.resolve(searchParams),
    });

const getRoute =
  (file: string, url: string, params: object = {}, headers: Record<string, string> = {}) =>
  async () =>
    ((await importApp(file)).GET as Handler)(new NextRequest(`http://localhost:3000${url}`, { headers }), {
      params: Promise.resolve(params),
    });

/** The dev mailbox exists only under NODE_ENV=development: these modules are loaded afresh with it set. */
const inDevelopment = (run: () => Promise<unknown>) => async () => {
  vi.stubEnv("NODE_ENV", "development");
  vi.resetModules();
  try {
    return await run();
  } finally {
    vi.unstubAllEnvs();
    vi.resetModules();
  }
};

// ─── the data ───────────────────────────────────────────────────────────────────────────────────────────────────

const run = promisify(execFile);

async function world() {
  await run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, NODE_ENV: "development" },
  });
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
  const [admin, reviewer, partner, submitted, step3] = await Promise.all([
    user(DEMO_ACCOUNTS.staffAdmin.email),
    user(DEMO_ACCOUNTS.staffReviewer.email),
    user(DEMO_ACCOUNTS.employerApproved.email),
    user(DEMO_ACCOUNTS.employerSubmitted.email),
    user(DEMO_ACCOUNTS.employerAtStep3.email),
  ]);
  const orgOf = async (userId: string) =>
    (await db.membership.findFirstOrThrow({ where: { userId }, include: { organization: true } })).organization;
  const [org, submittedOrg, step3Org] = await Promise.all([orgOf(partner.id), orgOf(submitted.id), orgOf(step3.id)]);
  const membership = await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: partner.id } });
  const submission = await db.submission.findFirstOrThrow({ where: { organizationId: submittedOrg.id } });
  const employerAgreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: submittedOrg.id } });
  const packet = await db.registrationPacket.findFirstOrThrow({ where: { organizationId: org.id } });
  const pending = await db.apprentice.findFirstOrThrow({
    where: { organizationId: org.id, status: "PENDING_REGISTRATION" },
  });
  const mentor = await db.mentor.findFirstOrThrow({ where: { organizationId: org.id } });
  const provider = await db.rtiProvider.findFirstOrThrow();
  const position = await db.position.findFirstOrThrow({ where: { organizationId: org.id } });
  const document = await db.programDocument.findFirstOrThrow({ where: { publishedAt: { not: null } } });
  // A candidate the partner may see: one its list shows (an allowed write, before anything is counted).
  const { listCandidatesForPartner } = await import("@/lib/candidates/partner/data");
  const { parseCandidateFilters } = await import("@/lib/candidates/partner/filters");
  const shown = await asUser(partner.id, () => listCandidatesForPartner(parseCandidateFilters({}), 1));
  const candidate = shown.candidates[0]!;

  // What the seed has no example of: the signed agreement PDF of the registration waiting for AAMI, a draft
  // enrollment, one waiting for the apprentice's signature (its emailed link), the organization's logo, a mail in
  // the outbox, a user with no organization and a pending sign-in link.
  const apprenticeAgreement = await signedAgreement(db, pending);
  const draft = await apprentice(db, org.id, "Draft", "DRAFT");
  const waiting = await apprentice(db, org.id, "Waiting", "PENDING_SIGNATURES");
  const signingToken = "signing-token-of-the-no-writes-test-0123456789";
  await db.apprenticeAgreement.create({
    data: {
      standardsVersionId: await currentStandardsId(db),
      apprenticeId: waiting.id,
      organizationId: org.id,
      fileId: apprenticeAgreement.fileId,
      signingTokenHash: signingTokenHash(signingToken),
      signingTokenExpiresAt: new Date(Date.now() + 86_400_000),
      employerSignerName: "Dana Brooks",
      employerSignerTitle: "HTM Manager",
      employerSignedAt: new Date(),
    },
  });
  const logo = await storeFile(db, {
    organizationId: org.id,
    filename: "logo.png",
    contentType: "image/png",
    bytes: await drawImage("png", 40, 20),
  });
  await db.organization.update({ where: { id: org.id }, data: { listingLogoFileId: logo.id } });
  const mail = await db.mailMessage.create({
    data: { to: "someone@example.test", subject: "Hello", html: "<p>Hello</p>", text: "Hello", template: "test" },
  });
  // A registration waiting for its contact to confirm from the emailed link.
  const registrationToken = "registration-token-of-the-no-writes-test-0123";
  await db.organizationRequest.create({
    data: {
      tokenHash: emailTokenHash(registrationToken),
      expiresAt: new Date(Date.now() + 86_400_000),
      contactEmail: "hr@new-hospital.example",
      contactName: "Ravi Shah",
      details: {
        legalName: "New Hospital",
        addressLine1: "1 Main Street",
        city: "Madison",
        county: "Dane",
        state: "WI",
        postalCode: "53703",
        contactName: "Ravi Shah",
        contactEmail: "hr@new-hospital.example",
        contactPhone: "608-555-0100",
        apprenticesWanted: 1,
      },
    },
  });
  // A training record with something on every training page: the approved apprentice (moved to a start three weeks
  // ago, so weeks can be logged) gets the organization's mentor through the real action, which gives both their
  // sign-ins, and logs last week's hours, which wait in the mentor's queue.
  const trainee = await db.apprentice.update({
    where: { id: (await db.apprentice.findFirstOrThrow({ where: { organizationId: org.id, status: "APPROVED" } })).id },
    data: { startDate: addDays(mondayOf(new Date()), -21) },
  });
  await expect(
    asUser(partner.id, () => assignApprenticeMentor(formData({ apprenticeId: trainee.id, mentorId: mentor.id }))),
  ).rejects.toMatchObject({ digest: expect.stringContaining(`;/training/${trainee.id}?done=mentor;`) });
  const linked = await db.apprentice.findUniqueOrThrow({
    where: { id: trainee.id },
    select: { user: true, mentor: { select: { user: true } } },
  });
  const [traineeUser, mentorUser] = [linked.user!, linked.mentor!.user!];
  const loggedWeek = isoDay(addDays(mondayOf(new Date()), -7));
  await expect(
    asUser(traineeUser.id, () =>
      logWeekHours(
        formData({
          apprenticeId: trainee.id,
          weekStart: loggedWeek,
          skillSetKey: "SAFETY",
          entryId: "",
          correctsId: "",
          rowVersion: "",
          day0: "8",
          day1: "7.5",
          note: "",
        }),
      ),
    ),
  ).rejects.toMatchObject({
    digest: expect.stringContaining(`;/training/${trainee.id}/log?week=${loggedWeek}&done=saved;`),
  });
  // A skill signed off by the mentor with a PDF as evidence, and another the apprentice asked for: the skill page
  // shows a sign-off with its history and a request.
  const evidence = formData({
    apprenticeId: trainee.id,
    skillCode: "1.01",
    demonstratedOn: loggedWeek,
    note: "Walked the safety rounds.",
  });
  const checklist = await PDFDocument.create();
  checklist.addPage().drawText("Checklist of skill 1.01");
  evidence.set("evidence", new File([Buffer.from(await checklist.save())], "checklist.pdf"));
  await expect(asUser(mentorUser.id, () => signOffTrainingSkill(evidence))).rejects.toMatchObject({
    digest: expect.stringContaining(`;/training/${trainee.id}/skills/1.01?done=signed;`),
  });
  await expect(
    asUser(traineeUser.id, () =>
      requestTrainingSignOff(formData({ apprenticeId: trainee.id, skillCode: "1.02", note: "Ready." })),
    ),
  ).rejects.toMatchObject({ digest: expect.stringContaining(`;/training/${trainee.id}/skills/1.02?done=requested;`) });
  // A credential the apprentice entered, waiting for AAMI: the credentials page lists it, the staff apprentice page
  // offers to verify or return it, and the staff list shows it.
  const credential = formData({ apprenticeId: trainee.id, kind: "CABT", earnedOn: loggedWeek });
  credential.set("evidence", new File([Buffer.from(await checklist.save())], "cabt.pdf"));
  await expect(asUser(traineeUser.id, () => enterTrainingCredential(credential))).rejects.toMatchObject({
    digest: expect.stringContaining(`;/training/${trainee.id}/credentials?done=entered;`),
  });
  // AAMI verified the trainee's completion: the status page and the staff apprentice page show the certificates (and
  // offer staff the upload of DOL's), and /verify/<code> confirms AAMI's.
  const completion = await verifiedCompletion(db, trainee, { requestedById: partner.id, decidedById: reviewer.id });
  // Another employer proposes to transfer its apprentice to the partner: the partner's page to answer it.
  const mover = await apprentice(db, submittedOrg.id, "Mover", "REGISTERED");
  const transfer = await db.trainingTransfer.create({
    data: {
      apprenticeId: mover.id,
      fromOrganizationId: submittedOrg.id,
      toOrganizationId: org.id,
      // Today: the page offers to accept it (it would only say "from" a later day).
      effectiveOn: new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`),
      proposedById: submitted.id,
    },
  });
  const newcomer = await createUser(db);
  const signInToken = "sign-in-token-of-the-no-writes-test";
  await db.verificationToken.create({
    data: {
      identifier: newcomer.email,
      token: createHash("sha256").update(`${signInToken}${TEST_AUTH_SECRET}`).digest("hex"),
      expires: new Date(Date.now() + 3_600_000),
    },
  });

  // Sessions as Auth.js makes them at sign-in (30 days), made now so that the calls below only use them.
  const sessions = new Map<string, string>();
  for (const u of [admin, reviewer, partner, step3, newcomer, traineeUser, mentorUser]) {
    const token = randomBytes(32).toString("hex");
    await db.session.create({
      data: { sessionToken: token, userId: u.id, expires: new Date(Date.now() + 30 * 86_400_000) },
    });
    sessions.set(u.id, token);
  }

  return {
    sessions,
    provider,
    admin,
    reviewer,
    partner,
    step3,
    newcomer,
    trainee,
    traineeUser,
    mentorUser,
    loggedWeek,
    org,
    step3Org,
    membership,
    submission,
    employerAgreement,
    packet,
    pending,
    apprenticeAgreement,
    draft,
    mentor,
    position,
    document,
    candidate,
    signingToken,
    signInToken,
    mail,
    profileToken: profileLink({ id: candidate.id, linkVersion: 1 }).token,
    registrationToken,
    completion,
    transfer,
  };
}

type World = Awaited<ReturnType<typeof world>>;

/**
 * Every page, layout and GET route under app/, each called as someone who may use it and with what it should
 * come to (so a call that only hit "not found" cannot pass for one that ran its loaders).
 */
function cases(w: World): Record<string, Call[]> {
  const employer = (file: string, params?: object, searchParams?: object): Call[] => [
    { as: w.partner.id, run: page(file, params, searchParams), expect: "rendered" },
  ];
  const staff = (file: string, params?: object): Call[] => [
    { as: w.admin.id, run: page(file, params), expect: "rendered" },
  ];
  const visitor = (file: string, params?: object): Call[] => [
    { as: null, run: page(file, params), expect: "rendered" },
  ];
  return {
    "app/layout.tsx": [
      { as: w.partner.id, run: page("app/layout.tsx"), expect: "rendered" },
      { as: w.admin.id, run: page("app/layout.tsx"), expect: "rendered" },
      { as: null, run: page("app/layout.tsx"), expect: "rendered" },
    ],
    "app/dashboard/page.tsx": [
      { as: w.partner.id, run: page("app/dashboard/page.tsx"), expect: "redirect /onboarding" },
    ],
    "app/dev/mailbox/page.tsx": [
      { as: null, run: inDevelopment(page("app/dev/mailbox/page.tsx")), expect: "rendered" },
    ],
    "app/dev/mailbox/[messageId]/page.tsx": [
      {
        as: null,
        run: inDevelopment(page("app/dev/mailbox/[messageId]/page.tsx", { messageId: w.mail.id })),
        expect: "rendered",
      },
    ],

    "app/(public)/page.tsx": visitor("app/(public)/page.tsx"),
    "app/(public)/apprentices/agreement/[token]/page.tsx": visitor(
      "app/(public)/apprentices/agreement/[token]/page.tsx",
      {
        token: w.signingToken,
      },
    ),
    "app/(public)/apprentices/agreement/signed/page.tsx": visitor("app/(public)/apprentices/agreement/signed/page.tsx"),
    "app/(public)/apprentices/interest/page.tsx": visitor("app/(public)/apprentices/interest/page.tsx"),
    "app/(public)/apprentices/interest/thanks/page.tsx": visitor("app/(public)/apprentices/interest/thanks/page.tsx"),
    "app/(public)/apprentices/profile/page.tsx": visitor("app/(public)/apprentices/profile/page.tsx"),
    "app/(public)/apprentices/profile/[token]/page.tsx": visitor("app/(public)/apprentices/profile/[token]/page.tsx", {
      token: w.profileToken,
    }),
    "app/(public)/apprentices/profile/deleted/page.tsx": visitor("app/(public)/apprentices/profile/deleted/page.tsx"),
    "app/(public)/verify/[code]/page.tsx": [
      ...visitor("app/(public)/verify/[code]/page.tsx", { code: w.completion.certificateCode.toLowerCase() }),
      { as: null, run: page("app/(public)/verify/[code]/page.tsx", { code: "ABCDE-FGHJK" }), expect: "not found" },
    ],
    "app/(public)/employers/start/page.tsx": visitor("app/(public)/employers/start/page.tsx"),
    "app/(public)/employers/start/done/page.tsx": visitor("app/(public)/employers/start/done/page.tsx"),
    "app/(public)/employers/start/confirm/[token]/page.tsx": visitor(
      "app/(public)/employers/start/confirm/[token]/page.tsx",
      {
        token: w.registrationToken,
      },
    ),
    "app/(public)/employers/start/created/page.tsx": visitor("app/(public)/employers/start/created/page.tsx"),
    "app/(public)/employers/start/claimed/page.tsx": visitor("app/(public)/employers/start/claimed/page.tsx"),
    "app/(public)/signin/page.tsx": visitor("app/(public)/signin/page.tsx"),
    "app/(public)/signin/check-email/page.tsx": visitor("app/(public)/signin/check-email/page.tsx"),
    "app/(public)/signin/error/page.tsx": visitor("app/(public)/signin/error/page.tsx"),
    "app/health/page.tsx": visitor("app/health/page.tsx"),

    "app/(employer)/welcome/page.tsx": [
      { as: w.newcomer.id, run: page("app/(employer)/welcome/page.tsx"), expect: "rendered" },
    ],
    "app/(employer)/onboarding/page.tsx": [
      ...employer("app/(employer)/onboarding/page.tsx"),
      { as: w.step3.id, run: page("app/(employer)/onboarding/page.tsx"), expect: "rendered" },
    ],
    "app/(employer)/onboarding/standards/page.tsx": employer("app/(employer)/onboarding/standards/page.tsx"),
    "app/(employer)/onboarding/position/page.tsx": [
      ...employer("app/(employer)/onboarding/position/page.tsx"),
      { as: w.step3.id, run: page("app/(employer)/onboarding/position/page.tsx"), expect: "rendered" },
    ],
    "app/(employer)/onboarding/position/[positionId]/page.tsx": employer(
      "app/(employer)/onboarding/position/[positionId]/page.tsx",
      { positionId: w.position.id },
    ),
    "app/(employer)/onboarding/funding/page.tsx": employer("app/(employer)/onboarding/funding/page.tsx"),
    "app/(employer)/onboarding/mentor/page.tsx": employer("app/(employer)/onboarding/mentor/page.tsx"),
    "app/(employer)/onboarding/mentor/[mentorId]/page.tsx": employer(
      "app/(employer)/onboarding/mentor/[mentorId]/page.tsx",
      {
        mentorId: w.mentor.id,
      },
    ),
    "app/(employer)/onboarding/agreement/page.tsx": employer("app/(employer)/onboarding/agreement/page.tsx"),
    "app/(employer)/onboarding/submit/page.tsx": employer("app/(employer)/onboarding/submit/page.tsx"),
    "app/(employer)/onboarding/apprentices/page.tsx": employer("app/(employer)/onboarding/apprentices/page.tsx"),
    "app/(employer)/onboarding/apprentices/new/page.tsx": employer(
      "app/(employer)/onboarding/apprentices/new/page.tsx",
      {},
      { candidate: w.candidate.id },
    ),
    "app/(employer)/onboarding/apprentices/[apprenticeId]/page.tsx": employer(
      "app/(employer)/onboarding/apprentices/[apprenticeId]/page.tsx",
      { apprenticeId: w.pending.id },
    ),
    "app/(employer)/onboarding/apprentices/[apprenticeId]/edit/page.tsx": employer(
      "app/(employer)/onboarding/apprentices/[apprenticeId]/edit/page.tsx",
      { apprenticeId: w.draft.id },
    ),
    "app/(employer)/candidates/page.tsx": employer("app/(employer)/candidates/page.tsx"),
    "app/(employer)/candidates/[candidateId]/page.tsx": employer("app/(employer)/candidates/[candidateId]/page.tsx", {
      candidateId: w.candidate.id,
    }),
    "app/(employer)/organization/listing/page.tsx": employer("app/(employer)/organization/listing/page.tsx"),
    "app/(employer)/organization/members/page.tsx": employer("app/(employer)/organization/members/page.tsx"),
    "app/(employer)/organization/members/[membershipId]/page.tsx": employer(
      "app/(employer)/organization/members/[membershipId]/page.tsx",
      { membershipId: w.membership.id },
    ),

    "app/(training)/training/page.tsx": [
      ...employer("app/(training)/training/page.tsx"),
      { as: w.mentorUser.id, run: page("app/(training)/training/page.tsx"), expect: "rendered" },
      // An apprentice with nothing else to see goes to their record.
      {
        as: w.traineeUser.id,
        run: page("app/(training)/training/page.tsx"),
        expect: `redirect /training/${w.trainee.id}`,
      },
    ],
    "app/(training)/training/[apprenticeId]/page.tsx": [
      ...employer("app/(training)/training/[apprenticeId]/page.tsx", { apprenticeId: w.trainee.id }),
      ...[w.mentorUser.id, w.traineeUser.id].map((as) => ({
        as,
        run: page("app/(training)/training/[apprenticeId]/page.tsx", { apprenticeId: w.trainee.id }),
        expect: "rendered",
      })),
    ],
    "app/(training)/training/[apprenticeId]/log/page.tsx": [
      ...employer("app/(training)/training/[apprenticeId]/log/page.tsx", { apprenticeId: w.trainee.id }),
      {
        as: w.traineeUser.id,
        run: page(
          "app/(training)/training/[apprenticeId]/log/page.tsx",
          { apprenticeId: w.trainee.id },
          { week: w.loggedWeek },
        ),
        expect: "rendered",
      },
    ],
    "app/(training)/training/[apprenticeId]/skills/[skillCode]/page.tsx": [
      ...["1.01", "1.02"].flatMap((skillCode) =>
        [w.partner.id, w.mentorUser.id, w.traineeUser.id].map((as) => ({
          as,
          run: page(
            "app/(training)/training/[apprenticeId]/skills/[skillCode]/page.tsx",
            { apprenticeId: w.trainee.id, skillCode },
            { done: "signed" },
          ),
          expect: "rendered",
        })),
      ),
    ],
    "app/(training)/training/[apprenticeId]/instruction/page.tsx": [
      ...employer("app/(training)/training/[apprenticeId]/instruction/page.tsx", { apprenticeId: w.trainee.id }),
      ...[w.mentorUser.id, w.traineeUser.id].map((as) => ({
        as,
        run: page("app/(training)/training/[apprenticeId]/instruction/page.tsx", { apprenticeId: w.trainee.id }),
        expect: "rendered",
      })),
    ],
    "app/(training)/training/[apprenticeId]/status/page.tsx": [
      ...employer("app/(training)/training/[apprenticeId]/status/page.tsx", { apprenticeId: w.trainee.id }),
      ...[w.mentorUser.id, w.traineeUser.id].map((as) => ({
        as,
        run: page("app/(training)/training/[apprenticeId]/status/page.tsx", { apprenticeId: w.trainee.id }),
        expect: "rendered",
      })),
    ],
    "app/(training)/training/transfers/[transferId]/page.tsx": employer(
      "app/(training)/training/transfers/[transferId]/page.tsx",
      { transferId: w.transfer.id },
    ),
    "app/(training)/training/[apprenticeId]/credentials/page.tsx": [
      ...employer("app/(training)/training/[apprenticeId]/credentials/page.tsx", { apprenticeId: w.trainee.id }),
      ...[w.mentorUser.id, w.traineeUser.id].map((as) => ({
        as,
        run: page("app/(training)/training/[apprenticeId]/credentials/page.tsx", { apprenticeId: w.trainee.id }),
        expect: "rendered",
      })),
    ],
    "app/(training)/training/review/page.tsx": [
      ...employer("app/(training)/training/review/page.tsx"),
      { as: w.mentorUser.id, run: page("app/(training)/training/review/page.tsx"), expect: "rendered" },
    ],

    "app/(staff)/staff/page.tsx": [
      ...staff("app/(staff)/staff/page.tsx"),
      { as: w.reviewer.id, run: page("app/(staff)/staff/page.tsx"), expect: "rendered" },
    ],
    "app/(staff)/staff/queue/page.tsx": staff("app/(staff)/staff/queue/page.tsx"),
    "app/(staff)/staff/queue/apprentices/page.tsx": staff("app/(staff)/staff/queue/apprentices/page.tsx"),
    "app/(staff)/staff/submissions/[submissionId]/page.tsx": [
      ...staff("app/(staff)/staff/submissions/[submissionId]/page.tsx", { submissionId: w.submission.id }),
      {
        as: w.reviewer.id,
        run: page("app/(staff)/staff/submissions/[submissionId]/page.tsx", { submissionId: w.submission.id }),
        expect: "rendered",
      },
    ],
    "app/(staff)/staff/apprentices/page.tsx": [
      ...staff("app/(staff)/staff/apprentices/page.tsx"),
      { as: w.reviewer.id, run: page("app/(staff)/staff/apprentices/page.tsx"), expect: "rendered" },
    ],
    // Waiting for approval, and in training with a credential waiting for AAMI.
    "app/(staff)/staff/apprentices/[apprenticeId]/page.tsx": [w.pending.id, w.trainee.id].flatMap((apprenticeId) =>
      staff("app/(staff)/staff/apprentices/[apprenticeId]/page.tsx", { apprenticeId }),
    ),
    "app/(staff)/staff/candidates/page.tsx": staff("app/(staff)/staff/candidates/page.tsx"),
    "app/(staff)/staff/candidates/[candidateId]/page.tsx": staff(
      "app/(staff)/staff/candidates/[candidateId]/page.tsx",
      {
        candidateId: w.candidate.id,
      },
    ),
    "app/(staff)/staff/employers/page.tsx": staff("app/(staff)/staff/employers/page.tsx"),
    "app/(staff)/staff/employers/[organizationId]/page.tsx": staff(
      "app/(staff)/staff/employers/[organizationId]/page.tsx",
      {
        organizationId: w.org.id,
      },
    ),
    "app/(staff)/staff/documents/page.tsx": staff("app/(staff)/staff/documents/page.tsx"),
    "app/(staff)/staff/settings/page.tsx": staff("app/(staff)/staff/settings/page.tsx"),
    "app/(staff)/staff/standards/page.tsx": staff("app/(staff)/staff/standards/page.tsx"),
    "app/(staff)/staff/agencies/page.tsx": staff("app/(staff)/staff/agencies/page.tsx"),
    "app/(staff)/staff/raises/page.tsx": staff("app/(staff)/staff/raises/page.tsx"),
    "app/(staff)/staff/training/page.tsx": staff("app/(staff)/staff/training/page.tsx"),
    "app/(staff)/staff/agencies/[state]/page.tsx": staff("app/(staff)/staff/agencies/[state]/page.tsx", {
      state: "WI",
    }),
    "app/(staff)/staff/credentials/page.tsx": staff("app/(staff)/staff/credentials/page.tsx"),
    "app/(staff)/staff/rti-providers/page.tsx": staff("app/(staff)/staff/rti-providers/page.tsx"),
    "app/(staff)/staff/rti-providers/new/page.tsx": staff("app/(staff)/staff/rti-providers/new/page.tsx"),
    "app/(staff)/staff/rti-providers/[providerId]/page.tsx": staff(
      "app/(staff)/staff/rti-providers/[providerId]/page.tsx",
      { providerId: w.provider.id },
    ),

    "app/api/agreements/[agreementId]/route.ts": [
      {
        as: w.admin.id,
        run: getRoute("app/api/agreements/[agreementId]/route.ts", "/api/agreements/x", {
          agreementId: w.employerAgreement.id,
        }),
        expect: "status 200",
      },
    ],
    "app/api/apprentice-agreements/[agreementId]/route.ts": [
      {
        as: w.partner.id,
        run: getRoute("app/api/apprentice-agreements/[agreementId]/route.ts", "/api/apprentice-agreements/x", {
          agreementId: w.apprenticeAgreement.id,
        }),
        expect: "status 200",
      },
    ],
    "app/api/apprentice-agreements/by-link/[token]/route.ts": [
      {
        as: null,
        run: getRoute(
          "app/api/apprentice-agreements/by-link/[token]/route.ts",
          "/api/apprentice-agreements/by-link/x",
          {
            token: w.signingToken,
          },
        ),
        expect: "status 200",
      },
    ],
    "app/api/documents/[documentId]/route.ts": [
      {
        as: w.partner.id,
        run: getRoute("app/api/documents/[documentId]/route.ts", "/api/documents/x", { documentId: w.document.id }),
        expect: "status 200",
      },
    ],
    "app/api/listings/[organizationId]/logo/route.ts": [
      {
        as: w.partner.id,
        run: getRoute("app/api/listings/[organizationId]/logo/route.ts", "/api/listings/x/logo", {
          organizationId: w.org.id,
        }),
        expect: "status 200",
      },
    ],
    "app/api/program-documents/[kind]/route.ts": [
      {
        as: null,
        run: getRoute("app/api/program-documents/[kind]/route.ts", "/api/program-documents/x", {
          kind: "training-objectives",
        }),
        expect: "status 200",
      },
    ],
    "app/api/onboarding/agreement/route.ts": [
      {
        as: w.partner.id,
        run: getRoute("app/api/onboarding/agreement/route.ts", "/api/onboarding/agreement"),
        expect: "status 200",
      },
    ],
    "app/api/packets/[packetId]/route.ts": [
      {
        as: w.partner.id,
        run: getRoute("app/api/packets/[packetId]/route.ts", "/api/packets/x", { packetId: w.packet.id }),
        expect: "status 200",
      },
    ],
    "app/api/staff/apprentice-agreements/[agreementId]/route.ts": [
      {
        as: w.admin.id,
        run: getRoute(
          "app/api/staff/apprentice-agreements/[agreementId]/route.ts",
          "/api/staff/apprentice-agreements/x",
          {
            agreementId: w.apprenticeAgreement.id,
          },
        ),
        expect: "status 200",
      },
    ],
    "app/api/staff/training/employers/route.ts": [
      {
        as: w.admin.id,
        run: getRoute("app/api/staff/training/employers/route.ts", "/api/staff/training/employers"),
        expect: "status 200",
      },
    ],
    "app/api/staff/candidates/export/route.ts": [
      {
        as: w.admin.id,
        run: getRoute("app/api/staff/candidates/export/route.ts", "/api/staff/candidates/export"),
        expect: "status 200",
      },
    ],
    "app/api/auth/[...nextauth]/route.ts": [
      {
        as: w.partner.id,
        run: getRoute("app/api/auth/[...nextauth]/route.ts", "/api/auth/session"),
        expect: "status 200",
      },
      { as: null, run: getRoute("app/api/auth/[...nextauth]/route.ts", "/api/auth/csrf"), expect: "status 200" },
      { as: null, run: getRoute("app/api/auth/[...nextauth]/route.ts", "/api/auth/providers"), expect: "status 200" },
      {
        as: null,
        run: getRoute(
          "app/api/auth/[...nextauth]/route.ts",
          `/api/auth/callback/email?${new URLSearchParams({ token: w.signInToken, email: w.newcomer.email })}`,
        ),
        expect: "status 302",
      },
    ],
  };
}

// ─── the tests ──────────────────────────────────────────────────────────────────────────────────────────────────

let w: World;
let probe: Awaited<ReturnType<typeof installWriteProbe>>;
beforeAll(async () => {
  w = await world();
  probe = await installWriteProbe(INTEGRATION_DATABASE_URL);
}, 60_000);
afterAll(() => probe?.remove());

/** Every page, layout and GET route handler under app/: what the tests below must cover. */
const getRoutes: string[] = [];
for (const file of routeFiles()) if ("GET" in (await importApp(file))) getRoutes.push(file);
const GET_FILES = [...filesUnder("app", ["page.tsx", "layout.tsx"]), ...getRoutes].sort();

describe("GET requests", () => {
  it("are all covered: no case here for a page or route that no longer exists", () => {
    expect(GET_FILES.length).toBeGreaterThan(50);
    expect(Object.keys(cases(w)).filter((file) => !GET_FILES.includes(file))).toEqual([]);
    expect(Object.keys(ALLOWED_WRITES).filter((file) => !GET_FILES.includes(file))).toEqual([]);
    expect(probe.tables).toBeGreaterThan(30);
  });

  it.each(GET_FILES)("%s writes nothing (or only what ALLOWED_WRITES names)", async (file) => {
    const calls = cases(w)[file];
    expect(calls, `no case for ${file} in this test`).toBeDefined();
    await probe.reset();
    const outcomes: string[] = [];
    for (const { as, run } of calls!) {
      const cookies: Record<string, string> = as ? { [SESSION_COOKIE]: w.sessions.get(as)! } : {};
      outcomes.push(await outcomeOf(() => requestScope.run(cookies, run)));
    }
    expect({ outcomes, writes: await probe.writes() }).toEqual({
      outcomes: calls!.map((c) => c.expect),
      writes: ALLOWED_WRITES[file]?.writes ?? [],
    });
  });
});

describe("route handlers that accept a POST (or PUT, PATCH, DELETE)", () => {
  it("check first that the request came from the portal's own pages (requireSameOrigin)", async () => {
    const unchecked: string[] = [];
    for (const file of routeFiles()) {
      const methods = Object.keys(await importApp(file)).filter((m) =>
        (WRITING_METHODS as readonly string[]).includes(m),
      );
      if (methods.length === 0 || file in SAME_ORIGIN_EXEMPT) continue;
      const delegate = SAME_ORIGIN_DELEGATES[file];
      const own = readFileSync(path.join(ROOT, file), "utf8");
      if (delegate && !own.includes(`from "@/${delegate.replace(/\.ts$/, "")}"`)) {
        unchecked.push(`${file} (does not hand the request to ${delegate})`);
        continue;
      }
      const source = delegate ? readFileSync(path.join(ROOT, delegate), "utf8") : own;
      const checks = source.match(/requireSameOrigin\(request\);/g)?.length ?? 0;
      if (checks < methods.length) unchecked.push(`${file} (${methods.join(", ")})`);
    }
    expect(unchecked).toEqual([]);
  });
});
