import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  adjustApprenticeCredit,
  approveApprenticeRegistration,
  recordApprenticeRapidsId,
  sendBackApprenticeRegistration,
} from "@/lib/apprentices/registration/actions";
import { readStoredFile } from "@/lib/storage";
import { GET as getPacket } from "@/app/api/packets/[packetId]/route";
import { GET as getAgreement } from "@/app/api/staff/apprentice-agreements/[agreementId]/route";
import StaffApprenticePage from "@/app/(staff)/staff/apprentices/[apprenticeId]/page";
import RegistrationQueuePage from "@/app/(staff)/staff/queue/apprentices/page";
import QueuePage from "@/app/(staff)/staff/queue/page";
import EmployerApprenticePage from "@/app/(employer)/onboarding/apprentices/[apprenticeId]/page";
import { apprentice, employer, type ApprenticeOptions } from "../support/apprentices";
import { acceptedOrganization, signedAgreement } from "../support/apprentice-registration";
import { publishBothDocuments } from "../support/documents";
import { addMember, createOrganization, createUser } from "../support/factories";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { asUser, signInAs } from "../support/sign-in";

// AAMI staff's registration of apprentices (issue 6, point 4, and the staff half of point 2): approving a
// registration into the organization's DOL packet, sending it back, recording the RAPIDS apprentice ID, adjusting
// fast-track credit. Real actions against Postgres, signed in through Auth.js.

let reviewer: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Riley Reviewer" });
  admin = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Ada Admin" });
});

const toApprenticePage = (apprenticeId: string, done: string) =>
  expect.objectContaining({ digest: expect.stringContaining(`;/staff/apprentices/${apprenticeId}?done=${done};`) });
const on = (a: { id: string; rowVersion: number }, extra: Record<string, string> = {}) =>
  formData({ apprenticeId: a.id, rowVersion: String(a.rowVersion), ...extra });
const current = (id: string) => db.apprentice.findUniqueOrThrow({ where: { id } });
const mail = (organizationId: string, template: string) =>
  db.mailMessage.findMany({ where: { organizationId, template }, orderBy: { to: "asc" } });
const events = (apprenticeId: string, kind: string) =>
  db.auditEvent.findMany({ where: { subjectType: "Apprentice", subjectId: apprenticeId, kind } });
const staffPage = async (apprenticeId: string, done?: string) =>
  html(
    await StaffApprenticePage({
      params: Promise.resolve({ apprenticeId }),
      searchParams: Promise.resolve(done ? { done } : {}),
    }),
  );
const packetPdf = async (organizationId: string, version: number) => {
  const packet = await db.registrationPacket.findUniqueOrThrow({
    where: { organizationId_version: { organizationId, version } },
  });
  return pdfText((await readStoredFile(db, packet.fileId)).bytes);
};

/** A registered organization with one registration waiting for AAMI, signed, and staff signed in. */
async function waitingRegistration(opts: ApprenticeOptions & { ssn?: string; lastName?: string } = {}) {
  const { org, owner } = await acceptedOrganization(reviewer.id);
  const { ssn, lastName = "Waiting", ...options } = opts;
  const a = await apprentice(db, org.id, lastName, "PENDING_REGISTRATION", ssn, options);
  const agreement = await signedAgreement(db, a);
  await signInAs(reviewer.id);
  return { org, owner, apprentice: a, agreement };
}

/** Everything a refused action must leave as it was. */
async function snapshotOf(apprenticeId: string, organizationId: string) {
  const a = await current(apprenticeId);
  return {
    status: a.status,
    rowVersion: a.rowVersion,
    rapidsApprenticeId: a.rapidsApprenticeId,
    creditedOjtHours: a.creditedOjtHours,
    credits: await db.apprenticeSkillCredit.count({ where: { apprenticeId } }),
    voided: await db.apprenticeAgreement.count({ where: { apprenticeId, voidedAt: { not: null } } }),
    events: await db.auditEvent.count({ where: { subjectType: "Apprentice", subjectId: apprenticeId } }),
    mail: await db.mailMessage.count({ where: { organizationId } }),
    packets: await db.registrationPacket.count({ where: { organizationId } }),
  };
}

describe("approving a registration", () => {
  it("approves it, builds the next packet version listing the apprentice (SSN masked) with their agreement, audits and emails", async () => {
    const { org, owner, apprentice: a } = await waitingRegistration({ ssn: "123-45-6789" });
    // The member who enrolled the apprentice hears too; another member does not.
    const enroller = await addMember(db, org.id, "MEMBER");
    const bystander = await addMember(db, org.id, "MEMBER");
    await db.apprentice.update({ where: { id: a.id }, data: { createdById: enroller.user.id } });
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(2);

    await expect(approveApprenticeRegistration(on(a, { confirm: "yes" }))).rejects.toEqual(
      toApprenticePage(a.id, "APPROVE"),
    );
    const approved = await current(a.id);
    expect(approved).toMatchObject({ status: "APPROVED", approvedById: reviewer.id, rowVersion: 1 });
    expect(approved.approvedAt).toBeInstanceOf(Date);

    // Version 3 (after approval and registration of the program) lists the apprentice and carries their agreement.
    const text = await packetPdf(org.id, 3);
    expect(text).toContain("Apprentices approved for registration");
    expect(text).toContain("Sam Waiting");
    expect(text).toContain("2027-02-01");
    expect(text).toContain("***-**-6789");
    expect(text).not.toContain("123-45-6789");
    expect(text).not.toContain("123456789");
    expect(text).toContain("Apprenticeship agreement (signed): Sam Waiting");
    expect(text).toContain("Apprenticeship Agreement and Registration (the content of DOL form ETA-671)");

    const [event] = await events(a.id, "apprentice.registration_approved");
    expect(event).toMatchObject({ actorId: reviewer.id, organizationId: org.id });
    expect(event!.payload).toMatchObject({ packetVersion: 3 });

    const sent = await mail(org.id, "apprentice-registration-approved");
    expect(sent.map((m) => m.to).sort()).toEqual([owner.email, enroller.user.email].sort());
    expect(sent.map((m) => m.to)).not.toContain(bystander.user.email);
    expect(sent[0]!.subject).toBe("AAMI approved Sam Waiting's apprenticeship registration");
    expect(sent[0]!.text).toContain("Riley Reviewer at AAMI approved the registration of Sam Waiting");
    expect(sent[0]!.text).toContain("What happens next");
    const packet = await db.registrationPacket.findFirstOrThrow({ where: { organizationId: org.id, version: 3 } });
    expect(sent[0]!.text).toContain(`/api/packets/${packet.id}`);

    // Step 8 is done once an apprentice is approved; the packet downloads for staff.
    expect(
      await db.onboardingStep.findUnique({
        where: { organizationId_step: { organizationId: org.id, step: "APPRENTICES" } },
      }),
    ).toMatchObject({ status: "COMPLETE" });
    const response = await getPacket(new Request(`http://localhost/api/packets/${packet.id}`), {
      params: Promise.resolve({ packetId: packet.id }),
    });
    expect(response.status).toBe(200);

    const page = await staffPage(a.id, "APPROVE");
    expect(page).toContain("A new version of the organization&#x27;s DOL registration packet lists the apprentice");
    expect(page).toContain("Record the RAPIDS apprentice ID");
    expect(page).toContain("Download registration packet version 3 (PDF)");
  });

  it("refuses until the Registration Agency has accepted the employer, saying what to do, and changes nothing", async () => {
    const org = await employer(db);
    const a = await apprentice(db, org.id, "Early", "PENDING_REGISTRATION");
    await signInAs(reviewer.id);
    const before = await snapshotOf(a.id, org.id);
    expect(await approveApprenticeRegistration(on(a, { confirm: "yes" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        "The Registration Agency has not accepted the employer's acceptance agreement yet, so its apprentices cannot be approved. Record the agency's acceptance",
      ),
    });
    expect(await snapshotOf(a.id, org.id)).toEqual(before);
    const page = await staffPage(a.id);
    expect(page).toContain("This registration cannot be approved yet");
    expect(page).not.toContain("Approve and add to the DOL packet");
    expect(page).toContain("Send back to the employer");
  });

  it("refuses a start date before the agency accepted the employer, saying to send it back", async () => {
    const { org, apprentice: a } = await waitingRegistration({ startDate: new Date("2025-06-02T00:00:00Z") });
    const before = await snapshotOf(a.id, org.id);
    const today = new Date().toISOString().slice(0, 10);
    expect(await approveApprenticeRegistration(on(a, { confirm: "yes" }))).toMatchObject({
      ok: false,
      message: `The apprentice starts on 2025-06-02, before the Registration Agency accepted the employer on ${today}. Send the registration back so the employer changes the start date to ${today} or later.`,
    });
    expect(await snapshotOf(a.id, org.id)).toEqual(before);
  });

  it("needs the confirmation, and only approves a registration waiting for AAMI", async () => {
    const { org, apprentice: a } = await waitingRegistration();
    expect(await approveApprenticeRegistration(on(a))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringContaining("Tick the box")] },
    });
    const draft = await apprentice(db, org.id, "Drafting", "DRAFT");
    expect(await approveApprenticeRegistration(on(draft, { confirm: "yes" }))).toMatchObject({
      ok: false,
      message: "You cannot approve a registration whose status is “Draft: not signed yet”.",
    });
    expect(await current(draft.id)).toMatchObject({ status: "DRAFT", rowVersion: 0 });
    expect(await current(a.id)).toMatchObject({ status: "PENDING_REGISTRATION", rowVersion: 0 });
  });

  it("lets exactly one of two staff approving at once win: one audit event, one packet, one email each", async () => {
    const { org, owner, apprentice: a } = await waitingRegistration();
    const results = await Promise.allSettled([
      asUser(reviewer.id, () => approveApprenticeRegistration(on(a, { confirm: "yes" }))),
      asUser(admin.id, () => approveApprenticeRegistration(on(a, { confirm: "yes" }))),
    ]);
    const redirected = results.filter((r) => r.status === "rejected");
    const answered = results.filter((r) => r.status === "fulfilled");
    expect(redirected).toHaveLength(1);
    expect((redirected[0] as PromiseRejectedResult).reason).toEqual(toApprenticePage(a.id, "APPROVE"));
    expect(answered).toHaveLength(1);
    expect((answered[0] as PromiseFulfilledResult<unknown>).value).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^(Riley Reviewer|Ada Admin) approved this registration at .+ UTC, while you were looking at it\. Nothing was changed by you; reload the page\.$/,
      ),
    });
    expect(await current(a.id)).toMatchObject({ status: "APPROVED", rowVersion: 1 });
    expect(await events(a.id, "apprentice.registration_approved")).toHaveLength(1);
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(3);
    expect((await mail(org.id, "apprentice-registration-approved")).map((m) => m.to)).toEqual([owner.email]);

    // Later, a page still showing the old version is told who did what.
    expect(await approveApprenticeRegistration(on(a, { confirm: "yes" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("approved this registration at"),
    });
  });

  it("approves two apprentices of one organization at once, the second packet listing both", async () => {
    const { org, apprentice: first } = await waitingRegistration({ lastName: "First" });
    const second = await apprentice(db, org.id, "Second", "PENDING_REGISTRATION");
    await signedAgreement(db, second);
    const results = await Promise.allSettled([
      asUser(reviewer.id, () => approveApprenticeRegistration(on(first, { confirm: "yes" }))),
      asUser(admin.id, () => approveApprenticeRegistration(on(second, { confirm: "yes" }))),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(results.map((r) => (r as PromiseRejectedResult).reason)).toEqual([
      toApprenticePage(first.id, "APPROVE"),
      toApprenticePage(second.id, "APPROVE"),
    ]);
    const packets = await db.registrationPacket.findMany({
      where: { organizationId: org.id },
      orderBy: { version: "asc" },
    });
    expect(packets.map((p) => p.version)).toEqual([1, 2, 3, 4]);
    const latest = await packetPdf(org.id, 4);
    expect(latest).toContain("Sam First");
    expect(latest).toContain("Sam Second");
    expect(latest).not.toContain("No signed apprenticeship agreement on file");
  });

  it("refuses, with the numbers, an apprentice over the ratio, credit over the cap, or an agreement not everyone signed, and changes nothing", async () => {
    const { org, apprentice: a } = await waitingRegistration({ lastName: "OverRatio" });
    const { journeyworkerCount } = await db.organization.findUniqueOrThrow({ where: { id: org.id } });
    // The organization's journeyworkers are all taken by apprentices AAMI approved already.
    for (let i = 0; i < journeyworkerCount!; i++) await apprentice(db, org.id, `Taken${i}`, "APPROVED");
    const refused = async (target: typeof a, message: string) => {
      const before = await snapshotOf(target.id, target.organizationId);
      expect(await approveApprenticeRegistration(on(target, { confirm: "yes" }))).toMatchObject({
        ok: false,
        message: expect.stringContaining(message),
      });
      expect(await snapshotOf(target.id, target.organizationId)).toEqual(before);
    };
    await refused(
      a,
      `Approving would make ${journeyworkerCount! + 1} approved or registered apprentices at the employer's worksite, over the program's ratio of 1 apprentice per 1 journeyworker at each worksite: ${journeyworkerCount} journeyworkers allow ${journeyworkerCount}.`,
    );
    const page = await staffPage(a.id);
    expect(page).toContain("This registration cannot be approved yet");
    expect(page).toContain("over the program&#x27;s ratio");

    const { apprentice: credited } = await waitingRegistration({ lastName: "OverCap" });
    const tooMuch = await db.apprentice.update({ where: { id: credited.id }, data: { creditedOjtHours: 3801 } });
    await refused(tooMuch, "credited 3,801 hours for previous experience, over the program's cap of 3,800 hours");

    const { org: third } = await waitingRegistration({ lastName: "Signed" });
    const unsigned = await apprentice(db, third.id, "Unsigned", "PENDING_REGISTRATION");
    await refused(unsigned, "The apprenticeship agreement is not signed by everyone who must sign it");
  });
});

describe("sending a registration back", () => {
  it("needs a reason, then makes it a draft again, voids the agreement and its link, audits and emails the reason", async () => {
    const { org, owner, apprentice: a, agreement } = await waitingRegistration();
    expect(await sendBackApprenticeRegistration(on(a, { reason: "  " }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    const reason = "The start date is a Sunday; please confirm the first working day and sign again.";
    await expect(sendBackApprenticeRegistration(on(a, { reason }))).rejects.toEqual(
      toApprenticePage(a.id, "SEND_BACK"),
    );
    expect(await current(a.id)).toMatchObject({ status: "DRAFT", rowVersion: 1, approvedAt: null });
    const voided = await db.apprenticeAgreement.findUniqueOrThrow({ where: { id: agreement.id } });
    expect(voided.voidedAt).toBeInstanceOf(Date);
    expect(voided.signingTokenHash).toBeNull();
    const [event] = await events(a.id, "apprentice.registration_returned");
    expect(event!.payload).toEqual({ reason, agreementsVoided: 1 });
    const [sent] = await mail(org.id, "apprentice-registration-returned");
    expect(sent).toMatchObject({ to: owner.email });
    expect(sent!.text).toContain(reason);
    expect(sent!.text).toContain("What happens next");
    expect(sent!.text).toContain(`/onboarding/apprentices/${a.id}`);
    // No packet for a registration sent back.
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(2);

    // The employer may change the enrollment again; staff have nothing to decide until it is signed again.
    const page = await staffPage(a.id, "SEND_BACK");
    expect(page).toContain("Sent back. The enrollment is a draft again");
    expect(page).toContain("No apprenticeship agreement yet");
    expect(page).not.toContain("Approve and add to the DOL packet");
  });

  it("is refused once the registration is approved", async () => {
    const { org } = await acceptedOrganization(reviewer.id);
    const a = await apprentice(db, org.id, "Approved", "APPROVED");
    await signInAs(reviewer.id);
    expect(
      await sendBackApprenticeRegistration(on(a, { reason: "Please change the start date to a weekday." })),
    ).toMatchObject({
      ok: false,
      message: "You cannot send back a registration whose status is “Approved by AAMI: going to DOL”.",
    });
    expect(await current(a.id)).toMatchObject({ status: "APPROVED", rowVersion: 0 });
  });
});

describe("recording the RAPIDS apprentice ID", () => {
  it("registers an approved apprentice with the ID, today, audited and emailed to the employer", async () => {
    const { org, owner } = await acceptedOrganization(reviewer.id);
    const a = await apprentice(db, org.id, "Approved", "APPROVED");
    await signInAs(reviewer.id);
    for (const [id, message] of [
      ["", "Enter the RAPIDS apprentice ID."],
      ["WI 2027 0042", "Use letters, digits and hyphens only"],
      ["A".repeat(21), "20 characters or fewer"],
    ] as const) {
      expect(await recordApprenticeRapidsId(on(a, { rapidsApprenticeId: id }))).toMatchObject({
        ok: false,
        fieldErrors: { rapidsApprenticeId: [expect.stringContaining(message)] },
      });
    }
    await expect(recordApprenticeRapidsId(on(a, { rapidsApprenticeId: " WI-2027-0042 " }))).rejects.toEqual(
      toApprenticePage(a.id, "RECORD_RAPIDS_ID"),
    );
    const registered = await current(a.id);
    expect(registered).toMatchObject({ status: "REGISTERED", rapidsApprenticeId: "WI-2027-0042", rowVersion: 1 });
    expect(registered.registeredAt!.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect((await events(a.id, "apprentice.rapids_id_recorded"))[0]!.payload).toEqual({
      rapidsApprenticeId: "WI-2027-0042",
    });
    const [sent] = await mail(org.id, "apprentice-registered");
    expect(sent).toMatchObject({
      to: owner.email,
      subject: "Sam Approved is registered with the U.S. Department of Labor",
    });
    expect(sent!.text).toContain("WI-2027-0042");
    expect(await staffPage(a.id)).toContain("RAPIDS apprentice ID <strong>WI-2027-0042</strong>");

    // The same ID for someone else is a typo to catch, not a second registration.
    const other = await apprentice(db, org.id, "Other", "APPROVED");
    expect(await recordApprenticeRapidsId(on(other, { rapidsApprenticeId: "wi-2027-0042" }))).toMatchObject({
      ok: false,
      fieldErrors: {
        rapidsApprenticeId: ["Sam Approved already has this RAPIDS apprentice ID. Check the ID in RAPIDS."],
      },
    });
    expect(await current(other.id)).toMatchObject({ status: "APPROVED", rapidsApprenticeId: null });
  });

  it("is refused before AAMI approves the registration", async () => {
    const { org, apprentice: a } = await waitingRegistration();
    const before = await snapshotOf(a.id, org.id);
    expect(await recordApprenticeRapidsId(on(a, { rapidsApprenticeId: "WI-1" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("You cannot record the RAPIDS apprentice ID of a registration whose status"),
    });
    expect(await snapshotOf(a.id, org.id)).toEqual(before);
  });
});

describe("adjusting fast-track credit", () => {
  // 1,200 hours credited: 7 of the 24-month term, so wage step 1 (from 6 months) of the test schedule.
  const credits = [
    { skillSetKey: "SAFETY", creditedHours: 200 },
    { skillSetKey: "ELECTRONICS", creditedHours: 500 },
    { skillSetKey: "DEVICES", creditedHours: 500 },
  ] as const;

  it("changes hours and removes credits, recomputing hours, wage step and entry wage, audited with before and after", async () => {
    const { org, owner, apprentice: a } = await waitingRegistration({ credits: [...credits] });
    await db.apprentice.update({ where: { id: a.id }, data: { startingWageStep: 1, entryWageCents: 2470 } });
    await expect(
      adjustApprenticeCredit(
        on(a, {
          "credits.SAFETY.hours": "200",
          "credits.ELECTRONICS.hours": "100",
          "credits.DEVICES.hours": "500",
          "credits.DEVICES.remove": "yes",
        }),
      ),
    ).rejects.toEqual(toApprenticePage(a.id, "ADJUST_CREDIT"));

    // 300 hours: one month of the term, so the entry wage.
    const adjusted = await current(a.id);
    expect(adjusted).toMatchObject({
      status: "PENDING_REGISTRATION",
      rowVersion: 1,
      creditedOjtHours: 300,
      creditPreviousExperience: "300",
      startingWageStep: 0,
      entryWageCents: 2280,
      creditAdjustedById: reviewer.id,
    });
    expect(adjusted.creditAdjustedAt).toBeInstanceOf(Date);
    const stored = await db.apprenticeSkillCredit.findMany({
      where: { apprenticeId: a.id },
      orderBy: { skillSetKey: "asc" },
    });
    expect(stored.map((c) => [c.skillSetKey, c.creditedHours, c.adjustedByStaffId])).toEqual([
      ["ELECTRONICS", 100, reviewer.id],
      ["SAFETY", 200, null],
    ]);
    expect((await events(a.id, "apprentice.credit_adjusted"))[0]!.payload).toEqual({
      changes: [
        { skillSet: "ELECTRONICS", before: 500, after: 100 },
        { skillSet: "DEVICES", before: 500, after: null },
      ],
      creditedOjtHoursBefore: 1200,
      creditedOjtHoursAfter: 300,
      startingWageStepBefore: 1,
      startingWageStepAfter: 0,
    });

    // The employer sees the credit as AAMI left it, and that AAMI adjusted it.
    await signInAs(owner.id);
    const employerView = html(
      await EmployerApprenticePage({
        params: Promise.resolve({ apprenticeId: a.id }),
        searchParams: Promise.resolve({}),
      }),
    );
    expect(employerView).toContain("AAMI adjusted the credit on");
    expect(employerView).toContain("300 of 4,000 on-the-job hours credited");
    expect(employerView).not.toContain("Medical device theory of operation");

    // Approval afterwards lists the adjusted hours in the packet.
    await signInAs(reviewer.id);
    await expect(approveApprenticeRegistration(on(adjusted, { confirm: "yes" }))).rejects.toEqual(
      toApprenticePage(a.id, "APPROVE"),
    );
    expect(await packetPdf(org.id, 3)).toMatch(/Sam Waiting 2027-02-01 Not given 300 Entry wage/);
  });

  it("keeps hours within the skill set, only for credited skill sets, and says when nothing changed", async () => {
    const { org, apprentice: a } = await waitingRegistration({ credits: [...credits] });
    const before = await snapshotOf(a.id, org.id);
    expect(await adjustApprenticeCredit(on(a, { "credits.SAFETY.hours": "201" }))).toMatchObject({
      ok: false,
      fieldErrors: { "credits.SAFETY.hours": [expect.stringContaining("At most 200 hours")] },
    });
    expect(await adjustApprenticeCredit(on(a, { "credits.SAFETY.hours": "-5" }))).toMatchObject({
      ok: false,
      fieldErrors: { "credits.SAFETY.hours": ["Credited hours cannot be negative."] },
    });
    expect(await adjustApprenticeCredit(on(a, { "credits.SAFETY.hours": "" }))).toMatchObject({
      ok: false,
      fieldErrors: { "credits.SAFETY.hours": [expect.stringContaining("as a whole number")] },
    });
    expect(await adjustApprenticeCredit(on(a, { "credits.REPAIR.hours": "100" }))).toMatchObject({
      ok: false,
      fieldErrors: { "credits.REPAIR.hours": [expect.stringContaining("is not credited to this apprentice")] },
    });
    expect(await adjustApprenticeCredit(on(a, { "credits.SAFETY.hours": "200" }))).toMatchObject({
      ok: false,
      message: "Nothing to change: the hours are the ones already credited.",
    });
    expect(await snapshotOf(a.id, org.id)).toEqual(before);
  });

  it("is refused once the registration is approved, and on an outdated page", async () => {
    const { org, apprentice: a } = await waitingRegistration({ credits: [...credits] });
    expect(await adjustApprenticeCredit(on({ ...a, rowVersion: 7 }, { "credits.SAFETY.hours": "100" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("changed while you were looking at it"),
    });
    await expect(approveApprenticeRegistration(on(a, { confirm: "yes" }))).rejects.toBeDefined();
    const approved = await current(a.id);
    const before = await snapshotOf(a.id, org.id);
    expect(await adjustApprenticeCredit(on(approved, { "credits.SAFETY.hours": "100" }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("You cannot adjust the credit of a registration whose status"),
    });
    expect(await snapshotOf(a.id, org.id)).toEqual(before);
  });
});

describe("who may act on registrations", () => {
  it("refuses employers of any organization, the apprentice's own included, and changes nothing", async () => {
    const {
      org,
      owner,
      apprentice: a,
      agreement,
    } = await waitingRegistration({
      credits: [{ skillSetKey: "SAFETY", creditedHours: 200 }],
    });
    const approved = await apprentice(db, org.id, "Approved", "APPROVED");
    const { owner: stranger } = await createOrganization(db);
    const before = [await snapshotOf(a.id, org.id), await snapshotOf(approved.id, org.id)];
    for (const user of [owner, stranger]) {
      await signInAs(user.id);
      const refusals = await Promise.all([
        approveApprenticeRegistration(on(a, { confirm: "yes" })),
        sendBackApprenticeRegistration(on(a, { reason: "Employers cannot send their own back." })),
        adjustApprenticeCredit(on(a, { "credits.SAFETY.hours": "0" })),
        recordApprenticeRapidsId(on(approved, { rapidsApprenticeId: "WI-1" })),
      ]);
      for (const refusal of refusals) {
        expect(refusal).toMatchObject({ ok: false, message: expect.stringContaining("We could not find that") });
      }
      await expect(staffPage(a.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      const download = await getAgreement(
        new Request(`http://localhost/api/staff/apprentice-agreements/${agreement.id}`),
        {
          params: Promise.resolve({ agreementId: agreement.id }),
        },
      );
      expect(download.status).toBe(404);
    }
    expect([await snapshotOf(a.id, org.id), await snapshotOf(approved.id, org.id)]).toEqual(before);

    // Signed out: sign in first, and nothing either.
    requestScope.clear();
    expect(await approveApprenticeRegistration(on(a, { confirm: "yes" }))).toMatchObject({
      ok: false,
      message: "Please sign in to continue.",
    });
    expect(await snapshotOf(a.id, org.id)).toEqual(before[0]);
  });
});

describe("the staff pages", () => {
  it("queue the registrations waiting for AAMI, longest waiting first, with a tab on the review queue", async () => {
    await signInAs(reviewer.id);
    const queue = async (page?: string) =>
      html(await RegistrationQueuePage({ searchParams: Promise.resolve(page ? { page } : {}) }));
    // The registrations earlier tests left waiting leave the queue.
    await db.apprentice.updateMany({ where: { status: "PENDING_REGISTRATION" }, data: { status: "WITHDRAWN" } });
    expect(await queue()).toContain("No apprentice registration is waiting for AAMI<");

    const org = await employer(db);
    const later = await apprentice(db, org.id, "Later", "PENDING_REGISTRATION");
    const earlier = await apprentice(db, org.id, "Earlier", "PENDING_REGISTRATION");
    await signedAgreement(db, later, new Date("2027-01-12T10:00:00Z"));
    await signedAgreement(db, earlier, new Date("2027-01-05T10:00:00Z"));
    await apprentice(db, org.id, "Drafting", "DRAFT");
    const shown = await queue();
    expect(shown).toContain("Showing 1–2 of 2 registrations, longest waiting first.");
    expect(shown.indexOf("Sam Earlier")).toBeLessThan(shown.indexOf("Sam Later"));
    expect(shown).not.toContain("Sam Drafting");
    expect(shown).toContain(`href="/staff/apprentices/${earlier.id}"`);
    expect(shown).toContain("Not yet: the Registration Agency has not accepted the employer");
    expect(shown).toContain("Apprentice registrations: 2 waiting");

    // 26 waiting: two pages.
    for (let i = 0; i < 24; i++) await apprentice(db, org.id, `Many ${i}`, "PENDING_REGISTRATION");
    expect(await queue()).toContain("Showing 1–25 of 26 registrations");
    expect(await queue("2")).toContain("Showing 26–26 of 26 registrations");
    expect(await queue("2")).toContain("Page 2 of 2");

    const submissions = html(await QueuePage({ searchParams: Promise.resolve({}) }));
    expect(submissions).toContain('href="/staff/queue/apprentices"');
    expect(submissions).toContain("Apprentice registrations: 26 waiting");
  });

  it("show the enrollment with the SSN masked, the credit with its evidence, the signatures and the agreement PDF", async () => {
    const { apprentice: a, agreement } = await waitingRegistration({
      ssn: "234-56-7891",
      credits: [{ skillSetKey: "SAFETY", creditedHours: 200 }],
    });
    const page = await staffPage(a.id);
    expect(page).toContain("With AAMI for review");
    expect(page).toContain("***-**-7891");
    expect(page).not.toContain("234-56-7891");
    expect(page).toContain("Certificate for safety from a prior job");
    expect(page).toContain("Approve and add to the DOL packet");
    expect(page).toContain("Adjust fast-track credit");
    expect(page).toContain('id="credit-SAFETY-hours"');
    expect(page).toContain("Dana Nguyễn, Director of Clinical Engineering");
    expect(page).toContain(`href="/api/staff/apprentice-agreements/${agreement.id}"`);

    const response = await getAgreement(
      new Request(`http://localhost/api/staff/apprentice-agreements/${agreement.id}`),
      {
        params: Promise.resolve({ agreementId: agreement.id }),
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(pdfText(new Uint8Array(await response.arrayBuffer()))).toContain("Sam Waiting");

    // An unknown apprentice is "not found", like a mangled id.
    await expect(staffPage("c000000000000000000000000")).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    await expect(staffPage("not-an-id")).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
