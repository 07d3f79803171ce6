import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { CANDIDATES_PAGE_SIZE, getCandidateForStaff, listCandidatesForStaff } from "@/lib/candidates/staff/data";
import { parseCandidateFilters } from "@/lib/candidates/staff/filters";
import { deleteCandidateOnRequest, setCandidateStatus } from "@/lib/candidates/staff/actions";
import { CANDIDATE_CSV_HEADER } from "@/lib/candidates/staff/export";
import { GET as exportCsv } from "@/app/api/staff/candidates/export/route";
import StaffCandidatesPage from "@/app/(staff)/staff/candidates/page";
import StaffCandidatePage from "@/app/(staff)/staff/candidates/[candidateId]/page";
import { createCandidate, createOrganization, createUser } from "../support/factories";
import { parseCsv } from "../support/csv";
import { formData } from "../support/form";
import { truncateAll } from "../support/database";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { asUser, signInAs } from "../support/sign-in";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// Lists are asserted whole (totals, pages), so every test starts from empty tables.
let staff: Awaited<ReturnType<typeof createUser>>;
beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  staff = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Riley Reviewer" });
  await signInAs(staff.id);
});

const NOT_FOUND_PAGE = expect.objectContaining({ digest: expect.stringContaining("404") });
const filters = (params: Record<string, string> = {}) => parseCandidateFilters(params);
const firstNames = async (params: Record<string, string> = {}) =>
  (await listCandidatesForStaff(filters(params))).candidates.map((c) => c.firstName);
const listPage = async (params: Record<string, string> = {}) =>
  html(await StaffCandidatesPage({ searchParams: Promise.resolve(params) }));
const candidatePage = async (candidateId: string, saved?: string) =>
  html(
    await StaffCandidatePage({
      params: Promise.resolve({ candidateId }),
      searchParams: Promise.resolve(saved ? { saved } : {}),
    }),
  );
const exportRequest = (query = "") => exportCsv(new Request(`http://localhost/api/staff/candidates/export${query}`));
const toCandidatePage = (id: string) =>
  expect.objectContaining({ digest: expect.stringContaining(`;/staff/candidates/${id}?saved=status;`) });

/** Distinct answers for every voluntary question; none of them may appear in the list or the CSV. */
const EVERY_ANSWER = {
  sex: "FEMALE",
  ethnicity: "HISPANIC",
  races: ["ASIAN", "PACIFIC_ISLANDER"],
  veteranStatus: "VETERAN",
  disability: "YES",
};
const DEMOGRAPHIC_WORDS = [
  "FEMALE",
  "HISPANIC",
  "ASIAN",
  "PACIFIC_ISLANDER",
  "Hispanic or Latino",
  "Asian",
  "Pacific Islander",
  "I am a veteran",
  "disability",
];

/** Five candidates that differ in every filtered field, oldest first. */
async function fiveCandidates() {
  const avery = await createCandidate(db, {
    firstName: "Avery",
    state: "WI",
    situation: "VETERAN",
    educationLevel: "MILITARY_TRAINING",
    createdAt: new Date("2025-03-10T12:00:00Z"),
    selfId: { veteranStatus: "VETERAN" },
  });
  const blake = await createCandidate(db, {
    firstName: "Blake",
    state: "TX",
    city: "Austin",
    situation: "STUDENT",
    educationLevel: "SOME_COLLEGE",
    status: "CONTACTED",
    createdAt: new Date("2025-03-20T00:00:00Z"),
    selfId: { veteranStatus: "NOT_VETERAN" },
  });
  const casey = await createCandidate(db, {
    firstName: "Casey",
    state: "CA",
    city: "San Diego",
    phone: "(619) 555-0199",
    situation: "EMPLOYED",
    educationLevel: "HIGH_SCHOOL",
    status: "HIRED",
    createdAt: new Date("2025-04-05T23:59:00Z"),
  });
  const devon = await createCandidate(db, {
    firstName: "Devon",
    email: "devon.ito@hospital.example",
    state: "IL",
    city: "Chicago",
    situation: "UNEMPLOYED",
    educationLevel: "BACHELOR",
    status: "NOT_A_FIT",
    createdAt: new Date("2025-04-20T12:00:00Z"),
    selfId: { veteranStatus: "DECLINED", sex: "MALE" },
  });
  const emerson = await createCandidate(db, {
    firstName: "Emerson",
    state: "WI",
    createdAt: new Date("2025-05-01T12:00:00Z"),
    withdrawnAt: new Date("2025-05-02T12:00:00Z"),
    selfId: { sex: "FEMALE" },
  });
  return { avery, blake, casey, devon, emerson };
}

describe("the candidate list", () => {
  it("narrows by each filter, newest first, leaving withdrawn candidates out unless asked", async () => {
    await fiveCandidates();
    expect(await firstNames()).toEqual(["Devon", "Casey", "Blake", "Avery"]);
    expect(await firstNames({ withdrawn: "include" })).toEqual(["Emerson", "Devon", "Casey", "Blake", "Avery"]);
    expect(await firstNames({ region: "MIDWEST" })).toEqual(["Devon", "Avery"]);
    expect(await firstNames({ region: "MIDWEST", withdrawn: "include" })).toEqual(["Emerson", "Devon", "Avery"]);
    expect(await firstNames({ state: "TX" })).toEqual(["Blake"]);
    expect(await firstNames({ situation: "VETERAN" })).toEqual(["Avery"]);
    expect(await firstNames({ education: "BACHELOR" })).toEqual(["Devon"]);
    expect(await firstNames({ status: "HIRED" })).toEqual(["Casey"]);
    expect(await firstNames({ status: "NEW", withdrawn: "include" })).toEqual(["Emerson", "Avery"]);
    expect(await firstNames({ veteran: "VETERAN" })).toEqual(["Avery"]);
    expect(await firstNames({ veteran: "NOT_VETERAN" })).toEqual(["Blake"]);
    expect(await firstNames({ veteran: "DECLINED" })).toEqual(["Devon"]);
    // No answers at all (Casey) and answers without this one (Emerson).
    expect(await firstNames({ veteran: "UNANSWERED", withdrawn: "include" })).toEqual(["Emerson", "Casey"]);
    // Whole UTC days, both ends included.
    expect(await firstNames({ submittedFrom: "2025-03-20", submittedTo: "2025-04-05" })).toEqual(["Casey", "Blake"]);
    expect(await firstNames({ submittedFrom: "2025-04-06" })).toEqual(["Devon"]);
    expect(await firstNames({ submittedTo: "2025-03-19" })).toEqual(["Avery"]);
    expect(await firstNames({ region: "MIDWEST", veteran: "VETERAN", education: "MILITARY_TRAINING" })).toEqual([
      "Avery",
    ]);
  });

  it("searches name, email, city and phone, any case, every word, with LIKE's characters taken literally", async () => {
    await fiveCandidates();
    expect(await firstNames({ q: "CASEY" })).toEqual(["Casey"]);
    expect(await firstNames({ q: "casey rivera" })).toEqual(["Casey"]);
    expect(await firstNames({ q: "san diego" })).toEqual(["Casey"]);
    expect(await firstNames({ q: "555-0199" })).toEqual(["Casey"]);
    expect(await firstNames({ q: "hospital.example" })).toEqual(["Devon"]);
    expect(await firstNames({ q: "rivera" })).toEqual(["Devon", "Casey", "Blake", "Avery"]);
    expect(await firstNames({ q: "rivera", withdrawn: "include" })).toHaveLength(5);
    expect(await firstNames({ q: "%" })).toEqual([]);
    expect(await firstNames({ q: "devon_ito" })).toEqual([]);
    expect(await firstNames({ q: "\\" })).toEqual([]);
    expect(await firstNames({ q: "casey austin" })).toEqual([]);
  });

  it("pages 25 at a time, keeps the filters in page and export links, and shows the last page for one past the end", async () => {
    const count = CANDIDATES_PAGE_SIZE + 2;
    for (let i = 0; i < count; i++) {
      await createCandidate(db, {
        firstName: `Texan${String(i).padStart(2, "0")}`,
        state: "TX",
        createdAt: new Date(Date.now() - i * 60_000),
      });
    }
    await createCandidate(db, { firstName: "Badger", state: "WI" });

    const first = await listCandidatesForStaff(filters({ state: "TX" }));
    expect(first).toMatchObject({ total: count, page: 1, pageCount: 2, pageSize: 25 });
    expect(first.candidates).toHaveLength(CANDIDATES_PAGE_SIZE);
    expect(first.candidates[0]!.firstName).toBe("Texan00");
    expect(await firstNames({ state: "TX", page: "2" })).toEqual(["Texan25", "Texan26"]);
    expect((await listCandidatesForStaff(filters({ state: "TX", page: "99" }))).page).toBe(2);

    const page = await listPage({ state: "TX", page: "2" });
    expect(page).toContain(`Showing 26–27 of ${count} candidates in Texas.`);
    expect(page).toContain('href="/staff/candidates?state=TX&amp;page=1"');
    expect(page).toContain('href="/api/staff/candidates/export?state=TX"');
    expect(page).not.toContain("Badger");
  });

  it("shows name, place, situation, education, status, date and a withdrawn badge, but no self-identification", async () => {
    const { avery } = await fiveCandidates();
    await createCandidate(db, { firstName: "Frankie", selfId: EVERY_ANSWER });
    const page = await listPage({ withdrawn: "include" });
    // The filter form offers every label too: look at the table alone.
    const table = page.slice(page.indexOf("<table"), page.indexOf("</table>"));
    expect(table).toContain(`href="/staff/candidates/${avery.id}"`);
    expect(table).toContain(avery.email);
    expect(table).toContain("Madison, WI");
    expect(table).toContain("Midwest (Chicago region)");
    expect(table).toContain("Military technical training");
    expect(table).toContain("Not a fit");
    expect(table).toContain("Mar 10, 2025");
    expect(table.match(/>Withdrawn</g)).toHaveLength(1);
    for (const word of DEMOGRAPHIC_WORDS) expect(page).not.toContain(word);
    expect(page).toContain('<label for="candidate-q"');
    expect(page).toContain('<label for="candidate-withdrawn"');
  });

  it("tells 'nobody yet' from 'nothing matches', with a way back to every candidate", async () => {
    expect(await listPage()).toContain("No one has sent the apprentice interest form yet<");
    await createCandidate(db, { firstName: "Gone", withdrawnAt: new Date() });
    const hidden = await listPage();
    expect(hidden).toContain("No candidate matches these filters<");
    expect(hidden).toContain("Candidates who withdrew are left out unless you include them.");
    const filtered = await listPage({ state: "TX", q: "zzz", withdrawn: "include" });
    expect(filtered).toContain("No candidate matches these filters (matching “zzz”, in Texas)<");
    expect(filtered).not.toContain("Candidates who withdrew are left out");
    expect(filtered).toContain('href="/staff/candidates">clear the filters</a>');
    expect(filtered).toContain('value="zzz"');
  });
});

describe("one candidate, as staff see them", () => {
  it("shows the profile, consent, employer activity, history with who did what, and self-identification apart", async () => {
    const { org, owner } = await createOrganization(db, { name: "Mercy Valley Medical Center" });
    const candidate = await createCandidate(db, {
      firstName: "Harper",
      experienceNotes: "Army 68A, six years.",
      experienceTags: ["military-biomedical", "it"],
      statesOfInterest: ["WI", "MN"],
      createdAt: new Date("2025-06-01T10:00:00Z"),
      selfId: EVERY_ANSWER,
    });
    await db.candidateView.createMany({
      data: (["PROFILE", "PROFILE", "PROFILE", "LIST", "EXPORT"] as const).map((kind) => ({
        candidateId: candidate.id,
        organizationId: org.id,
        userId: owner.id,
        kind,
      })),
    });
    await db.candidateInterest.create({
      data: { candidateId: candidate.id, organizationId: org.id, userId: owner.id, message: "Come and see us." },
    });
    await db.candidateEvent.createMany({
      data: [
        { candidateId: candidate.id, kind: "link-sent", createdAt: new Date("2025-06-02T10:00:00Z") },
        {
          candidateId: candidate.id,
          kind: "interest-sent",
          actorId: owner.id,
          note: org.legalName,
          createdAt: new Date("2025-06-03T10:00:00Z"),
        },
        {
          candidateId: candidate.id,
          kind: "status-changed",
          actorId: staff.id,
          note: "CONTACTED",
          createdAt: new Date("2025-06-04T10:00:00Z"),
        },
        { candidateId: candidate.id, kind: "future-kind", createdAt: new Date("2025-06-05T10:00:00Z") },
      ],
    });

    const loaded = await getCandidateForStaff(candidate.id);
    expect(loaded.events.map((e) => e.kind)).toEqual([
      "future-kind",
      "status-changed",
      "interest-sent",
      "link-sent",
      "submitted",
    ]);
    expect(loaded.events[1]).toMatchObject({ actorName: "Riley Reviewer" });
    expect(loaded).toMatchObject({
      employerViews: { profile: 3, list: 1, export: 1 },
      demographics: { ethnicity: "HISPANIC" },
    });

    const page = await candidatePage(candidate.id);
    expect(page).toContain(`Harper ${candidate.lastName}`);
    expect(page).toContain(candidate.email);
    expect(page).toContain("Army 68A, six years.");
    expect(page).toContain("Military biomedical equipment repair, IT, networking or computers");
    expect(page).toContain("Wisconsin, Minnesota");
    expect(page).toContain("Agreed on");
    expect(page).toContain(
      "Employer partners opened the profile 3 times, saw it in their candidate list once and exported it once.",
    );
    expect(page).toContain(`href="/staff/employers/${org.id}"`);
    expect(page).toContain("Come and see us.");
    expect(page).toMatch(
      /future-kind.*Status changed to contacted<\/span> by Riley Reviewer.*Expression of interest from Mercy Valley Medical Center.*Was emailed a private link.*Sent the interest form/s,
    );
    // The voluntary answers appear once, in their own labelled section, after everything else.
    const selfId = page.indexOf(
      "Voluntary self-identification — for equal-opportunity reporting only, never shown to employers",
    );
    expect(selfId).toBeGreaterThan(page.indexOf("Sent the interest form"));
    for (const answer of ["Hispanic or Latino", "Asian, Native Hawaiian or Other Pacific Islander", "I am a veteran"]) {
      expect(page.indexOf(answer)).toBeGreaterThan(selfId);
    }
  });

  it("says when the candidate withdrew, or gave no consent, or answered no voluntary question", async () => {
    const candidate = await createCandidate(db, {
      withdrawnAt: new Date("2025-07-01T09:30:00Z"),
      consentToShare: false,
      consentAt: null,
    });
    const page = await candidatePage(candidate.id);
    expect(page).toContain("The candidate withdrew on Jul 1, 2025, 9:30 AM UTC and asked not to be contacted.");
    expect(page).toContain("Has not agreed to share this profile with employer partners");
    expect(page).toContain("The candidate did not answer these questions.");
  });

  it("is 'not found' for an unknown or malformed id", async () => {
    await expect(candidatePage("c".repeat(25))).rejects.toEqual(NOT_FOUND_PAGE);
    await expect(candidatePage("not an id")).rejects.toEqual(NOT_FOUND_PAGE);
    await expect(getCandidateForStaff("c".repeat(25))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("changing a candidate's status", () => {
  it("records the change, the note and an audit event in one go, emails no one, and confirms on the page", async () => {
    const candidate = await createCandidate(db);
    const change = { candidateId: candidate.id, expectedStatus: "NEW", status: "CONTACTED", note: "Left a voicemail." };
    await expect(setCandidateStatus(formData(change))).rejects.toEqual(toCandidatePage(candidate.id));

    expect(await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).toMatchObject({
      status: "CONTACTED",
    });
    const events = await db.candidateEvent.findMany({ where: { candidateId: candidate.id, actorId: staff.id } });
    expect(events.map((e) => [e.kind, e.note]).sort()).toEqual([
      ["staff-note", "Left a voicemail."],
      ["status-changed", "CONTACTED"],
    ]);
    const audit = await db.auditEvent.findMany({ where: { kind: "candidate.status_changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: staff.id,
      organizationId: null,
      subjectType: "Candidate",
      subjectId: candidate.id,
      payload: { from: "NEW", to: "CONTACTED", withNote: true },
    });
    expect(JSON.stringify(audit[0]!.payload)).not.toContain("voicemail");
    expect(await db.mailMessage.count()).toBe(0);

    const page = await candidatePage(candidate.id, "status");
    expect(page).toContain("Saved. The status is now contacted.");
    expect(page).toMatch(/Status changed to contacted<\/span> by Riley Reviewer.*Staff note.*Left a voicemail\./s);
    expect(page).toContain('<input type="hidden" name="expectedStatus" value="CONTACTED"/>');
  });

  it("answers bad input next to the field and changes nothing", async () => {
    const candidate = await createCandidate(db);
    const before = await db.candidateEvent.count();
    expect(
      await setCandidateStatus(
        formData({ candidateId: candidate.id, expectedStatus: "NEW", status: "PROMOTED", note: "x".repeat(501) }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { status: ["Choose the new status."], note: [expect.stringContaining("under 500 characters")] },
    });
    expect(
      await setCandidateStatus(formData({ candidateId: candidate.id, expectedStatus: "NEW", status: "NEW" })),
    ).toMatchObject({ ok: false, fieldErrors: { status: ["That is the status already. Choose a different one."] } });
    expect(
      await setCandidateStatus(formData({ candidateId: "nope", expectedStatus: "NEW", status: "HIRED" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { candidateId: [expect.any(String)] },
    });
    expect(
      await setCandidateStatus(formData({ candidateId: "c".repeat(25), expectedStatus: "NEW", status: "HIRED" })),
    ).toMatchObject({ ok: false, message: new AppError("NOT_FOUND").message });
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).status).toBe("NEW");
    expect(await db.candidateTally.count()).toBe(0);
    expect(await db.candidateEvent.count()).toBe(before);
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("lets exactly one of two staff acting at once win; the other is told the status and who changed it", async () => {
    const candidate = await createCandidate(db);
    const other = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Ada Admin" });
    const to = (status: string) => formData({ candidateId: candidate.id, expectedStatus: "NEW", status });
    const results = await Promise.allSettled([
      asUser(staff.id, () => setCandidateStatus(to("HIRED"))),
      asUser(other.id, () => setCandidateStatus(to("NOT_A_FIT"))),
    ]);
    const redirected = results.filter((r) => r.status === "rejected");
    const answered = results.filter((r) => r.status === "fulfilled");
    expect(redirected).toHaveLength(1);
    expect(answered).toHaveLength(1);

    const { status } = await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } });
    const winner = status === "HIRED" ? "Riley Reviewer" : "Ada Admin";
    const label = status === "HIRED" ? "hired" : "not a fit";
    expect((answered[0] as PromiseFulfilledResult<unknown>).value).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        new RegExp(
          `^This candidate's status is now ${label}\\. ${winner} changed it at .+ UTC, while you were looking at it\\. Nothing was changed by you`,
        ),
      ),
    });
    expect(await db.candidateEvent.count({ where: { candidateId: candidate.id, kind: "status-changed" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { kind: "candidate.status_changed" } })).toBe(1);

    // A page drawn before the change is refused the same way later on.
    expect(await setCandidateStatus(to("CONTACTED"))).toMatchObject({
      ok: false,
      message: expect.stringContaining(`status is now ${label}. ${winner} changed it`),
    });
    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).status).toBe(status);
  });
});

describe("the CSV export", () => {
  it("has a header and one row per matching candidate, newest first, with the list's filters", async () => {
    await fiveCandidates();
    await createCandidate(db, {
      firstName: "Frankie",
      state: "MN",
      city: '=HYPERLINK("http://evil.example","Click")',
      experienceNotes: 'Fixed "infusion pumps",\nventilators',
      experienceTags: ["electronics", "it"],
      regionsOfInterest: ["MIDWEST", "WEST"],
      statesOfInterest: ["MN", "WI"],
      willingToRelocate: true,
      heardAbout: "Job center",
      createdAt: new Date("2025-08-01T08:00:00Z"),
      consentAt: new Date("2025-08-01T08:00:00Z"),
      selfId: EVERY_ANSWER,
    });

    const response = await exportRequest("?region=MIDWEST");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="candidates-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(CANDIDATE_CSV_HEADER);
    expect(header).toEqual([
      "Submitted (UTC)",
      "Status",
      "Withdrawn (UTC)",
      "First name",
      "Last name",
      "Email",
      "Phone",
      "City",
      "State",
      "ZIP",
      "Region",
      "Willing to relocate",
      "Regions of interest",
      "States of interest",
      "Education",
      "Situation",
      "Experience",
      "Experience notes",
      "Heard about the program",
      "Consent to share given (UTC)",
    ]);
    expect(rows.map((r) => r[3])).toEqual(["Frankie", "Devon", "Avery"]);
    const frankie = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(frankie).toMatchObject({
      "Submitted (UTC)": "2025-08-01T08:00:00.000Z",
      Status: "New",
      "Withdrawn (UTC)": "",
      City: '\'=HYPERLINK("http://evil.example","Click")',
      State: "MN",
      Region: "Midwest (Chicago region)",
      "Willing to relocate": "yes",
      "Regions of interest": "Midwest (Chicago region); West (San Francisco region)",
      "States of interest": "MN; WI",
      Education: "High school diploma or GED",
      Situation: "Employed",
      Experience: "Electronics (repair, assembly or troubleshooting); IT, networking or computers",
      "Experience notes": 'Fixed "infusion pumps",\nventilators',
      "Heard about the program": "Job center",
      "Consent to share given (UTC)": "2025-08-01T08:00:00.000Z",
    });
    for (const word of [...DEMOGRAPHIC_WORDS, "Sex", "Race", "Ethnicity", "Veteran status", "Disability"]) {
      expect(text).not.toContain(word);
    }

    const withdrawn = parseCsv(await (await exportRequest("?region=MIDWEST&withdrawn=include&status=NEW")).text());
    expect(withdrawn.slice(1).map((r) => [r[3], r[2] !== ""])).toEqual([
      ["Frankie", false],
      ["Emerson", true],
      ["Avery", false],
    ]);
    expect(parseCsv(await (await exportRequest("?q=nobody")).text())).toEqual([CANDIDATE_CSV_HEADER]);
  });

  it("reads past one batch without losing or repeating a row, even when many share a timestamp", async () => {
    const at = new Date("2025-09-01T00:00:00Z");
    const count = 1_203;
    await db.candidate.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        email: `bulk-${i}@example.test`,
        firstName: "Bulk",
        lastName: String(i),
        city: "Madison",
        state: "WI",
        postalCode: "53703",
        region: "MIDWEST",
        educationLevel: "HIGH_SCHOOL" as const,
        situation: "STUDENT" as const,
        consentToShare: true,
        createdAt: i < 1_000 ? at : new Date(at.getTime() + i * 1000),
      })),
    });
    const rows = parseCsv(await (await exportRequest()).text()).slice(1);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r[5])).size).toBe(count);
    expect(rows[0]![5]).toBe(`bulk-${count - 1}@example.test`);
  });
});

describe("deleting a candidate at their request", () => {
  it("is for staff administrators only, and offered to them only", async () => {
    const candidate = await createCandidate(db);
    expect(await deleteCandidateOnRequest(formData({ candidateId: candidate.id, confirm: "yes" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("staff administrator"),
    });
    expect(await db.candidate.count({ where: { id: candidate.id } })).toBe(1);
    expect(await candidatePage(candidate.id)).not.toContain("Delete this candidate");
  });

  it("needs the confirmation, then removes the person, keeps an anonymous count and an audit event without their data", async () => {
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN" });
    await signInAs(admin.id);
    const candidate = await createCandidate(db, { state: "TX", selfId: EVERY_ANSWER });
    expect(await candidatePage(candidate.id)).toContain("Delete this candidate");
    const request = (confirm?: string) =>
      deleteCandidateOnRequest(formData({ candidateId: candidate.id, ...(confirm ? { confirm } : {}) }));

    expect(await request()).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringContaining("asked for their data to be deleted")] },
    });
    expect(await db.candidate.count({ where: { id: candidate.id } })).toBe(1);

    const deleted = expect.objectContaining({ digest: expect.stringContaining(";/staff/candidates?deleted=1;") });
    await expect(request("yes")).rejects.toEqual(deleted);
    await expect(request("yes")).rejects.toEqual(deleted); // a colleague's second click: same outcome
    expect(await db.candidate.count({ where: { id: candidate.id } })).toBe(0);
    expect(await db.candidateDemographics.count({ where: { candidateId: candidate.id } })).toBe(0);
    expect(await db.candidateTally.findMany({ select: { region: true, deleted: true } })).toEqual([
      { region: "SOUTHWEST", deleted: 1 },
    ]);
    const audit = await db.auditEvent.findMany({ where: { kind: "candidate.deleted" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, subjectId: candidate.id, payload: { by: "staff" } });
    expect(JSON.stringify(audit[0])).not.toContain(candidate.email);
    expect(await listPage({ deleted: "1" })).toContain("The candidate is deleted.");
  });
});

describe("staff only", () => {
  it("answers 'not found' to an employer and 'sign in' to a visitor from every loader, page, action and the export", async () => {
    const candidate = await createCandidate(db);
    const { owner } = await createOrganization(db);
    const change = () => formData({ candidateId: candidate.id, expectedStatus: "NEW", status: "HIRED" });

    await signInAs(owner.id);
    await expect(listCandidatesForStaff(filters())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateForStaff(candidate.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await setCandidateStatus(change())).toMatchObject({ ok: false, message: new AppError("NOT_FOUND").message });
    expect(await deleteCandidateOnRequest(formData({ candidateId: candidate.id, confirm: "yes" }))).toMatchObject({
      ok: false,
      message: new AppError("NOT_FOUND").message,
    });
    expect((await exportRequest()).status).toBe(404);
    await expect(listPage()).rejects.toEqual(NOT_FOUND_PAGE);
    await expect(candidatePage(candidate.id)).rejects.toEqual(NOT_FOUND_PAGE);

    requestScope.clear();
    await expect(listCandidatesForStaff(filters())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getCandidateForStaff(candidate.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await setCandidateStatus(change())).toMatchObject({
      ok: false,
      message: new AppError("UNAUTHENTICATED").message,
    });
    expect(await deleteCandidateOnRequest(formData({ candidateId: candidate.id, confirm: "yes" }))).toMatchObject({
      ok: false,
      message: new AppError("UNAUTHENTICATED").message,
    });
    const anonymous = await exportRequest();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(candidate.email);
    await expect(listPage()).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("/signin?callbackUrl=%2Fstaff%2Fcandidates") }),
    );

    expect((await db.candidate.findUniqueOrThrow({ where: { id: candidate.id } })).status).toBe("NEW");
    expect(await db.candidateTally.count()).toBe(0);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
