import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getChecklist } from "@/lib/onboarding/data";
import { saveFundingPlan } from "@/lib/onboarding/funding/actions";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { approve, askForChanges, claim, register, reject } from "@/lib/review/actions";
import { sha256Hex } from "@/lib/storage/hash";
import { GET as getPacket } from "@/app/api/packets/[packetId]/route";
import ReviewSubmissionPage from "@/app/(staff)/staff/submissions/[submissionId]/page";
import QueuePage from "@/app/(staff)/staff/queue/page";
import OnboardingPage from "@/app/(employer)/onboarding/page";
import { addMember, createOrganization, createUser, MADISON_COLLEGE_ID } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { asUser, signInAs } from "../support/sign-in";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import { signCurrentAgreement, submitForm, submittedOrganization, TO_SUBMIT_PAGE } from "../support/submission";

const toReviewPage = (submissionId: string, decision: string) =>
  expect.objectContaining({
    digest: expect.stringContaining(`;/staff/submissions/${submissionId}?decided=${decision};`),
  });

const target = (submissionId: string, rowVersion: number, extra: Record<string, string> = {}) =>
  formData({ submissionId, rowVersion: String(rowVersion), ...extra });

const run = promisify(execFile);
const current = (id: string) => db.submission.findUniqueOrThrow({ where: { id } });
const mailTo = (organizationId: string, template: string) =>
  db.mailMessage.findMany({ where: { organizationId, template }, orderBy: { createdAt: "asc" } });

const reviewPage = async (submissionId: string, decided?: string) =>
  html(
    await ReviewSubmissionPage({
      params: Promise.resolve({ submissionId }),
      searchParams: Promise.resolve({ decided }),
    }),
  );

let reviewer: Awaited<ReturnType<typeof createUser>>;
let otherReviewer: Awaited<ReturnType<typeof createUser>>;
let admin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Riley Reviewer" });
  otherReviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Sam Second" });
  admin = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Ada Admin" });
});

/** A submitted organization whose version 1 the reviewer has claimed. */
async function claimedSubmission() {
  const submitted = await submittedOrganization();
  await signInAs(reviewer.id);
  await expect(claim(target(submitted.submission.id, 0))).rejects.toEqual(
    toReviewPage(submitted.submission.id, "CLAIM"),
  );
  return submitted;
}

describe("claiming a submission", () => {
  it("puts it in review, assigned to the reviewer, with an audit event and an email to the employer", async () => {
    const { org, owner, submission } = await claimedSubmission();
    expect(await current(submission.id)).toMatchObject({
      status: "IN_REVIEW",
      assignedReviewerId: reviewer.id,
      rowVersion: 1,
    });
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.claimed" } })).toBe(1);
    const [mail] = await mailTo(org.id, "submission-in-review");
    expect(mail).toMatchObject({ to: owner.email });
    expect(mail!.text).toContain("Riley Reviewer");
    expect(mail!.text).toContain("What happens next");

    // A hand-edited confirmation parameter shows no confirmation rather than breaking the page.
    expect(await reviewPage(submission.id, "__proto__")).not.toContain("You are reviewing this submission");
    const page = await reviewPage(submission.id, "CLAIM");
    expect(page).toContain("You are reviewing this submission");
    expect(page).toContain("Approve and build the DOL packet");
    expect(page).toContain("No problems found by the automatic checks.");
  });

  it("refuses employers, and tells a reviewer on an outdated page what happened", async () => {
    const { org, owner, submission } = await submittedOrganization();
    expect(await claim(target(submission.id, 0))).toMatchObject({ ok: false });
    await signInAs(reviewer.id);
    await claim(target(submission.id, 0)).catch(() => undefined);
    await signInAs(otherReviewer.id);
    expect(await claim(target(submission.id, 0))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Riley Reviewer claimed this submission at .+ UTC, while you were looking at it/),
    });
    // Taking over from the current page works, and does not email the employer a second time.
    await expect(claim(target(submission.id, 1))).rejects.toEqual(toReviewPage(submission.id, "CLAIM"));
    expect(await current(submission.id)).toMatchObject({ assignedReviewerId: otherReviewer.id, rowVersion: 2 });
    expect(await mailTo(org.id, "submission-in-review")).toHaveLength(1);
    // The employer is not staff: the review page does not exist for them.
    await signInAs(owner.id);
    await expect(reviewPage(submission.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});

describe("requesting changes", () => {
  it("needs at least one comment, and changes nothing without one", async () => {
    const { submission } = await claimedSubmission();
    expect(await askForChanges(target(submission.id, 1))).toMatchObject({
      ok: false,
      fieldErrors: { comments: [expect.stringContaining("at least one step")] },
    });
    expect(await current(submission.id)).toMatchObject({ status: "IN_REVIEW", rowVersion: 1 });
    expect(await db.reviewDecision.count({ where: { submissionId: submission.id, kind: "REQUEST_CHANGES" } })).toBe(0);
  });

  it("reopens exactly the commented steps, shows the comments on the checklist, and emails the employer", async () => {
    const { org, owner, submission } = await claimedSubmission();
    const comment = "Please raise related instruction to at least 144 hours a year.";
    await expect(
      askForChanges(target(submission.id, 1, { "comments.FUNDING": comment, "comments.MENTOR": "  " })),
    ).rejects.toEqual(toReviewPage(submission.id, "REQUEST_CHANGES"));
    expect(await current(submission.id)).toMatchObject({ status: "CHANGES_REQUESTED", decidedById: reviewer.id });
    expect(await db.reviewComment.findMany({ where: { submissionId: submission.id } })).toEqual([
      expect.objectContaining({ step: "FUNDING", body: comment, resolvedAt: null }),
    ]);
    const [mail] = await mailTo(org.id, "changes-requested");
    expect(mail!.to).toBe(owner.email);
    expect(mail!.text).toContain(comment);

    await signInAs(owner.id);
    const checklist = await getChecklist(org.id);
    const statusOf = (key: string) => checklist.items.find((i) => i.key === key)!;
    expect(statusOf("funding")).toMatchObject({ status: "CHANGES_REQUESTED", reviewComments: [comment] });
    expect(statusOf("mentor")).toMatchObject({ status: "COMPLETE", reviewComments: [] });
    expect(html(await OnboardingPage())).toContain(comment);

    // The employer fixes the funding step, signs again and resubmits; the reviewer sees what changed.
    await expect(
      saveFundingPlan(
        formData({
          rtiProviderId: MADISON_COLLEGE_ID,
          delivery: "HYBRID",
          hoursPerYear: "180",
          costPerApprentice: "3500",
          sources: "OPERATING_BUDGET",
          instructionTimePaid: "yes",
          attest: "yes",
        }),
      ),
    ).rejects.toBeDefined();
    await signCurrentAgreement(org.id);
    await expect(submitForReview(submitForm(1))).rejects.toEqual(TO_SUBMIT_PAGE);
    const second = await db.submission.findFirstOrThrow({ where: { organizationId: org.id, version: 2 } });
    await signInAs(reviewer.id);
    const page = await reviewPage(second.id);
    expect(page).toContain("What changed since version 1");
    expect(page).toMatch(/funding › hoursPerYear.*160.*180/s);
    expect(page).toContain("Claim for review");
  });
});

describe("approving", () => {
  it("lets exactly one of two simultaneous approvals win: one decision, one audit event, one email, one packet", async () => {
    const { org, submission } = await claimedSubmission();
    const confirm = () => target(submission.id, 1, { confirm: "yes" });
    const results = await Promise.allSettled([
      asUser(reviewer.id, () => approve(confirm())),
      asUser(admin.id, () => approve(confirm())),
    ]);
    // The winner is redirected to the confirmation; the other gets a message saying who approved it.
    const redirected = results.filter((r) => r.status === "rejected");
    const answered = results.filter((r) => r.status === "fulfilled");
    expect(redirected).toHaveLength(1);
    expect(answered).toHaveLength(1);
    expect((answered[0] as PromiseFulfilledResult<unknown>).value).toMatchObject({
      ok: false,
      message: expect.stringMatching(/(Riley Reviewer|Ada Admin) approved this submission at .+ UTC/),
    });
    expect(await current(submission.id)).toMatchObject({ status: "APPROVED", rowVersion: 2 });
    expect(await db.reviewDecision.count({ where: { submissionId: submission.id, kind: "APPROVE" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.approved" } })).toBe(1);
    expect(await mailTo(org.id, "submission-approved")).toHaveLength(1);
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it("needs the confirmation, and the assigned reviewer or an administrator", async () => {
    const { submission } = await claimedSubmission();
    expect(await approve(target(submission.id, 1))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.any(String)] },
    });
    await signInAs(otherReviewer.id);
    expect(await approve(target(submission.id, 1, { confirm: "yes" }))).toMatchObject({
      ok: false,
      message: "Another reviewer is reviewing this submission. Take it over first to decide.",
    });
    expect(await current(submission.id)).toMatchObject({ status: "IN_REVIEW", rowVersion: 1 });
  });

  it("produces a packet that staff and the organization can download, and nobody else", async () => {
    const { org, owner, submission } = await claimedSubmission();
    await approve(target(submission.id, 1, { confirm: "yes" })).catch(() => undefined);
    const packet = await db.registrationPacket.findFirstOrThrow({ where: { organizationId: org.id } });
    const fetchPacket = (id: string) =>
      getPacket(new Request(`http://localhost/api/packets/${id}`), {
        params: Promise.resolve({ packetId: id }),
      });

    const asStaff = await fetchPacket(packet.id);
    expect(asStaff.status).toBe(200);
    const bytes = new Uint8Array(await asStaff.arrayBuffer());
    expect(sha256Hex(bytes)).toBe(packet.sha256);
    expect(pdfText(bytes)).toContain(org.legalName);
    // The database keeps the packet and the decisions as made.
    const KEPT = /cannot be changed or deleted/;
    await expect(db.registrationPacket.update({ where: { id: packet.id }, data: { sha256: "0" } })).rejects.toThrow(
      KEPT,
    );
    await expect(db.registrationPacket.delete({ where: { id: packet.id } })).rejects.toThrow(KEPT);
    await expect(db.reviewDecision.deleteMany({ where: { submissionId: submission.id } })).rejects.toThrow(KEPT);

    await signInAs(owner.id);
    expect((await fetchPacket(packet.id)).status).toBe(200);
    const member = await addMember(db, org.id, "MEMBER");
    await signInAs(member.user.id);
    expect((await fetchPacket(packet.id)).status).toBe(200);

    const outsider = await createOrganization(db);
    await signInAs(outsider.owner.id);
    expect((await fetchPacket(packet.id)).status).toBe(404);
    expect((await fetchPacket("not-an-id")).status).toBe(404);
    requestScope.clear();
    expect((await fetchPacket(packet.id)).status).toBe(401);
  });
});

describe("npm run packet:build", () => {
  it("writes an approved submission's packet to a file, with the manifest the stored one has", async () => {
    const { org, submission } = await claimedSubmission();
    const cli = (args: string[]) =>
      run("npm", ["run", "--silent", "packet:build", "--", ...args], {
        env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL },
      });
    await expect(cli(["--submission", submission.id, "--out", "/dev/null"])).rejects.toMatchObject({
      stderr: expect.stringContaining("packets are built from approved submissions"),
    });
    await approve(target(submission.id, 1, { confirm: "yes" })).catch(() => undefined);
    const stored = await db.registrationPacket.findFirstOrThrow({ where: { organizationId: org.id } });
    const out = path.join(mkdtempSync(path.join(tmpdir(), "packet-")), "packet.pdf");
    const { stdout } = await cli(["--submission", submission.id, "--out", out]);
    expect(stdout).toContain(`Wrote ${out}: packet version 1`);
    const text = pdfText(new Uint8Array(readFileSync(out)));
    expect(text).toContain(org.legalName);
    for (const entry of stored.manifest as Array<{ sha256: string }>) {
      expect(stdout).toContain(entry.sha256);
      expect(text).toContain(entry.sha256);
    }
  }, 60_000);
});

describe("rejecting", () => {
  it("needs a reason, then tells the employer, who may submit a new version", async () => {
    const { org, owner, submission } = await claimedSubmission();
    expect(await reject(target(submission.id, 1, { reason: "no" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.stringContaining("sentence")] },
    });
    expect(await current(submission.id)).toMatchObject({ status: "IN_REVIEW" });
    const reason = "Your organization is not a healthcare provider, which the program requires.";
    await expect(reject(target(submission.id, 1, { reason }))).rejects.toEqual(toReviewPage(submission.id, "REJECT"));
    expect(await current(submission.id)).toMatchObject({ status: "REJECTED" });
    expect(await db.reviewDecision.findFirst({ where: { submissionId: submission.id, kind: "REJECT" } })).toMatchObject(
      { reason },
    );
    const [mail] = await mailTo(org.id, "submission-rejected");
    expect(mail!.to).toBe(owner.email);
    expect(mail!.text).toContain(reason);
    await signInAs(owner.id);
    await expect(submitForReview(submitForm(1))).rejects.toEqual(TO_SUBMIT_PAGE);
    expect(await db.submission.count({ where: { organizationId: org.id } })).toBe(2);
  });
});

describe("recording the DOL registration", () => {
  it("checks the number and date, then registers, builds a new packet version, emails, and opens step 8", async () => {
    const { org, owner, submission } = await claimedSubmission();
    await approve(target(submission.id, 1, { confirm: "yes" })).catch(() => undefined);
    const registration = (programNumber: string, registeredOn: string) =>
      register(target(submission.id, 2, { programNumber, registeredOn }));

    expect(await registration("no spaces!", "2999-01-01")).toMatchObject({
      ok: false,
      fieldErrors: {
        programNumber: [expect.stringContaining("letters, digits and dashes")],
        registeredOn: [expect.stringContaining("cannot be in the future")],
      },
    });
    expect(await registration("2026-WI-0042", "2020-01-01")).toMatchObject({
      ok: false,
      fieldErrors: { registeredOn: [expect.stringContaining("before AAMI approved it")] },
    });
    expect(await current(submission.id)).toMatchObject({ status: "APPROVED", dolProgramNumber: null });

    const today = new Date().toISOString().slice(0, 10);
    await expect(registration("2026-wi-0042", today)).rejects.toEqual(toReviewPage(submission.id, "REGISTER"));
    expect(await current(submission.id)).toMatchObject({ status: "REGISTERED", dolProgramNumber: "2026-WI-0042" });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      dolProgramNumber: "2026-WI-0042",
    });
    const packets = await db.registrationPacket.findMany({
      where: { organizationId: org.id },
      orderBy: { version: "asc" },
    });
    expect(packets.map((p) => p.version)).toEqual([1, 2]);
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: packets[1]!.fileId } });
    expect(pdfText(new Uint8Array(file.data!))).toContain("2026-WI-0042");
    expect((await mailTo(org.id, "program-registered"))[0]!.text).toContain("2026-WI-0042");
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.registered" } })).toBe(1);

    await signInAs(owner.id);
    const checklist = await getChecklist(org.id);
    expect(checklist.registration).toMatchObject({ programNumber: "2026-WI-0042" });
    expect(checklist.items.find((i) => i.key === "apprentices")!.locked).toBe(false);
    expect(html(await OnboardingPage())).toContain("Registered with the U.S. Department of Labor");
  });
});

describe("the review queue", () => {
  it("lists each organization's latest version, with counts, filters, search and pagination", async () => {
    const tag = `Queue${Date.now()}`;
    const a = await submittedOrganization({ name: `${tag} Alpha Health`, state: "TX" });
    const b = await submittedOrganization({ name: `${tag} Beta Hospital`, state: "WI" });
    await signInAs(reviewer.id);
    await claim(target(b.submission.id, 0)).catch(() => undefined);

    const queue = (params: Record<string, string>) => QueuePage({ searchParams: Promise.resolve(params) });
    const all = html(await queue({ q: tag }));
    expect(all).toContain("2 submissions");
    expect(all).toContain(`${tag} Alpha Health`);
    expect(all).toMatch(/Waiting for review: 1/);
    expect(all).toMatch(/In review: 1/);

    const texas = html(await queue({ q: tag, state: "TX" }));
    expect(texas).toContain("1 submission<");
    expect(texas).not.toContain("Beta Hospital");
    const mine = html(await queue({ q: tag, reviewer: "me" }));
    expect(mine).toContain("Beta Hospital");
    expect(mine).not.toContain("Alpha Health");
    const unclaimed = html(await queue({ q: tag, status: "SUBMITTED" }));
    expect(unclaimed).toContain("Alpha Health");
    expect(unclaimed).not.toContain("Beta Hospital");
    expect(html(await queue({ q: `${tag} nothing like it` }))).toContain("No submission matches these filters");
    const today = new Date().toISOString().slice(0, 10);
    expect(html(await queue({ q: tag, submittedFrom: today, submittedTo: today }))).toContain("2 submissions");
    expect(html(await queue({ q: tag, submittedTo: "2020-01-01" }))).toContain("No submission matches");
    expect(html(await queue({ q: tag, submittedTo: "2025-02-31", submittedFrom: "2025-13-40" }))).toContain(
      "2 submissions",
    );
    // Malformed parameters are ignored, never an error.
    expect(html(await queue({ q: tag, status: "BOGUS", page: "-3", submittedFrom: "yesterday" }))).toContain(
      "2 submissions",
    );
    expect(a.submission.version).toBe(1);
  });

  it("paginates on the server and never lists an organization's older versions", async () => {
    const tag = `Paged${Date.now()}`;
    for (let i = 0; i < 27; i++) {
      const { org, owner } = await createOrganization(db, { name: `${tag} Clinic ${String(i).padStart(2, "0")}` });
      const versions = i === 0 ? [1, 2] : [1];
      for (const version of versions) {
        await db.submission.create({
          data: {
            organizationId: org.id,
            version,
            status: version < versions.length ? "CHANGES_REQUESTED" : "SUBMITTED",
            snapshot: {},
            submittedById: owner.id,
            submittedAt: new Date(Date.UTC(2026, 0, 1 + i, 0, version)),
          },
        });
      }
    }
    await signInAs(reviewer.id);
    const page = async (params: Record<string, string>) =>
      html(await QueuePage({ searchParams: Promise.resolve({ q: tag, ...params }) }));
    const first = await page({});
    expect(first).toContain("27 submissions");
    expect(first).toContain("Page 1 of 2");
    expect(first.match(/Clinic \d\d/g)).toHaveLength(25);
    // Waiting longest first: clinic 00 (submitted first) leads, and only as its latest version, 2.
    expect(first.indexOf("Clinic 00")).toBeLessThan(first.indexOf("Clinic 01"));
    expect(first).toContain("Over the 5-day target");
    const second = await page({ page: "2" });
    expect(second.match(/Clinic \d\d/g)).toEqual(["Clinic 25", "Clinic 26"]);
    expect(html(await QueuePage({ searchParams: Promise.resolve({ q: tag, status: "CHANGES_REQUESTED" }) }))).toContain(
      "No submission matches these filters",
    );
  });
});
