import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requireTrainingAccess } from "@/lib/authz/training";
import { progressOfApprentices } from "@/lib/training/dashboard/data";
import { approveWeekHours, logWeekHours } from "@/lib/training/hours/actions";
import { loadTrainingStatus } from "@/lib/training/lifecycle/data";
import { raisesFor } from "@/lib/training/raises/data";
import {
  acceptApprenticeTransfer,
  declineApprenticeTransfer,
  proposeApprenticeTransfer,
  withdrawApprenticeTransfer,
} from "@/lib/training/transfers/actions";
import { loadTransferForReceiver, transfersToAnswer } from "@/lib/training/transfers/data";
import { TOO_MANY_PROPOSALS, TRANSFER_PROPOSAL_LIMIT } from "@/lib/training/transfers/propose";
import { addDays, addMonths, isoDay } from "@/lib/training/weeks";
import { addMember, approvedVersionOne, createOrganization, createUser } from "../support/factories";
import { asUser } from "../support/sign-in";
import { wageSchedule } from "../support/training-records";
import { storeFile } from "@/lib/storage";
import { verifyApprenticeCredential } from "@/lib/training/credentials/actions";
import {
  inTraining,
  downloadStatusChanges,
  logWeek,
  newMentor,
  pdfBytes,
  outcome,
  outsidersOf,
  redirectTo,
  thisWeek,
  weeksAgo,
} from "../support/training";
import { currentActor } from "@/lib/authz";
import { assignApprenticeMentor } from "@/lib/training/mentors/actions";
import { undoTrainingSignOff } from "@/lib/training/skills/actions";
import { loadSkillPage } from "@/lib/training/skills/data";
import RecordPage from "@/app/(training)/training/[apprenticeId]/page";
import { html } from "../support/render";
import { parseCsv } from "../support/csv";
import { rapidsDate } from "@/lib/rapids/csv";

// Transfers (issue 17, point 7): the sending employer's owner proposes moving an active apprentice to another employer
// partner, once the apprentice agreed; the receiving employer's owner accepts (position, wage at least its schedule's
// at the step reached) or declines; the sender may withdraw. Accepted, the record moves with its hours, sign-offs,
// courses, raises and credentials, and the sending employer no longer reaches it. Real actions against Postgres,
// through Auth.js.

/** Another employer partner: AAMI approved it, it has a position and a wage schedule (raises every 6 months). */
async function partner() {
  const { org, owner } = await createOrganization(db);
  await approvedVersionOne(db, org.id, owner.id);
  await wageSchedule(db, org.id, "MONTHS", 6, 24);
  const position = await db.position.create({
    data: {
      organizationId: org.id,
      type: "NEW_POSITION",
      title: "BMET I",
      department: "Clinical Engineering",
      siteAddress: "1 Main St",
    },
  });
  return { org, owner, position };
}

/** This week's Monday: today or earlier, so the receiving employer can accept at once, and a day to log hours from. */
const firstDay = isoDay(thisWeek);
const propose = (userId: string, apprenticeId: string, receiverEmail: string, over: Record<string, string> = {}) =>
  asUser(userId, () =>
    proposeApprenticeTransfer({
      apprenticeId,
      receiverEmail,
      effectiveOn: firstDay,
      note: "Moving to Milwaukee",
      apprenticeAgreed: "yes",
      ...over,
    }),
  );
const proposedTransfer = (apprenticeId: string) =>
  db.trainingTransfer.findFirstOrThrow({ where: { apprenticeId, status: "PROPOSED" } });
const accept = (userId: string, transferId: string, positionId: string, wage = "30.00") =>
  asUser(userId, () => acceptApprenticeTransfer({ transferId, positionId, wage }));
const proposed = (apprenticeId: string) =>
  redirectTo(`/training/${apprenticeId}/status?done=transfer-proposed#transfer-heading`);
const accepted = (apprenticeId: string) =>
  redirectTo(`/training/${apprenticeId}/status?done=transfer-accepted#status-heading`);

/** Everything a refused answer must leave as it was. */
const stateOf = async (apprenticeId: string) => ({
  apprentice: await db.apprentice.findUniqueOrThrow({
    where: { id: apprenticeId },
    select: { organizationId: true, mentorId: true, positionId: true, trainingStatus: true },
  }),
  transfers: await db.trainingTransfer.findMany({ where: { apprenticeId }, select: { status: true } }),
  changes: await db.trainingStatusChange.count({ where: { apprenticeId } }),
  mail: await db.mailMessage.count({ where: { template: "training-transfer" } }),
});

describe("a transfer accepted", () => {
  it("moves the record, with everything on it, to the receiving employer, who starts the apprentice at its step", async () => {
    // Nine months in: two approved weeks, a raise the sender gave at 6 months, and its own schedule.
    const t = await inTraining({ startDate: addMonths(weeksAgo(0), -9) });
    const id = t.apprentice.id;
    await wageSchedule(db, t.org.id, "MONTHS", 6, 24);
    await logWeek(t, weeksAgo(3), "APPROVED", { reviewedAt: new Date() });
    await logWeek(t, weeksAgo(2), "APPROVED", { reviewedAt: new Date() });
    await db.wageRaise.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: id,
        step: 1,
        stintStartedOn: t.apprentice.startDate,
        effectiveOn: addMonths(t.apprentice.startDate, 6),
        wageCents: 2600,
        recordedById: t.owner.id,
      },
    });
    // A skill the sender's mentor signed off today: still within the week a mentor may undo it.
    const signOff = await db.skillSignOff.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: id,
        skillCode: "1.01",
        skillSetKey: "SAFETY",
        demonstratedOn: weeksAgo(1),
        signedById: t.mentorUser,
      },
    });
    // A credential the apprentice entered at the sender, still waiting for AAMI when the record moves.
    const evidence = await storeFile(db, {
      organizationId: t.org.id,
      filename: "cabt.pdf",
      contentType: "application/pdf",
      bytes: await pdfBytes("CABT certificate"),
    });
    const credential = await db.credential.create({
      data: {
        organizationId: t.org.id,
        apprenticeId: id,
        kind: "CABT",
        earnedOn: weeksAgo(5),
        evidenceFileId: evidence.id,
        enteredById: t.apprenticeUser,
      },
    });
    const before = (await progressOfApprentices([id])).get(id)!;
    const to = await partner();
    const staffAdmin = await createUser(db, { staffRole: "STAFF_ADMIN" });

    await expect(propose(t.owner.id, id, to.owner.email.toUpperCase())).rejects.toEqual(proposed(id));
    const transfer = await proposedTransfer(id);
    expect(transfer).toMatchObject({
      fromOrganizationId: t.org.id,
      toOrganizationId: to.org.id,
      note: "Moving to Milwaukee",
    });
    // The receiving owner and the apprentice are told; the receiving owner sees it waiting for them.
    const told = await db.mailMessage.findMany({
      where: { template: "training-transfer" },
      select: { to: true, text: true },
    });
    expect(told.map((m) => m.to).sort()).toEqual(
      [t.apprentice.email!, to.owner.email].map((e) => e.toLowerCase()).sort(),
    );
    expect(told.find((m) => m.to === to.owner.email.toLowerCase())!.text).toContain(
      `/training/transfers/${transfer.id}`,
    );
    const waiting = await asUser(to.owner.id, async () => transfersToAnswer((await currentActor())!));
    expect(waiting).toMatchObject({ total: 1, transfers: [{ id: transfer.id }] });

    // What the receiving owner reads: the record so far, and the step reached on its schedule (one raise, at 6 months).
    const page = await asUser(to.owner.id, async () =>
      loadTransferForReceiver(
        { user: (await currentActor())!, org: { id: to.org.id, name: "" }, role: "OWNER" },
        transfer.id,
      ),
    );
    expect(page.proposal!.progress.approvedHours).toBe(before.approvedHours);
    expect(page.proposal!.startsAt).toMatchObject({ step: 1, period: { cents: 2470 } });

    // Below the schedule's wage for that step: refused next to the field, nothing moves.
    const unchanged = await stateOf(id);
    expect(await accept(to.owner.id, transfer.id, to.position.id, "24.00")).toMatchObject({
      ok: false,
      fieldErrors: { wage: [expect.stringContaining("$24.70 an hour")] },
    });
    // Another organization's position is not one to choose.
    expect(
      await accept(to.owner.id, transfer.id, t.apprentice.positionId ?? (await partner()).position.id),
    ).toMatchObject({
      ok: false,
      fieldErrors: { positionId: ["Choose one of your organization's positions."] },
    });
    expect(await stateOf(id)).toEqual(unchanged);

    await expect(accept(to.owner.id, transfer.id, to.position.id, "25.50")).rejects.toEqual(accepted(id));
    expect(await db.apprentice.findUniqueOrThrow({ where: { id } })).toMatchObject({
      organizationId: to.org.id,
      positionId: to.position.id,
      mentorId: null,
      trainingStatus: "ACTIVE",
    });
    expect(await db.trainingTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).toMatchObject({
      status: "ACCEPTED",
      decidedById: to.owner.id,
      wageStep: 1,
      wageCents: 2550,
    });
    // The history says where the apprentice went, for both employers.
    const { changes } = await loadTrainingStatus({ apprenticeId: id });
    expect(changes.map((c) => [c.fromStatus, c.toStatus, c.reason]).sort()).toEqual([
      ["ACTIVE", "TRANSFERRED", `To ${to.org.legalName}`],
      ["TRANSFERRED", "ACTIVE", `From ${t.org.legalName}`],
    ]);
    // Everything recorded so far carried over; raises from here are the receiving employer's, after step 1.
    const after = (await progressOfApprentices([id])).get(id)!;
    expect(after).toMatchObject({ approvedHours: before.approvedHours, skillsSignedOff: before.skillsSignedOff });
    const raises = await raisesFor({ apprenticeId: id });
    expect(raises).toMatchObject({ startingStep: 1, raises: [{ step: 2, standing: "upcoming" }] });
    expect(raises!.schedule.entryWageCents).toBe(2280);
    // The sender's raise is no step of the receiver's schedule, but stays in the apprentice's wage history.
    expect(raises!.earlierRaises).toEqual([
      {
        id: expect.any(String),
        employerName: t.org.legalName,
        step: 1,
        effectiveOn: addMonths(t.apprentice.startDate, 6),
        wageCents: 2600,
      },
    ]);
    const record = html(
      await asUser(t.apprenticeUser, () =>
        RecordPage({ params: Promise.resolve({ apprenticeId: id }), searchParams: Promise.resolve({}) }),
      ),
    );
    const earlierTable = record.slice(record.indexOf("Raises given by earlier employers"));
    for (const shown of [t.org.legalName, "Step 1 of its schedule", "$26.00 an hour"]) {
      expect(earlierTable).toContain(shown);
    }

    // The sending employer and the mentor left behind no longer reach the record; the receiving owner does.
    await expect(asUser(t.owner.id, () => requireTrainingAccess(id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asUser(t.mentorUser, () => requireTrainingAccess(id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await asUser(to.owner.id, () => requireTrainingAccess(id))).toMatchObject({
      organizationId: to.org.id,
      orgRole: "OWNER",
    });
    expect(await asUser(t.apprenticeUser, () => requireTrainingAccess(id))).toMatchObject({ isApprentice: true });
    // The weeks before the first day were the sending employer's to record; from it, the apprentice logs on, and the
    // old mentor cannot approve anything of theirs.
    expect(
      await asUser(t.apprenticeUser, () =>
        logWeekHours({ apprenticeId: id, weekStart: isoDay(weeksAgo(1)), skillSetKey: "SAFETY", day0: "8" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { weekStart: [expect.stringContaining("That week ends before Sam's first day with this employer")] },
    });
    const week = isoDay(thisWeek);
    expect(
      await outcome(
        asUser(t.apprenticeUser, () =>
          logWeekHours({ apprenticeId: id, weekStart: week, skillSetKey: "SAFETY", day0: "8" }),
        ),
      ),
    ).toContain(`/training/${id}/log`);
    const entry = await db.ojtEntry.findFirstOrThrow({ where: { apprenticeId: id, status: "SUBMITTED" } });
    expect(entry.organizationId).toBe(to.org.id);
    await expect(
      asUser(t.mentorUser, () => approveWeekHours({ entries: [`${entry.id}:${entry.rowVersion}`] })),
    ).rejects.toEqual(redirectTo("/training/review?approved=0&unchanged=1"));
    expect(await db.ojtEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ status: "SUBMITTED" });

    // Both employers' owners, the apprentice, the mentor they leave and AAMI staff (who update RAPIDS) are told.
    const acceptedMail = await db.mailMessage.findMany({
      where: { template: "training-transfer", subject: { endsWith: "accepted" } },
      select: { to: true },
    });
    const mentorEmail = (await db.user.findUniqueOrThrow({ where: { id: t.mentorUser } })).email;
    const staffEmails = (await db.user.findMany({ where: { staffRole: { not: null } } })).map((u) => u.email);
    expect(staffEmails).toContain(staffAdmin.email);
    expect(acceptedMail.map((m) => m.to).sort()).toEqual(
      [t.owner.email, to.owner.email, t.apprentice.email!, mentorEmail, ...staffEmails]
        .map((e) => e.toLowerCase())
        .sort(),
    );
    expect(
      await db.auditEvent.count({ where: { kind: "training.transfer_answered", organizationId: to.org.id } }),
    ).toBe(1);

    // AAMI verifies the credential afterwards: the employer the apprentice is with now hears of it, not the sender.
    await expect(
      asUser(staffAdmin.id, () => verifyApprenticeCredential({ credentialId: credential.id })),
    ).rejects.toEqual(redirectTo(`/staff/apprentices/${id}?done=credential-verified#credentials`));
    const decided = await db.mailMessage.findMany({ where: { template: "training-credential-decided" } });
    expect(decided.map((m) => m.to)).toContain(to.owner.email.toLowerCase());
    expect(decided.map((m) => m.to)).not.toContain(t.owner.email.toLowerCase());
    expect(
      await db.auditEvent.count({ where: { kind: "training.credential_verified", organizationId: to.org.id } }),
    ).toBe(1);
    expect((await progressOfApprentices([id])).get(id)!.credentialsVerified).toBe(1);

    // The receiving employer's mentor does not take back what the sender's mentor attested, even within the week.
    const newMentorOf = await newMentor(to.org.id);
    await expect(
      asUser(to.owner.id, () => assignApprenticeMentor({ apprenticeId: id, mentorId: newMentorOf.id })),
    ).rejects.toEqual(redirectTo(`/training/${id}?done=mentor`));
    const { userId: newMentorUser } = await db.mentor.findUniqueOrThrow({ where: { id: newMentorOf.id } });
    const skillPage = await asUser(newMentorUser!, async () => loadSkillPage(await requireTrainingAccess(id), "1.01"));
    expect(skillPage!.standing).toMatchObject({ id: signOff.id, undoableUntil: null });
    expect(
      await asUser(newMentorUser!, () =>
        undoTrainingSignOff({ apprenticeId: id, signOffId: signOff.id, reason: "Not seen here" }),
      ),
    ).toEqual({
      ok: false,
      message: expect.stringContaining("made at the employer the apprentice transferred from"),
      fieldErrors: {},
    });
    expect(await db.skillSignOff.findUniqueOrThrow({ where: { id: signOff.id } })).toMatchObject({ undoneAt: null });

    // AAMI staff key the transfer into RAPIDS from the status-change file: from the sender, to the receiver.
    const file = await downloadStatusChanges(staffAdmin.id, { from: firstDay, to: isoDay(new Date()) });
    const [header, ...rows] = parseCsv(await file.text());
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(
      rows
        .filter((r) => cell(r, "Employer") === `PORTAL-EMP-${t.org.id}`)
        .map((r) => [
          cell(r, "Status Change"),
          cell(r, "Effective Date"),
          cell(r, "Employer"),
          cell(r, "New Employer"),
        ]),
    ).toEqual([["TR", rapidsDate(thisWeek), `PORTAL-EMP-${t.org.id}`, `PORTAL-EMP-${to.org.id}`]]);
    expect(
      await db.auditEvent.count({
        where: { kind: "apprentice.rapids_status_changes_exported", subjectId: transfer.id },
      }),
    ).toBe(1);

    // An answered transfer is a record: the database refuses to change it.
    await expect(db.trainingTransfer.update({ where: { id: transfer.id }, data: { wageCents: 9999 } })).rejects.toThrow(
      /never changed once answered/,
    );
  });
});

describe("proposing", () => {
  it("names the receiving employer by an owner's or admin's address, of an employer partner, and says why not", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const notPartner = await createOrganization(db);
    const to = await partner();
    const { user: member } = await addMember(db, to.org.id, "MEMBER");
    const unchanged = await stateOf(id);
    for (const address of ["nobody@example.test", notPartner.owner.email, member.email, t.owner.email]) {
      expect(await propose(t.owner.id, id, address)).toMatchObject({
        ok: false,
        fieldErrors: { receiverEmail: [expect.stringContaining("No owner or admin of another AAMI employer partner")] },
      });
    }
    // Bad input: a message next to each field, nothing written.
    expect(
      await propose(t.owner.id, id, "not an address", { effectiveOn: "2027-02-30", apprenticeAgreed: "" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        receiverEmail: [expect.any(String)],
        effectiveOn: ["Enter the day as a date, like 2027-07-15."],
        apprenticeAgreed: ["Tick the box once the apprentice has agreed to the transfer."],
      },
    });
    expect(
      await propose(t.owner.id, id, to.owner.email, { effectiveOn: isoDay(t.apprentice.startDate) }),
    ).toMatchObject({
      fieldErrors: { effectiveOn: ["The transfer takes effect after the apprentice's start date."] },
    });
    expect(
      await propose(t.owner.id, id, to.owner.email, { effectiveOn: isoDay(addDays(new Date(), 120)) }),
    ).toMatchObject({
      fieldErrors: { effectiveOn: ["Propose a transfer at most 90 days before it takes effect."] },
    });
    expect(await stateOf(id)).toEqual(unchanged);
  });

  it("stops an organization trying address after address: an eleventh proposal in an hour is refused, by any of its owners or admins", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const to = await partner();
    for (let i = 0; i < TRANSFER_PROPOSAL_LIMIT.limit; i++) {
      expect(await propose(t.owner.id, id, `guess.${i}@example.test`)).toMatchObject({
        fieldErrors: { receiverEmail: [expect.stringContaining("No owner or admin")] },
      });
    }
    const unchanged = await stateOf(id);
    // Another admin of the same organization (an owner could add one) gets no more tries.
    const { user: admin } = await addMember(db, t.org.id, "ADMIN");
    for (const userId of [t.owner.id, admin.id]) {
      expect(await propose(userId, id, to.owner.email)).toEqual({
        ok: false,
        message: TOO_MANY_PROPOSALS,
        fieldErrors: {},
      });
    }
    expect(await stateOf(id)).toEqual(unchanged);
    expect(await db.trainingTransfer.count({ where: { apprenticeId: id } })).toBe(0);
  });

  it("waits until nothing of the apprentice's waits for the sending employer, and one proposal stands at a time", async () => {
    const t = await inTraining({ startDate: weeksAgo(10) });
    const id = t.apprentice.id;
    const to = await partner();
    const week = await logWeek(t, weeksAgo(2), "SUBMITTED");
    const unchanged = await stateOf(id);
    expect(await propose(t.owner.id, id, to.owner.email)).toEqual({
      ok: false,
      message: `${t.apprentice.firstName}'s record has 1 week waiting for the mentor's approval. The sending employer settles these first, so the record moves complete.`,
      fieldErrors: {},
    });
    expect(await stateOf(id)).toEqual(unchanged);
    await db.ojtEntry.update({ where: { id: week.id }, data: { status: "APPROVED", reviewedAt: new Date() } });

    // Two owners proposing at once: one proposal stands.
    const { user: second } = await addMember(db, t.org.id, "ADMIN");
    const results = await Promise.all([
      outcome(propose(t.owner.id, id, to.owner.email)),
      outcome(propose(second.id, id, to.owner.email)),
    ]);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(results.find((r) => typeof r !== "string")).toMatchObject({
      ok: false,
      message: "A transfer of this apprentice is already proposed. Reload the page to see it.",
    });
    expect(await db.trainingTransfer.count({ where: { apprenticeId: id } })).toBe(1);

    // A week logged after the proposal must be settled before the receiving employer can accept.
    const transfer = await proposedTransfer(id);
    await logWeek(t, weeksAgo(1), "RETURNED");
    expect(await accept(to.owner.id, transfer.id, to.position.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining("1 week sent back to"),
    });
    expect((await db.apprentice.findUniqueOrThrow({ where: { id } })).organizationId).toBe(t.org.id);
  });
});

describe("a second transfer", () => {
  it("back to an employer the apprentice left starts its schedule's steps again; the first time's raises stay as history", async () => {
    // A: an employer partner (a position, a wage schedule with raises at 6 and 12 months) whose apprentice started
    // 7 months ago and got raise 1.
    const a = await partner();
    const t = await inTraining({ org: { org: a.org, owner: a.owner }, startDate: addMonths(weeksAgo(0), -7) });
    const id = t.apprentice.id;
    await db.wageRaise.create({
      data: {
        organizationId: a.org.id,
        apprenticeId: id,
        step: 1,
        stintStartedOn: t.apprentice.startDate,
        effectiveOn: addMonths(t.apprentice.startDate, 6),
        wageCents: 2600,
        recordedById: a.owner.id,
      },
    });
    const b = await partner();
    const threeWeeksAgo = isoDay(weeksAgo(3));
    await expect(propose(a.owner.id, id, b.owner.email, { effectiveOn: threeWeeksAgo })).rejects.toEqual(proposed(id));
    await expect(accept(b.owner.id, (await proposedTransfer(id)).id, b.position.id, "40.00")).rejects.toEqual(
      accepted(id),
    );

    // B proposes sending the apprentice back: from a day after their first day with B, not on or before it.
    expect(await propose(b.owner.id, id, a.owner.email, { effectiveOn: threeWeeksAgo })).toMatchObject({
      fieldErrors: {
        effectiveOn: ["The transfer takes effect after the apprentice's first day with your organization."],
      },
    });
    await expect(propose(b.owner.id, id, a.owner.email, { effectiveOn: isoDay(weeksAgo(1)) })).rejects.toEqual(
      proposed(id),
    );
    const back = await proposedTransfer(id);
    await expect(accept(a.owner.id, back.id, a.position.id, "40.00")).rejects.toEqual(accepted(id));
    const { wageStep } = await db.trainingTransfer.findUniqueOrThrow({ where: { id: back.id } });
    expect(wageStep).toBe(1);

    // Back at A: A's schedule after step 1, with nothing given yet in this time; raise 1 from the first time is history.
    const raises = (await raisesFor({ apprenticeId: id }))!;
    expect(raises.startingStep).toBe(1);
    expect(raises.raises.map((r) => [r.step, r.standing])).toEqual([[2, "upcoming"]]);
    expect(raises.earlierRaises).toEqual([
      expect.objectContaining({ employerName: a.org.legalName, step: 1, wageCents: 2600 }),
    ]);
    // A step is recorded once per time with an employer: A's step 1 could be given again in this time, not twice.
    const again = {
      organizationId: a.org.id,
      apprenticeId: id,
      step: 1,
      stintStartedOn: weeksAgo(1),
      effectiveOn: weeksAgo(1),
      wageCents: 2700,
      recordedById: a.owner.id,
    };
    await db.wageRaise.create({ data: again });
    await expect(db.wageRaise.create({ data: again })).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("declining and withdrawing", () => {
  it("leaves the apprentice where they are, tells both sides, and lets the sender propose again", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const to = await partner();
    const inAWeek = isoDay(addDays(new Date(), 7));
    await expect(propose(t.owner.id, id, to.owner.email, { effectiveOn: inAWeek })).rejects.toEqual(proposed(id));
    const first = await proposedTransfer(id);
    // Not before the first day with the receiving employer: until then the apprentice works for the sender.
    expect(await accept(to.owner.id, first.id, to.position.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining("You can accept this transfer from"),
    });
    expect(
      await asUser(to.owner.id, () => declineApprenticeTransfer({ transferId: first.id, reason: "" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Enter why you decline the transfer."] },
    });
    await expect(
      asUser(to.owner.id, () => declineApprenticeTransfer({ transferId: first.id, reason: "No opening until spring" })),
    ).rejects.toEqual(redirectTo(`/training/transfers/${first.id}?done=declined#transfer-heading`));
    expect(await db.trainingTransfer.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "No opening until spring",
    });
    expect((await db.apprentice.findUniqueOrThrow({ where: { id } })).organizationId).toBe(t.org.id);
    const declinedMail = await db.mailMessage.findMany({
      where: { template: "training-transfer", subject: { endsWith: "declined" } },
      select: { to: true, text: true },
    });
    expect(declinedMail.map((m) => m.to).sort()).toEqual(
      [t.owner.email, to.owner.email, t.apprentice.email!].map((e) => e.toLowerCase()).sort(),
    );
    expect(declinedMail[0]!.text).toContain("No opening until spring");
    // Answered: a late acceptance is told so and changes nothing.
    expect(await accept(to.owner.id, first.id, to.position.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining("This transfer was declined on"),
    });

    // Proposed again, then withdrawn by the sender.
    await expect(propose(t.owner.id, id, to.owner.email)).rejects.toEqual(proposed(id));
    const second = await proposedTransfer(id);
    await expect(asUser(t.owner.id, () => withdrawApprenticeTransfer({ transferId: second.id }))).rejects.toEqual(
      redirectTo(`/training/${id}/status?done=transfer-withdrawn#transfer-heading`),
    );
    expect((await db.trainingTransfer.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("WITHDRAWN");
    expect((await db.apprentice.findUniqueOrThrow({ where: { id } })).organizationId).toBe(t.org.id);
  });

  it("two owners of the receiving employer answering at once: one answer stands", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const to = await partner();
    const { user: admin } = await addMember(db, to.org.id, "ADMIN");
    await expect(propose(t.owner.id, id, to.owner.email)).rejects.toEqual(proposed(id));
    const transfer = await proposedTransfer(id);
    const results = await Promise.all([
      outcome(accept(to.owner.id, transfer.id, to.position.id)),
      outcome(asUser(admin.id, () => declineApprenticeTransfer({ transferId: transfer.id, reason: "Not now" }))),
    ]);
    expect(results.filter((r) => typeof r === "string")).toHaveLength(1);
    expect(results.find((r) => typeof r !== "string")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This transfer was (accepted|declined) on/),
    });
    const answered = await db.trainingTransfer.findUniqueOrThrow({ where: { id: transfer.id } });
    const moved = (await db.apprentice.findUniqueOrThrow({ where: { id } })).organizationId === to.org.id;
    expect(moved).toBe(answered.status === "ACCEPTED");
    expect(await db.trainingStatusChange.count({ where: { apprenticeId: id } })).toBe(moved ? 2 : 0);
    expect(await db.auditEvent.count({ where: { kind: "training.transfer_answered", subjectId: transfer.id } })).toBe(
      1,
    );
  });
});

describe("who may act on a transfer", () => {
  it("refuses everyone but the sending employer's owners and admins to propose and withdraw, and the receiving one's to answer", async () => {
    const t = await inTraining();
    const id = t.apprentice.id;
    const to = await partner();
    const outsiders = await outsidersOf(t, { staff: true });
    const { user: sendingMember } = await addMember(db, t.org.id, "MEMBER");
    const { user: receivingMember } = await addMember(db, to.org.id, "MEMBER");
    const unchanged = await stateOf(id);
    for (const [who, userId] of Object.entries({
      ...outsiders.users,
      "the apprentice": t.apprenticeUser,
      "their mentor": t.mentorUser,
      "a member of the organization": sendingMember.id,
      "the receiving employer's owner": to.owner.id,
    })) {
      const result = await propose(userId, id, to.owner.email);
      expect(result, who).toMatchObject({ ok: false });
      expect((result as { message: string }).message, who).toMatch(
        /could not find|Only an organization owner or admin can transfer an apprentice/,
      );
    }
    expect(await stateOf(id)).toEqual(unchanged);

    await expect(propose(t.owner.id, id, to.owner.email)).rejects.toEqual(proposed(id));
    const transfer = await proposedTransfer(id);
    const pending = await stateOf(id);
    const answerers = {
      ...outsiders.users,
      "the apprentice": t.apprenticeUser,
      "their mentor": t.mentorUser,
      "the sending employer's owner": t.owner.id,
      "a member of the receiving employer": receivingMember.id,
    };
    for (const [who, userId] of Object.entries(answerers)) {
      for (const result of [
        await outcome(accept(userId, transfer.id, to.position.id)),
        await outcome(asUser(userId, () => declineApprenticeTransfer({ transferId: transfer.id, reason: "No" }))),
      ]) {
        expect(result, who).toMatchObject({ ok: false });
      }
    }
    // Only the sender withdraws: the receiving owner, and everyone else, may not.
    for (const [who, userId] of Object.entries({ ...outsiders.users, "the receiving employer's owner": to.owner.id })) {
      expect(
        await outcome(asUser(userId, () => withdrawApprenticeTransfer({ transferId: transfer.id }))),
        who,
      ).toMatchObject({
        ok: false,
      });
    }
    // The receiving employer's page: "not found" to another organization's owner.
    await expect(
      asUser(outsiders.otherOrg.owner.id, async () =>
        loadTransferForReceiver(
          { user: (await currentActor())!, org: { id: outsiders.otherOrg.org.id, name: "" }, role: "OWNER" },
          transfer.id,
        ),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stateOf(id)).toEqual(pending);
  });
});
