import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendInterest } from "@/lib/candidates/partner/actions";
import { CANDIDATES_PAGE_SIZE, getCandidateForPartner, listCandidatesForPartner } from "@/lib/candidates/partner/data";
import { parseCandidateFilters } from "@/lib/candidates/partner/filters";
import { alreadySentMessage } from "@/lib/candidates/partner/schemas";
import { createTransport } from "@/lib/mail/transport";
import { deliverDueMail } from "@/lib/mail/worker";
import * as exportRoute from "@/app/api/candidates/export/route";
import CandidatesPage from "@/app/(employer)/candidates/page";
import CandidatePage from "@/app/(employer)/candidates/[candidateId]/page";
import { addMember, createCandidate, createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { asUser, signInAs } from "../support/sign-in";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";
import { reviewedOrganization, type ReviewOutcome } from "../support/submission";

// Employer partners browsing candidates (/candidates). Organizations are taken through the real review actions;
// candidates are made directly, as the public interest form would store them.

type Org = Awaited<ReturnType<typeof reviewedOrganization>>;

let reviewer: Awaited<ReturnType<typeof createUser>>;
/** Approved, in Wisconsin: sees the Midwest and candidates who named Wisconsin. */
let wisconsin: Org;
/** Registered with DOL, in Texas: sees the Southwest and candidates who named Texas. */
let texas: Org;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  await publishBothDocuments(db);
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Riley Reviewer" });
  wisconsin = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Lakeshore Partner Health", state: "WI" });
  texas = await reviewedOrganization(reviewer.id, "ACCEPTED", { name: "Alamo Partner Hospital", state: "TX" });
}, 120_000);
afterAll(() => smtp.stop());

// Lists and mail are asserted whole, so every test starts without candidates (their views, interests and events
// go too) and with an empty mail queue.
beforeEach(async () => {
  await db.candidate.deleteMany();
  await db.mailMessage.deleteMany();
});

const NOT_FOUND_PAGE = expect.objectContaining({ digest: expect.stringContaining("404") });
const filters = (params: Record<string, string> = {}) => parseCandidateFilters(params);
const list = async (params: Record<string, string> = {}, page = 1) =>
  (await listCandidatesForPartner(filters(params), page)).candidates.map((c) => c.firstName);
const listPage = async (params: Record<string, string> = {}) =>
  html(await CandidatesPage({ searchParams: Promise.resolve(params) }));
const profilePage = async (candidateId: string, sent?: string) =>
  html(
    await CandidatePage({
      params: Promise.resolve({ candidateId }),
      searchParams: Promise.resolve(sent ? { sent } : {}),
    }),
  );
/** The list's download form as the browser posts it, from the portal's own origin unless told otherwise. */
const exportCsv = (fields: Record<string, string> = {}, origin: string | null = "http://localhost:3000") =>
  exportRoute.POST(
    new Request("http://localhost:3000/api/candidates/export", {
      method: "POST",
      headers: origin === null ? {} : { origin },
      body: new URLSearchParams(fields),
    }),
  );
const interestForm = (candidateId: string, message = "We have a BMET apprenticeship opening at our Madison campus.") =>
  formData({ candidateId, message });
const toProfile = (candidateId: string) =>
  expect.objectContaining({ digest: expect.stringContaining(`;/candidates/${candidateId}?sent=1;`) });
/** Openings of the candidate's profile (the list and exports log their own kinds of view). */
const viewsOf = (candidateId: string) =>
  db.candidateView.findMany({
    where: { candidateId, kind: "PROFILE" },
    select: { organizationId: true, userId: true },
  });
const mailTo = (to: string) => db.mailMessage.findMany({ where: { to, template: "employer-interest" } });

describe("who may see candidates", () => {
  it("refuses organizations AAMI has not approved, anonymous callers and staff, and records nothing", async () => {
    const candidate = await createCandidate(db, { firstName: "Hidden", lastName: "Everywhere" });
    const pending: Array<{ label: string; owner: { id: string } }> = [];
    for (const outcome of ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "REJECTED"] satisfies ReviewOutcome[]) {
      pending.push({ label: outcome, ...(await reviewedOrganization(reviewer.id, outcome, { state: "WI" })) });
    }
    pending.push({ label: "no submission", ...(await createOrganization(db, { state: "WI" })) });

    for (const { label, owner } of pending) {
      await signInAs(owner.id);
      const refused = { code: "FORBIDDEN", message: expect.stringContaining("once AAMI approves") };
      await expect(listCandidatesForPartner(filters(), 1), label).rejects.toMatchObject(refused);
      await expect(getCandidateForPartner(candidate.id), label).rejects.toMatchObject(refused);
      expect(await sendInterest(interestForm(candidate.id)), label).toMatchObject({
        ok: false,
        message: expect.stringContaining("once AAMI approves"),
      });
      expect((await exportCsv()).status, label).toBe(404);
      // The pages explain and point to the checklist instead.
      for (const page of [await listPage(), await profilePage(candidate.id)]) {
        expect(page, label).toContain("Candidates are available once AAMI approves your organization");
        expect(page, label).toContain('href="/onboarding"');
        expect(page, label).not.toContain("Everywhere");
        expect(page, label).not.toContain(candidate.email);
      }
    }

    // Staff are members of no organization: the employer area is not theirs.
    await signInAs(reviewer.id);
    await expect(listCandidatesForPartner(filters(), 1)).rejects.toMatchObject({ code: "NO_ORGANIZATION" });
    await expect(getCandidateForPartner(candidate.id)).rejects.toMatchObject({ code: "NO_ORGANIZATION" });
    expect(await sendInterest(interestForm(candidate.id))).toMatchObject({ ok: false });
    expect((await exportCsv()).status).toBe(404);

    requestScope.clear();
    await expect(listCandidatesForPartner(filters(), 1)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getCandidateForPartner(candidate.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await sendInterest(interestForm(candidate.id))).toMatchObject({ ok: false });
    expect((await exportCsv()).status).toBe(401);
    await expect(listPage()).rejects.toMatchObject({ digest: expect.stringContaining("/signin?callbackUrl=") });

    expect(await db.candidateView.count()).toBe(0);
    expect(await db.candidateInterest.count()).toBe(0);
    expect(await mailTo(candidate.email)).toEqual([]);
  }, 120_000);

  it("shows approved and registered organizations the consenting, present candidates of their regions only", async () => {
    const make = (firstName: string, opts: Parameters<typeof createCandidate>[1] = {}) =>
      createCandidate(db, { firstName, ...opts });
    await make("HomeWisconsin", { state: "WI" });
    await make("HomeIllinois", { state: "IL", city: "Chicago" });
    await make("WantsMidwest", { state: "TX", city: "Austin", regionsOfInterest: ["MIDWEST"] });
    await make("NamedWisconsin", { state: "CA", city: "Fresno", statesOfInterest: ["WI", "OR"] });
    const namedIllinois = await make("NamedIllinois", { state: "CA", statesOfInterest: ["IL"] });
    const noConsent = await make("NoConsent", { state: "WI", consentToShare: false, consentAt: null });
    const withdrawn = await make("Withdrawn", { state: "WI", withdrawnAt: new Date() });
    await make("HomeTexas", { state: "TX", city: "San Antonio" });

    await signInAs(wisconsin.owner.id);
    expect((await list()).sort()).toEqual(["HomeIllinois", "HomeWisconsin", "NamedWisconsin", "WantsMidwest"]);
    for (const hidden of [namedIllinois, noConsent, withdrawn]) {
      await expect(getCandidateForPartner(hidden.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(profilePage(hidden.id)).rejects.toEqual(NOT_FOUND_PAGE);
      expect(await sendInterest(interestForm(hidden.id))).toMatchObject({ ok: false });
    }
    await expect(profilePage("c".repeat(25))).rejects.toEqual(NOT_FOUND_PAGE);
    await expect(profilePage("not an id")).rejects.toEqual(NOT_FOUND_PAGE);
    expect(await listPage()).toContain(
      "Lakeshore Partner Health sees candidates who live in or want to work in the Midwest (Chicago region), and candidates who named Wisconsin among the states they would work in.",
    );

    const member = await addMember(db, texas.org.id, "MEMBER");
    await signInAs(member.user.id);
    expect((await list()).sort()).toEqual(["HomeTexas", "WantsMidwest"]);
    // Only what was listed was seen: each list logged its own rows, nobody else's and no profile.
    const seen = await db.candidateView.findMany({
      select: { kind: true, organizationId: true, candidate: { select: { firstName: true } } },
    });
    expect(seen.every((v) => v.kind === "LIST")).toBe(true);
    expect(
      seen
        .filter((v) => v.organizationId === texas.org.id)
        .map((v) => v.candidate.firstName)
        .sort(),
    ).toEqual(["HomeTexas", "WantsMidwest"]);
    expect(seen.map((v) => v.candidate.firstName)).not.toContain("NoConsent");
    expect(await db.candidateInterest.count()).toBe(0);
  });

  it("drops a candidate who withdraws from the very next list, profile, export and interest", async () => {
    const candidate = await createCandidate(db, { firstName: "Leaving" });
    await signInAs(wisconsin.owner.id);
    expect(await list()).toEqual(["Leaving"]);
    await getCandidateForPartner(candidate.id);
    expect(await viewsOf(candidate.id)).toHaveLength(1);

    await db.candidate.update({ where: { id: candidate.id }, data: { withdrawnAt: new Date() } });
    expect(await list()).toEqual([]);
    expect(await listPage()).toContain("No candidates in your regions yet<");
    await expect(getCandidateForPartner(candidate.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await sendInterest(interestForm(candidate.id))).toMatchObject({ ok: false });
    expect(await (await exportCsv()).text()).not.toContain(candidate.email);
    expect(await viewsOf(candidate.id)).toHaveLength(1);
    expect(await db.candidateInterest.count()).toBe(0);
  });
});

describe("the candidate list", () => {
  it("pages newest first, 25 at a time, keeps the filters in the links, and shows no contact details", async () => {
    const count = CANDIDATES_PAGE_SIZE + 2;
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < count; i++) {
      await createCandidate(db, {
        firstName: `Person${String(i).padStart(2, "0")}`,
        situation: i % 2 ? "STUDENT" : "VETERAN",
        createdAt: new Date(base - i * 60_000),
      });
    }
    await signInAs(wisconsin.owner.id);
    const first = await listCandidatesForPartner(filters(), 1);
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2 });
    expect(first.candidates[0]!.firstName).toBe("Person00");
    expect(await list({}, 2)).toEqual(["Person25", "Person26"]);
    expect((await listCandidatesForPartner(filters(), 99)).page).toBe(2);
    expect(Object.keys(first.candidates[0]!).sort()).toEqual(
      [
        "id",
        "firstName",
        "lastName",
        "city",
        "state",
        "situation",
        "educationLevel",
        "willingToRelocate",
        "experienceTags",
        "createdAt",
      ].sort(),
    );

    const page = await listPage();
    expect(page).toContain(`Showing 1–25 of ${count} candidates.`);
    expect(page).toContain('href="/candidates?page=2"');
    expect(page).not.toContain("@example.test");
    expect(page).not.toContain("608-555-0123");
    const students = await listPage({ situation: "STUDENT" });
    expect(students).toContain("Showing 1–13 of 13 candidates matching these filters.");
    expect(students).toContain('action="/api/candidates/export" method="post"');
    expect(students).toContain('<input type="hidden" name="situation" value="STUDENT"/>');
    expect(students).toContain('<label for="candidate-situation"');
    expect(await listPage({ situation: "STUDENT", page: "1", q: "Person0" })).toContain(
      "Showing 1–5 of 5 candidates matching these filters.",
    );
  });

  it("filters by where they live, situation, education, experience and relocation, and searches names and cities", async () => {
    await createCandidate(db, {
      firstName: "Avery",
      lastName: "Okafor",
      city: "Milwaukee",
      situation: "VETERAN",
      educationLevel: "MILITARY_TRAINING",
      experienceTags: ["military-biomedical", "electronics"],
      willingToRelocate: true,
    });
    await createCandidate(db, {
      firstName: "Blake",
      lastName: "Santos",
      state: "IL",
      city: "Peoria",
      situation: "STUDENT",
      educationLevel: "SOME_COLLEGE",
      experienceTags: ["it"],
    });
    await createCandidate(db, {
      firstName: "Casey",
      lastName: "100% Lee",
      state: "TX",
      city: "Austin",
      regionsOfInterest: ["MIDWEST"],
      willingToRelocate: true,
    });
    await signInAs(wisconsin.owner.id);
    expect(await list({ situation: "VETERAN" })).toEqual(["Avery"]);
    expect(await list({ education: "SOME_COLLEGE" })).toEqual(["Blake"]);
    expect(await list({ experience: "electronics" })).toEqual(["Avery"]);
    expect((await list({ relocate: "yes" })).sort()).toEqual(["Avery", "Casey"]);
    // "Lives in" the Midwest leaves out Casey, who lives in Texas and only wants to work here.
    expect((await list({ region: "MIDWEST" })).sort()).toEqual(["Avery", "Blake"]);
    expect(await list({ q: "okafor" })).toEqual(["Avery"]);
    expect(await list({ q: "PEORIA" })).toEqual(["Blake"]);
    expect(await list({ q: "blake peoria" })).toEqual(["Blake"]);
    expect(await list({ q: "blake milwaukee" })).toEqual([]);
    expect(await list({ q: "100%" })).toEqual(["Casey"]);
    expect(await list({ q: "%" })).toEqual(["Casey"]);
    expect(await list({ q: "_" })).toEqual([]);
    expect(await list({ relocate: "yes", situation: "STUDENT" })).toEqual([]);

    const nothing = await listPage({ q: "nobody by this name" });
    expect(nothing).toContain("No candidate matches these filters<");
    expect(nothing).toContain('href="/candidates"');
    expect(nothing).toContain('value="nobody by this name"');
  });
});

describe("a candidate's profile", () => {
  it("shows contact details, says views are logged, and logs every view by the organization and user", async () => {
    const candidate = await createCandidate(db, {
      firstName: "Dana",
      lastName: "Whitfield",
      phone: "414-555-0199",
      postalCode: "53202",
      experienceNotes: "Two years repairing infusion pumps.",
      statesOfInterest: ["WI", "MN"],
      regionsOfInterest: ["MIDWEST"],
    });
    const member = await addMember(db, wisconsin.org.id, "MEMBER");
    await signInAs(member.user.id);
    const profile = await getCandidateForPartner(candidate.id);
    expect(profile).toMatchObject({
      firstName: "Dana",
      lastName: "Whitfield",
      email: candidate.email,
      phone: "414-555-0199",
      city: "Madison",
      state: "WI",
      postalCode: "53202",
      willingToRelocate: false,
      statesOfInterest: ["WI", "MN"],
      regionsOfInterest: ["MIDWEST"],
      educationLevel: "HIGH_SCHOOL",
      situation: "EMPLOYED",
      experienceNotes: "Two years repairing infusion pumps.",
      interest: null,
    });
    const page = await profilePage(candidate.id);
    expect(page).toContain("Views of candidate profiles are logged.");
    expect(page).toContain(`href="mailto:${candidate.email}"`);
    expect(page).toContain("414-555-0199");
    expect(page).toContain("Madison, WI 53202");
    expect(page).toContain("Wisconsin; Minnesota");
    expect(page).toContain('<label for="interest-message"');
    expect(page).not.toContain("Interest sent");

    const ownerView = { organizationId: wisconsin.org.id, userId: wisconsin.owner.id };
    await signInAs(wisconsin.owner.id);
    await getCandidateForPartner(candidate.id);
    expect(await viewsOf(candidate.id)).toEqual(
      expect.arrayContaining([
        { organizationId: wisconsin.org.id, userId: member.user.id },
        { organizationId: wisconsin.org.id, userId: member.user.id },
        ownerView,
      ]),
    );
    expect(await viewsOf(candidate.id)).toHaveLength(3);
  });

  it("never shows the voluntary self-identification answers: not in the list, profile, pages or export", async () => {
    const candidate = await createCandidate(db, {
      firstName: "Morgan",
      demographics: {
        create: {
          sex: "SELFID-SEX-Q7",
          ethnicity: "SELFID-ETHNICITY-Q7",
          races: ["SELFID-RACE-Q7"],
          veteranStatus: "SELFID-VETERAN-Q7",
          disability: "SELFID-DISABILITY-Q7",
        },
      },
    });
    await signInAs(wisconsin.owner.id);
    const csv = await (await exportCsv()).text();
    expect(csv).toContain(candidate.email);
    const outputs = {
      list: JSON.stringify(await listCandidatesForPartner(filters(), 1)),
      profile: JSON.stringify(await getCandidateForPartner(candidate.id)),
      listPage: await listPage(),
      profilePage: await profilePage(candidate.id),
      csv,
    };
    expect(outputs.profile).toContain(candidate.email);
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toContain("SELFID-");
      for (const key of ["demographics", "sex", "ethnicity", "races", "veteranStatus", "disability"]) {
        expect(text, `${name} ${key}`).not.toContain(`"${key}"`);
      }
    }
    expect(csv.split("\r\n")[0]).not.toMatch(/sex|ethnicity|race|disability|self-identification/i);
  });
});

describe("expressing interest", () => {
  it("records it once with its event and audit entry, and emails the candidate, who receives it by SMTP", async () => {
    const candidate = await createCandidate(db, { firstName: "Emerson", lastName: "Quill" });
    const sender = await addMember(db, wisconsin.org.id, "MEMBER");
    await db.user.update({ where: { id: sender.user.id }, data: { name: "Sam Recruiter" } });
    await signInAs(sender.user.id);
    const message = "Hello Emerson,\nwe are hiring two BMET apprentices in Madison. <b>Call us</b> & ask for Sam.";
    await expect(sendInterest(interestForm(candidate.id, message))).rejects.toEqual(toProfile(candidate.id));

    const interest = await db.candidateInterest.findFirstOrThrow({ where: { candidateId: candidate.id } });
    expect(interest).toMatchObject({ organizationId: wisconsin.org.id, userId: sender.user.id, message });
    expect(
      await db.candidateEvent.findMany({ where: { candidateId: candidate.id, kind: { not: "submitted" } } }),
    ).toEqual([
      expect.objectContaining({ kind: "interest-sent", actorId: sender.user.id, note: "Lakeshore Partner Health" }),
    ]);
    expect(
      await db.auditEvent.findMany({ where: { kind: "candidate.interest_sent", subjectId: candidate.id } }),
    ).toEqual([
      expect.objectContaining({
        organizationId: wisconsin.org.id,
        actorId: sender.user.id,
        subjectType: "Candidate",
        payload: { interestId: interest.id },
      }),
    ]);
    const [queued] = await mailTo(candidate.email);
    expect(queued).toMatchObject({
      organizationId: wisconsin.org.id,
      subject: "Lakeshore Partner Health is interested in you for a BMET apprenticeship",
    });
    // The employer's text is escaped in the HTML part.
    expect(queued!.html).toContain("&lt;b&gt;Call us&lt;/b&gt; &amp; ask for Sam.");
    expect(queued!.html).not.toContain("<b>Call us</b>");

    await deliverDueMail(db, createTransport(smtp.url), TEST_SENDER);
    const received = await smtp.waitFor((m) => m.to.includes(candidate.email));
    expect(received.subject).toBe("Lakeshore Partner Health is interested in you for a BMET apprenticeship");
    for (const text of [
      "Hello Emerson,\nwe are hiring two BMET apprentices in Madison. <b>Call us</b> & ask for Sam.",
      "Sam Recruiter at Lakeshore Partner Health",
      sender.user.email,
      "What happens next",
    ]) {
      expect(received.text).toContain(text);
    }
    // The button leads to the page that emails the candidate their private link, never the link itself: this
    // message is the one they forward to the employer.
    expect(received.text).toMatch(/http:\/\/localhost:3000\/apprentices\/profile(\s|\])/);
    expect(received.text).not.toMatch(/apprentices\/profile\/\S/);

    // The profile confirms it, and says who sent it when.
    const sentOn = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(interest.createdAt);
    const confirmed = await profilePage(candidate.id, "1");
    expect(confirmed).toContain("Interest sent");
    expect(confirmed).toContain(`Your organization sent interest on ${sentOn} by Sam Recruiter.`);
    expect(confirmed).not.toContain('<label for="interest-message"');

    // A second send (a double click, a colleague later) is refused with the date, and emails nobody.
    await signInAs(wisconsin.owner.id);
    expect(await sendInterest(interestForm(candidate.id))).toEqual({
      ok: false,
      message: alreadySentMessage(interest.createdAt),
      fieldErrors: {},
      values: expect.any(Object),
    });
    expect(await db.candidateInterest.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await mailTo(candidate.email)).toHaveLength(1);
  });

  it("lets exactly one of two colleagues sending at the same moment win: one interest, one event, one email", async () => {
    const candidate = await createCandidate(db, { firstName: "Finley" });
    const colleague = await addMember(db, wisconsin.org.id, "ADMIN");
    const results = await Promise.allSettled([
      asUser(wisconsin.owner.id, () => sendInterest(interestForm(candidate.id, "First colleague writing here."))),
      asUser(colleague.user.id, () => sendInterest(interestForm(candidate.id, "Second colleague writing here."))),
    ]);
    const redirected = results.filter((r) => r.status === "rejected");
    const refused = results.filter((r) => r.status === "fulfilled");
    expect(redirected).toEqual([{ status: "rejected", reason: toProfile(candidate.id) }]);
    expect(refused).toEqual([
      {
        status: "fulfilled",
        value: expect.objectContaining({
          ok: false,
          message: expect.stringMatching(/^Your organization already sent interest to this candidate on /),
        }),
      },
    ]);
    expect(await db.candidateInterest.count({ where: { candidateId: candidate.id } })).toBe(1);
    expect(await db.candidateEvent.count({ where: { candidateId: candidate.id, kind: "interest-sent" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { kind: "candidate.interest_sent", subjectId: candidate.id } })).toBe(1);
    expect(await mailTo(candidate.email)).toHaveLength(1);
  });

  it("answers 'already sent' when its insert collides with a colleague's send that commits first", async () => {
    const candidate = await createCandidate(db, { firstName: "Gray" });
    const colleague = await addMember(db, wisconsin.org.id, "MEMBER");
    // The colleague's send is inserted but not yet committed, so the check before inserting sees nothing and the
    // insert waits on the unique index until the colleague's transaction ends.
    let inserted!: () => void;
    let commit!: () => void;
    const isInserted = new Promise<void>((resolve) => (inserted = resolve));
    const committing = db.$transaction(async (tx) => {
      const row = await tx.candidateInterest.create({
        data: {
          candidateId: candidate.id,
          organizationId: wisconsin.org.id,
          userId: colleague.user.id,
          message: "The colleague's message.",
        },
      });
      inserted();
      await new Promise<void>((resolve) => (commit = resolve));
      return row;
    });
    await isInserted;
    const sending = asUser(wisconsin.owner.id, () => sendInterest(interestForm(candidate.id)));
    await expect
      .poll(async () => {
        const [row] = await db.$queryRaw<Array<{ waiting: bigint }>>`
          SELECT count(*) AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        return Number(row!.waiting);
      })
      .toBe(1);
    commit();
    const colleagues = await committing;
    expect(await sending).toMatchObject({ ok: false, message: alreadySentMessage(colleagues.createdAt) });
    expect(await db.candidateInterest.findMany({ where: { candidateId: candidate.id } })).toEqual([colleagues]);
    expect(await db.candidateEvent.count({ where: { candidateId: candidate.id, kind: "interest-sent" } })).toBe(0);
    expect(await mailTo(candidate.email)).toEqual([]);
  });

  it("refuses a missing or short message and a malformed candidate, storing nothing", async () => {
    const candidate = await createCandidate(db);
    await signInAs(wisconsin.owner.id);
    expect(await sendInterest(formData({ candidateId: candidate.id }))).toMatchObject({
      ok: false,
      fieldErrors: { message: ["Write a message to the candidate."] },
    });
    expect(await sendInterest(interestForm(candidate.id, "  Call me.  "))).toMatchObject({
      ok: false,
      fieldErrors: { message: [expect.stringContaining("at least 20 characters")] },
      values: { message: "  Call me.  " },
    });
    expect(await sendInterest(interestForm(candidate.id, "x".repeat(2001)))).toMatchObject({
      ok: false,
      fieldErrors: { message: ["Keep the message under 2,000 characters."] },
    });
    expect(await sendInterest(interestForm("not-an-id"))).toMatchObject({
      ok: false,
      fieldErrors: { candidateId: [expect.any(String)] },
    });
    expect(await db.candidateInterest.count()).toBe(0);
    expect(await db.candidateEvent.count({ where: { kind: "interest-sent" } })).toBe(0);
    expect(await mailTo(candidate.email)).toEqual([]);
  });

  it("belongs to the organization that sent it: another partner neither sees it nor is marked as having sent", async () => {
    const candidate = await createCandidate(db, { firstName: "Harper" });
    const other = await reviewedOrganization(reviewer.id, "APPROVED", { name: "Second Partner Clinic", state: "MN" });
    const secret = "Lakeshore's private note to Harper about our Madison opening.";
    await signInAs(wisconsin.owner.id);
    await expect(sendInterest(interestForm(candidate.id, secret))).rejects.toEqual(toProfile(candidate.id));

    await signInAs(other.owner.id);
    const seenByOther = await getCandidateForPartner(candidate.id);
    expect(seenByOther.interest).toBeNull();
    const otherPage = await profilePage(candidate.id, "1");
    for (const text of [JSON.stringify(seenByOther), otherPage]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain("Lakeshore Partner Health");
      expect(text).not.toContain(wisconsin.owner.name!);
    }
    expect(otherPage).not.toContain("Interest sent");
    expect(otherPage).toContain('<label for="interest-message"');

    await expect(sendInterest(interestForm(candidate.id))).rejects.toEqual(toProfile(candidate.id));
    expect(await db.candidateInterest.count({ where: { candidateId: candidate.id } })).toBe(2);
    expect(await mailTo(candidate.email)).toHaveLength(2);
    // Sending is not a view; the two profile views are the other organization's own.
    expect(await viewsOf(candidate.id)).toEqual([
      { organizationId: other.org.id, userId: other.owner.id },
      { organizationId: other.org.id, userId: other.owner.id },
    ]);
  }, 60_000);
});

describe("the CSV export", () => {
  it("exports the filtered candidates with contact details, neutralizes formulas, and logs a view of each", async () => {
    const veteran = await createCandidate(db, {
      firstName: '=HYPERLINK("http://evil.example","click")',
      lastName: "Okafor, Jr.",
      city: "Milwaukee",
      situation: "VETERAN",
      experienceTags: ["military-biomedical"],
      experienceNotes: 'Said "ready"\nand able.',
      willingToRelocate: true,
      regionsOfInterest: ["MIDWEST", "WEST"],
    });
    const student = await createCandidate(db, { firstName: "Blake", situation: "STUDENT" });
    const elsewhere = await createCandidate(db, { firstName: "Outside", state: "TX" });
    const member = await addMember(db, wisconsin.org.id, "MEMBER");
    await signInAs(member.user.id);

    const response = await exportCsv();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="bmet-candidates-.+\.csv"$/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const csv = await response.text();
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "First name,Last name,Email,Phone,City,State,ZIP code,Willing to relocate,Regions of interest,States of interest,Highest education,Situation,Experience,About their experience,Signed up",
    );
    expect(csv).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click"")","Okafor, Jr.",${veteran.email},608-555-0123,Milwaukee,WI,53703,Yes,Midwest (Chicago region); West (San Francisco region),,High school diploma or GED,Veteran,Military biomedical equipment repair,"Said ""ready""\nand able.",`,
    );
    expect(csv).toContain(student.email);
    expect(csv).not.toContain(elsewhere.email);
    const logged = await db.candidateView.findMany({
      where: { kind: "EXPORT" },
      select: { candidateId: true, organizationId: true, userId: true },
    });
    expect(logged.map((v) => v.candidateId).sort()).toEqual([veteran.id, student.id].sort());
    expect(logged.every((v) => v.organizationId === wisconsin.org.id && v.userId === member.user.id)).toBe(true);

    const students = await (await exportCsv({ situation: "STUDENT" })).text();
    expect(students).toContain(student.email);
    expect(students).not.toContain(veteran.email);
    expect(await db.candidateView.count({ where: { candidateId: student.id, kind: "EXPORT" } })).toBe(2);
    expect(await db.candidateView.count({ where: { candidateId: veteran.id, kind: "EXPORT" } })).toBe(1);
  });

  it("is a POST from the portal's own list: another site's form, or none, is refused and logs nothing", async () => {
    const candidate = await createCandidate(db, { firstName: "Quinn" });
    const member = await addMember(db, wisconsin.org.id, "MEMBER");
    await signInAs(member.user.id);
    expect("GET" in exportRoute).toBe(false);
    for (const origin of [null, "https://evil.example", "http://localhost:3001"]) {
      const refused = await exportCsv({}, origin);
      expect(refused.status, String(origin)).toBe(403);
      expect(await refused.text()).not.toContain(candidate.email);
    }
    expect(await db.candidateView.count({ where: { kind: "EXPORT" } })).toBe(0);
  });
});
