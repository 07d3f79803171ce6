import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCurrentStandards } from "@/lib/program/standards/data";
import { attentionFor, progressOfApprentices, waitingForMentor } from "@/lib/training/dashboard/data";
import { loadProgramFigures } from "@/lib/training/figures/data";
import { monthStart } from "@/lib/training/figures/figures";
import { requireUser } from "@/lib/authz";
import { clearProcessCache } from "@/lib/process-cache";
import TrainingPage from "@/app/(training)/training/page";
import StaffTrainingPage from "@/app/(staff)/staff/training/page";
import { GET as employerFiguresCsv } from "@/app/api/staff/training/employers/route";
import { addMember, createUser } from "../support/factories";
import { truncateAll } from "../support/database";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import { html } from "../support/render";
import { parseCsv } from "../support/csv";
import { asUser } from "../support/sign-in";
import { askSignOff, inTraining, logWeek, outsidersOf, pdfBytes, weeksAgo } from "../support/training";
import { wageSchedule } from "../support/training-records";

// The dashboards (issue 17, point 8): the employer's training page (progress of the page's apprentices, what needs
// attention), the mentor's summary, and AAMI staff's program-wide figures with their CSV, each on real Postgres and
// each showing nobody what is not theirs.

type Trainee = Awaited<ReturnType<typeof inTraining>>;
const DAY = 86_400_000;
const noSearch = { searchParams: Promise.resolve({}) };

const signOff = (t: Trainee, skillCode: string, skillSetKey: string, createdAt = new Date()) =>
  db.skillSignOff.create({
    data: {
      organizationId: t.org.id,
      apprenticeId: t.apprentice.id,
      skillCode,
      skillSetKey,
      demonstratedOn: weeksAgo(1),
      signedById: t.mentorUser,
      createdAt,
    },
  });

describe("the employer's training page", () => {
  it("lists what needs attention in the organization only: weeks waiting (oldest first) and apprentices silent for 14 days", async () => {
    const t = await inTraining({ startDate: weeksAgo(6) });
    const { sameOrg, otherOrg } = await outsidersOf(t);
    const silent = await inTraining({ org: { org: t.org, owner: t.owner }, startDate: weeksAgo(6) });
    const justStarted = await inTraining({ org: { org: t.org, owner: t.owner }, startDate: weeksAgo(1) });
    await logWeek(t, weeksAgo(1), "SUBMITTED");
    await logWeek(t, weeksAgo(1), "SUBMITTED", { skillSetKey: "PROFESSIONAL" });
    await logWeek(t, weeksAgo(2), "SUBMITTED");
    await logWeek(sameOrg, weeksAgo(0), "SUBMITTED");
    await logWeek(silent, weeksAgo(5), "APPROVED");
    await logWeek(otherOrg, weeksAgo(3), "SUBMITTED");

    const member = await addMember(db, t.org.id, "MEMBER");
    const attention = (await asUser(member.user.id, async () => attentionFor(await requireUser())))!;
    expect(attention.waiting.total).toBe(2);
    expect(attention.waiting.rows.map((r) => [r.id, r.weeks])).toEqual([
      [t.apprentice.id, 2],
      [sameOrg.apprentice.id, 1],
    ]);
    // sameOrg's apprentice started four weeks ago (the factory's default) and logged this week: not silent.
    expect(attention.silent.rows.map((r) => r.id)).toEqual([silent.apprentice.id]);
    expect(attention.silent.total).toBe(1);
    expect(attention.silent.rows.map((r) => r.id)).not.toContain(justStarted.apprentice.id);

    // Nobody outside the organization has the lists: a mentor who is not a member, another organization's owner.
    for (const outsider of [t.mentorUser, t.apprenticeUser]) {
      expect(await asUser(outsider, async () => attentionFor(await requireUser()))).toBeNull();
    }
    const theirs = (await asUser(otherOrg.owner.id, async () => attentionFor(await requireUser())))!;
    expect(theirs.waiting.rows.map((r) => r.id)).toEqual([otherOrg.apprentice.id]);

    const page = html(await asUser(t.owner.id, () => TrainingPage(noSearch)));
    expect(page).toContain("Needs attention");
    expect(page).toMatch(/Weeks waiting for approval<\/h3><p[^>]*>2 apprentices</);
    expect(page).toMatch(/No hours logged for 14 days<\/h3><p[^>]*>1 apprentice</);
    expect(page).toContain(`/training/${silent.apprentice.id}`);
    expect(page).not.toContain(otherOrg.apprentice.id);
  });

  it("shows each apprentice's progress: hours with credit, skills, this year's instruction, next raise, credentials", async () => {
    const t = await inTraining({
      startDate: weeksAgo(10),
      credits: [{ skillSetKey: "PROFESSIONAL", creditedHours: 40 }],
    });
    const standards = await getCurrentStandards();
    await wageSchedule(db, t.org.id, "HOURS", 1000, 4000);
    const approved = await logWeek(t, weeksAgo(3), "APPROVED", { minutes: 600 });
    // A correction, approved: it replaces the 10 hours with 12.
    await logWeek(t, weeksAgo(3), "APPROVED", { minutes: 720, correctsId: approved.id });
    await logWeek(t, weeksAgo(2), "APPROVED", { minutes: 480, skillSetKey: "ELECTRONICS" });
    await logWeek(t, weeksAgo(1), "SUBMITTED", { minutes: 480 });
    const [safety] = standards.skillSets;
    await signOff(t, safety!.skills[0]!.code, safety!.key);
    await db.instructionCourse.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: t.apprentice.id,
        title: "Electrical safety",
        provider: "College",
        minutes: 600,
        completedOn: weeksAgo(2),
        enteredById: t.owner.id,
        confirmedAt: new Date(),
        confirmedById: t.owner.id,
      },
    });
    const file = await db.storedFile.create({
      data: {
        organizationId: t.org.id,
        filename: "cabt.pdf",
        contentType: "application/pdf",
        byteSize: 10,
        sha256: "x".repeat(64),
        backend: "DATABASE",
        data: Buffer.from(await pdfBytes()),
      },
    });
    await db.credential.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: t.apprentice.id,
        kind: "CABT",
        earnedOn: weeksAgo(2),
        evidenceFileId: file.id,
        enteredById: t.owner.id,
        verifiedAt: new Date(),
        verifiedById: (await createUser(db, { staffRole: "STAFF_REVIEWER" })).id,
      },
    });
    const other = await inTraining();

    const progress = await progressOfApprentices([t.apprentice.id, other.apprentice.id]);
    const p = progress.get(t.apprentice.id)!;
    expect(p).toMatchObject({
      approvedHours: 20,
      creditedHours: 40,
      countedHours: 60,
      waitingHours: 8,
      requiredHours: standards.skillSets.reduce((n, s) => n + s.hours, 0),
      skillsSignedOff: 1,
      skillsTotal: standards.skillSets.reduce((n, s) => n + s.skills.length, 0),
      credentialsVerified: 1,
      // Ten weeks into the year, 10 confirmed hours trail the share of 144 those weeks call for.
      instructionBehind: true,
    });
    expect(p.instruction).toMatchObject({ year: 1, confirmedHours: 10, requiredHours: standards.riHoursPerYear });
    expect(p.nextRaise).toMatchObject({ step: 1, standing: "not-reached", dueOn: null });
    // The other organization (the factory's) has no wage schedule here.
    expect(progress.get(other.apprentice.id)).toMatchObject({ approvedHours: 0, credentialsVerified: 0 });

    const page = html(await asUser(t.owner.id, () => TrainingPage(noSearch)));
    expect(page).toContain("60 of");
    expect(page).toContain("1 of 3 verified");
    expect(page).toContain("10 of 144 h (year 1)<span");
    expect(page).toContain(">Behind</span>");
  });

  it("gives a mentor the count of weeks and sign-offs waiting for them, their mentees' only", async () => {
    const t = await inTraining();
    const { sameOrg } = await outsidersOf(t);
    await logWeek(t, weeksAgo(1), "SUBMITTED");
    await logWeek(t, weeksAgo(1), "SUBMITTED", { skillSetKey: "PROFESSIONAL" });
    await logWeek(t, weeksAgo(2), "SUBMITTED");
    await logWeek(sameOrg, weeksAgo(1), "SUBMITTED");
    await askSignOff(t);
    expect(await asUser(t.mentorUser, async () => waitingForMentor(await requireUser()))).toEqual({
      weeks: 2,
      signOffs: 1,
    });
    expect(await asUser(t.owner.id, async () => waitingForMentor(await requireUser()))).toBeNull();
    const page = html(await asUser(t.mentorUser, () => TrainingPage(noSearch)));
    expect(page).toContain("2 weeks of hours to approve and 1 skill to sign off.");
    expect(page).toContain(`/training/${t.apprentice.id}`);
    expect(page).not.toContain(`/training/${sameOrg.apprentice.id}`);
    expect(page).not.toContain("Needs attention");
  });
});

describe("the apprentice's record", () => {
  it("tells the apprentice what is next: weeks sent back, skills left, their next raise", async () => {
    const t = await inTraining({ startDate: weeksAgo(8) });
    await wageSchedule(db, t.org.id, "MONTHS", 6, 24);
    await logWeek(t, weeksAgo(2), "RETURNED");
    const { default: RecordPage } = await import("@/app/(training)/training/[apprenticeId]/page");
    const render = (userId: string) =>
      asUser(userId, async () =>
        html(await RecordPage({ params: Promise.resolve({ apprenticeId: t.apprentice.id }), ...noSearch })),
      );
    const mine = await render(t.apprenticeUser);
    expect(mine).toContain("What is next");
    expect(mine).toContain("Your mentor sent back a week: fix and send it again");
    expect(mine).toMatch(/Your next raise \(.+\) falls due on/);
    // The owner and the mentor see the record without the apprentice's own box.
    expect(await render(t.owner.id)).not.toContain("What is next");
    expect(await render(t.mentorUser)).not.toContain("What is next");
  });
});

describe("AAMI staff's program figures", () => {
  // Program-wide figures are exact counts over the whole database: these tests start from empty tables.
  beforeEach(async () => {
    await truncateAll(INTEGRATION_DATABASE_URL);
    clearProcessCache();
  });

  it("count completions and cancellations by the quarter they took effect, and the completion rate", async () => {
    const [done, left, gone] = [await inTraining(), await inTraining(), await inTraining()];
    const exit = (t: typeof done, toStatus: "COMPLETED" | "CANCELLED", effectiveOn: string) =>
      db.$transaction([
        db.apprentice.update({ where: { id: t.apprentice.id }, data: { trainingStatus: toStatus } }),
        db.trainingStatusChange.create({
          data: {
            organizationId: t.org.id,
            apprenticeId: t.apprentice.id,
            fromStatus: "ACTIVE",
            toStatus,
            effectiveOn: new Date(`${effectiveOn}T00:00:00Z`),
            changedById: t.owner.id,
            ...(toStatus === "CANCELLED" ? { cancellationReason: "MOVED" as const, inProbation: false } : {}),
          },
        }),
      ]);
    await exit(done, "COMPLETED", "2027-02-10");
    await exit(left, "CANCELLED", "2027-03-31");
    await exit(gone, "CANCELLED", "2027-04-01");
    const figures = await loadProgramFigures();
    expect(figures).toMatchObject({
      activeApprentices: 0,
      exits: [
        { quarter: "2027 Q1", completed: 1, cancelled: 1 },
        { quarter: "2027 Q2", completed: 0, cancelled: 1 },
      ],
    });
    expect(figures.completionRate).toBeCloseTo(1 / 3);
  });

  it("count apprentices, this month's hours and sign-offs, weeks waiting and overdue raises, in all and per employer", async () => {
    const now = new Date();
    const thisMonth = new Date(monthStart(now).getTime() + 3_600_000);
    const lastMonth = new Date(monthStart(now, -1).getTime() + DAY);
    const a = await inTraining({ startDate: new Date(now.getTime() - 300 * DAY) });
    const b = await inTraining({ org: { org: a.org, owner: a.owner } });
    const c = await inTraining();
    await wageSchedule(db, a.org.id, "MONTHS", 6, 24); // a's first raise fell due about four months ago: overdue
    const corrected = await logWeek(a, weeksAgo(3), "APPROVED", { minutes: 600, reviewedAt: lastMonth });
    await logWeek(a, weeksAgo(3), "APPROVED", { minutes: 720, reviewedAt: thisMonth, correctsId: corrected.id });
    await logWeek(b, weeksAgo(2), "APPROVED", { minutes: 3000, reviewedAt: thisMonth });
    await logWeek(b, weeksAgo(1), "SUBMITTED");
    await logWeek(b, weeksAgo(1), "SUBMITTED", { skillSetKey: "PROFESSIONAL" });
    await logWeek(c, weeksAgo(1), "APPROVED", { minutes: 300, reviewedAt: thisMonth });
    await signOff(a, "1.01", "SAFETY", thisMonth);
    await signOff(c, "1.01", "SAFETY", lastMonth);
    await db.apprentice.update({ where: { id: c.apprentice.id }, data: { status: "REGISTERED" } });

    const figures = await loadProgramFigures(now);
    expect(figures).toMatchObject({
      activeApprentices: 3,
      // 2 hours added by a's correction, 50 of b's, 5 of c's.
      hoursApprovedThisMonth: 57,
      skillsSignedOffThisMonth: 1,
      weeksWaiting: 1,
      overdueRaises: 1,
      exits: [],
      completionRate: null,
    });
    expect(figures.months.at(-2)!.hours).toBe(10);
    const byId = new Map(figures.employers.map((e) => [e.organizationId, e]));
    expect(byId.get(a.org.id)).toMatchObject({
      activeApprentices: 2,
      hoursApprovedThisMonth: 52,
      weeksWaiting: 1,
      skillsSignedOffThisMonth: 1,
      overdueRaises: 1,
    });
    expect(byId.get(c.org.id)).toMatchObject({ activeApprentices: 1, hoursApprovedThisMonth: 5, overdueRaises: 0 });

    const staff = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    const page = html(await asUser(staff.id, () => StaffTrainingPage(noSearch)));
    expect(page).toContain("Hours approved per month");
    expect(page).toContain("No completions or cancellations recorded yet");
    expect(page).toContain(a.org.legalName);

    const response = await asUser(staff.id, () => employerFiguresCsv());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/training-figures-by-employer-\d{4}-\d{2}-\d{2}\.csv/);
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([
      "Employer",
      "State",
      "Apprentices in training",
      "Hours approved (month to date)",
      "Weeks waiting for approval",
      "Skills signed off (month to date)",
      "Raises overdue",
    ]);
    expect(rows.slice(1)).toHaveLength(2);
    expect(rows).toContainEqual([a.org.legalName, a.org.state, "2", "52", "1", "1", "1"]);
  });

  it("are for staff only: the CSV answers anyone else 'not found' and writes nothing", async () => {
    const t = await inTraining();
    for (const userId of [t.owner.id, t.mentorUser, t.apprenticeUser]) {
      const response = await asUser(userId, () => employerFiguresCsv());
      expect(response.status).toBe(404);
    }
  });
});
