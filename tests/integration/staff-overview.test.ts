import { beforeEach, describe, expect, it } from "vitest";
import type { StepKey, StepStatus, SubmissionStatus } from "@prisma/client";
import { db } from "@/lib/db";
import { getStaffOverview } from "@/lib/staff/overview";
import { deleteCandidate } from "@/lib/candidates/deletion";
import { getCandidateRegionCounts, getDeletedSelfIdTallies } from "@/lib/candidates/region-counts";
import StaffHomePage from "@/app/(staff)/staff/page";
import { createCandidate, createOrganization, createUser } from "../support/factories";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import { html } from "../support/render";
import { signInAs } from "../support/sign-in";

// The staff home's numbers are exact counts over the whole database, so every test starts from empty tables.
beforeEach(async () => {
  await truncateAll(INTEGRATION_DATABASE_URL);
  await signInAs((await createUser(db, { staffRole: "STAFF_REVIEWER" })).id);
});

const NOW = new Date("2031-05-15T12:00:00Z"); // Q2 2031; the 90-day review window opens 2031-02-14T12:00Z
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

async function setSteps(organizationId: string, steps: Partial<Record<StepKey, StepStatus>>) {
  await db.onboardingStep.createMany({
    data: Object.entries(steps).map(([step, status]) => ({ organizationId, step: step as StepKey, status })),
  });
}

type SubmissionDates = { submittedAt: Date; decidedAt?: Date; agencyAcceptedAt?: Date };
async function submit(
  organizationId: string,
  version: number,
  status: SubmissionStatus,
  { submittedAt, decidedAt, agencyAcceptedAt }: SubmissionDates,
) {
  await db.submission.create({
    data: {
      organizationId,
      version,
      status,
      snapshot: {},
      submittedById: "someone",
      submittedAt,
      decidedAt,
      agencyAcceptedAt,
    },
  });
}

describe("staff home numbers", () => {
  it("counts organizations per step and status, waiting submissions, the median review time and registrations", async () => {
    const [a, b, c, d, e, f] = await Promise.all(Array.from({ length: 6 }, () => createOrganization(db)));
    // Every organization has step 1 complete (the factory registers it).
    await setSteps(a!.org.id, { STANDARDS: "COMPLETE", POSITION: "IN_PROGRESS" });
    await setSteps(b!.org.id, { STANDARDS: "COMPLETE", POSITION: "COMPLETE", FUNDING: "CHANGES_REQUESTED" });
    await setSteps(c!.org.id, { STANDARDS: "IN_PROGRESS", POSITION: "NOT_STARTED" });

    await submit(a!.org.id, 1, "SUBMITTED", { submittedAt: daysBefore(1) });
    await submit(b!.org.id, 1, "CHANGES_REQUESTED", { submittedAt: daysBefore(20), decidedAt: daysBefore(16) });
    await submit(b!.org.id, 2, "IN_REVIEW", { submittedAt: daysBefore(3) });
    await submit(c!.org.id, 1, "CHANGES_REQUESTED", { submittedAt: daysBefore(30), decidedAt: daysBefore(29.5) });
    await submit(c!.org.id, 2, "APPROVED", { submittedAt: daysBefore(10), decidedAt: daysBefore(8) });
    await submit(d!.org.id, 1, "ACCEPTED", {
      submittedAt: daysBefore(60),
      decidedAt: daysBefore(50),
      agencyAcceptedAt: new Date("2031-04-01T00:00:00Z"), // the first instant of the quarter counts
    });
    // An older version left in review is superseded by version 2: it is not waiting.
    await submit(e!.org.id, 1, "IN_REVIEW", { submittedAt: new Date("2030-11-01T00:00:00Z") });
    await submit(e!.org.id, 2, "ACCEPTED", {
      submittedAt: new Date("2030-12-01T00:00:00Z"),
      decidedAt: new Date("2031-01-10T00:00:00Z"), // before the review window
      agencyAcceptedAt: new Date("2031-03-31T23:59:59.999Z"), // the last instant of the previous quarter
    });
    await submit(f!.org.id, 1, "ACCEPTED", {
      submittedAt: daysBefore(25),
      decidedAt: daysBefore(20),
      agencyAcceptedAt: daysBefore(1),
    });

    const overview = await getStaffOverview(NOW);

    expect(overview.organizationCount).toBe(6);
    const counts = Object.fromEntries(overview.pipeline.map((row) => [row.step, row.counts]));
    const row = (COMPLETE: number, IN_PROGRESS: number, CHANGES_REQUESTED: number, NOT_STARTED: number) => ({
      COMPLETE,
      IN_PROGRESS,
      CHANGES_REQUESTED,
      NOT_STARTED,
    });
    expect(counts).toEqual({
      INTENT: row(6, 0, 0, 0),
      STANDARDS: row(2, 1, 0, 3),
      POSITION: row(1, 1, 0, 4),
      FUNDING: row(0, 0, 1, 5),
      MENTOR: row(0, 0, 0, 6),
      AGREEMENT: row(0, 0, 0, 6),
      SUBMIT: row(0, 0, 0, 6),
      APPRENTICES: row(0, 0, 0, 6),
    });
    expect(overview.waiting).toEqual({ submitted: 1, inReview: 1 });
    // Decisions in the window took 0.5, 2, 4, 5 and 10 days.
    expect(overview.review).toEqual({ medianDays: 4, decisions: 5, windowDays: 90 });
    expect(overview.registrations.count).toBe(2);
    expect(overview.registrations.quarter.label).toBe("Q2 2031");
  });

  it("interpolates the median of an even number of decisions and leaves out decisions outside the window", async () => {
    const { org } = await createOrganization(db);
    const other = await createOrganization(db);
    const old = await createOrganization(db);
    await submit(org.id, 1, "APPROVED", { submittedAt: daysBefore(5), decidedAt: daysBefore(4) });
    await submit(other.org.id, 1, "REJECTED", { submittedAt: daysBefore(12), decidedAt: daysBefore(10) });
    await submit(old.org.id, 1, "APPROVED", { submittedAt: daysBefore(120), decidedAt: daysBefore(91) });

    expect((await getStaffOverview(NOW)).review).toEqual({ medianDays: 1.5, decisions: 2, windowDays: 90 });
  });

  it("says 'no decisions yet' and shows no chart before any employer registers", async () => {
    const overview = await getStaffOverview(NOW);
    expect(overview).toMatchObject({
      organizationCount: 0,
      waiting: { submitted: 0, inReview: 0 },
      review: { medianDays: null, decisions: 0 },
      registrations: { count: 0 },
    });
    const page = html(await StaffHomePage());
    expect(page).toContain("No decisions yet");
    expect(page).toContain("No submission was decided in the last 90 days.");
    expect(page).toContain("No employer has registered yet<");
  });

  it("renders the pipeline as a table with the numbers, and links to the queue and the employers", async () => {
    const { org } = await createOrganization(db);
    await setSteps(org.id, { STANDARDS: "IN_PROGRESS" });
    await submit(org.id, 1, "SUBMITTED", { submittedAt: new Date() });
    const page = html(await StaffHomePage());
    expect(page).toContain("<caption");
    expect(page).toContain("Organizations at each checklist step, by status (1 organizations in all)");
    expect(page).toMatch(/<th scope="row"[^>]*><span[^>]*>2\.<\/span> Review the standards/);
    expect(page).toContain('href="/staff/queue"');
    expect(page).toContain('href="/staff/employers"');
    expect(page).toContain("Waiting for review: 1. In review: 0. Latest versions only.");
  });

  it("shows figures up to a minute old, and says how old", async () => {
    const { org } = await createOrganization(db);
    await submit(org.id, 1, "SUBMITTED", { submittedAt: new Date() });
    const first = html(await StaffHomePage());
    const asOf = first.match(
      /Figures as of <time dateTime="([^"]+)">(\d\d:\d\d) UTC<\/time>, refreshed every minute\./,
    );
    expect(asOf).not.toBeNull();
    expect(Date.now() - Date.parse(asOf![1]!)).toBeLessThan(60_000);
    expect(asOf![2]).toBe(asOf![1]!.slice(11, 16));
    // A second submission within the minute: the page still shows the figures of its first view, with their time.
    const { org: other } = await createOrganization(db);
    await submit(other.id, 1, "SUBMITTED", { submittedAt: new Date() });
    const second = html(await StaffHomePage());
    expect(second).toContain("Waiting for review: 1. In review: 0.");
    expect(second).toContain(`dateTime="${asOf![1]}"`);
    // The loader under the cache counts both.
    expect((await getStaffOverview()).waiting.submitted).toBe(2);
  });
});

describe("prospective apprentices by region", () => {
  it("counts sharing, withdrawn and deleted people per region, deleted ones only as an anonymous tally", async () => {
    await createCandidate(db, { state: "WI" });
    await createCandidate(db, { state: "IL", withdrawnAt: new Date() });
    const leaving = await createCandidate(db, { state: "OH" });
    await createCandidate(db, { state: "TX" });
    expect(await deleteCandidate(leaving.id, { by: "candidate" })).toBe(true);
    expect(await deleteCandidate(leaving.id, { by: "candidate" })).toBe(false);

    const counts = Object.fromEntries((await getCandidateRegionCounts()).map((r) => [r.region, r]));
    expect(counts.MIDWEST).toEqual({ region: "MIDWEST", sharing: 1, withdrawn: 1, deleted: 1, signedUp: 3 });
    expect(counts.SOUTHWEST).toMatchObject({ sharing: 1, withdrawn: 0, deleted: 0, signedUp: 1 });
    expect(counts.WEST).toMatchObject({ signedUp: 0 });
    expect(await db.candidate.count({ where: { email: leaving.email } })).toBe(0);

    const page = html(await StaffHomePage());
    expect(page).toContain("Prospective apprentices by home region (4 signed up in all)");
  });

  it("keeps deleted people's self-identification answers as anonymous counts per region, question and answer", async () => {
    const answered = await createCandidate(db, {
      state: "WI",
      firstName: "Quinlan",
      selfId: { sex: "FEMALE", ethnicity: "HISPANIC", races: ["ASIAN", "WHITE"], disability: "YES" },
    });
    const declined = await createCandidate(db, {
      state: "OH",
      selfId: { sex: "DECLINED", ethnicity: null, races: [], disability: "NO", veteranStatus: "VETERAN" },
    });
    const silent = await createCandidate(db, { state: "TX" });
    const kept = await createCandidate(db, { state: "WI", selfId: { sex: "MALE", races: [] } });
    // Two deletions of one person at the same moment count them once.
    await Promise.all([
      deleteCandidate(answered.id, { by: "candidate" }),
      deleteCandidate(answered.id, { by: "candidate" }),
    ]);
    await deleteCandidate(declined.id, { by: "candidate" });
    await deleteCandidate(silent.id, { by: "candidate" });

    const month = answered.createdAt.toISOString().slice(0, 7);
    const rows = await db.candidateSelfIdTally.findMany({
      orderBy: [{ region: "asc" }, { question: "asc" }, { answer: "asc" }],
    });
    expect(rows.map((r) => [r.region, r.question, r.answer, r.count])).toEqual([
      ["MIDWEST", "SEX", "DECLINED", 1],
      ["MIDWEST", "SEX", "FEMALE", 1],
      ["MIDWEST", "ETHNICITY", "HISPANIC", 1],
      ["MIDWEST", "ETHNICITY", "NOT_ANSWERED", 1],
      ["MIDWEST", "RACE", "ASIAN", 1],
      ["MIDWEST", "RACE", "NOT_ANSWERED", 1],
      ["MIDWEST", "RACE", "WHITE", 1],
      ["MIDWEST", "DISABILITY", "NO", 1],
      ["MIDWEST", "DISABILITY", "YES", 1],
      ["SOUTHWEST", "SEX", "NOT_ANSWERED", 1],
      ["SOUTHWEST", "ETHNICITY", "NOT_ANSWERED", 1],
      ["SOUTHWEST", "RACE", "NOT_ANSWERED", 1],
      ["SOUTHWEST", "DISABILITY", "NOT_ANSWERED", 1],
    ]);
    expect(new Set(rows.map((r) => r.month))).toEqual(new Set([month]));
    // Nothing in a count says who: no id, name, email or anything typed; the people themselves are gone.
    const stored = JSON.stringify(rows);
    for (const gone of [answered, declined, silent]) {
      for (const identity of [gone.id, gone.email, gone.lastName, gone.firstName, gone.phone!, gone.postalCode]) {
        expect(stored).not.toContain(identity);
      }
    }
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ["answer", "count", "createdAt", "id", "month", "question", "region", "updatedAt"].sort(),
    );
    expect(await db.candidate.findMany({ select: { id: true } })).toEqual([{ id: kept.id }]);
    expect(await db.candidateDemographics.count()).toBe(1);
    expect(
      await db.candidateTally.findMany({ select: { region: true, deleted: true }, orderBy: { region: "asc" } }),
    ).toEqual([
      { region: "MIDWEST", deleted: 2 },
      { region: "SOUTHWEST", deleted: 1 },
    ]);

    // Staff read them per question and region, the form's own answers even at 0, on the staff home.
    const sex = (await getDeletedSelfIdTallies()).find((t) => t.question === "SEX")!;
    const byLabel = Object.fromEntries(sex.answers.map((a) => [a.label, a.total]));
    expect(byLabel).toEqual({ Female: 1, Male: 0, "I prefer not to answer": 1, "Not answered": 1 });
    const page = html(await StaffHomePage());
    expect(page).toContain("Deleted candidates’ voluntary self-identification (anonymous counts)");
    expect(page).toContain("Deleted candidates by answer to “Disability” and home region");
    expect(page).not.toContain("Quinlan");
  });

  it("says nobody has signed up yet when the database is empty", async () => {
    expect(html(await StaffHomePage())).toContain("Nobody has sent the apprentice interest form yet<");
  });
});

describe("staff home access", () => {
  it("is 'not found' for an employer, through the loader as through the page", async () => {
    const { owner } = await createOrganization(db);
    await signInAs(owner.id);
    await expect(getStaffOverview()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCandidateRegionCounts()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDeletedSelfIdTallies()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(StaffHomePage()).rejects.toEqual(expect.objectContaining({ digest: expect.stringContaining("404") }));
  });
});
