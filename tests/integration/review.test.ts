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
import { approve, askForChanges, claim, recordAcceptance, reject } from "@/lib/review/actions";
import { sha256Hex } from "@/lib/storage/hash";
import { GET as getPacket } from "@/app/api/packets/[packetId]/route";
import ReviewSubmissionPage from "@/app/(staff)/staff/submissions/[submissionId]/page";
import QueuePage from "@/app/(staff)/staff/queue/page";
import OnboardingPage from "@/app/(employer)/onboarding/page";
import { addMember, createOrganization, createUser } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { pdfPages, pdfText } from "../support/pdf-text";
import { html } from "../support/render";
import { requestScope } from "../support/request-scope";
import { asUser, signInAs } from "../support/sign-in";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";
import {
  APPROVAL_FIELDS,
  signCurrentAgreement,
  submitForm,
  submittedOrganization,
  TO_SUBMIT_PAGE,
} from "../support/submission";

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
let otherAdmin: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  await publishBothDocuments(db);
  reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Riley Reviewer" });
  otherReviewer = await createUser(db, { staffRole: "STAFF_REVIEWER", name: "Sam Second" });
  admin = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Ada Admin" });
  otherAdmin = await createUser(db, { staffRole: "STAFF_ADMIN", name: "Blair Board" });
});

/** The administrator approves (and countersigns) the reviewer's claimed submission; the action redirects. */
const approveAsAdmin = (submissionId: string) =>
  expect(asUser(admin.id, () => approve(target(submissionId, 1, APPROVAL_FIELDS)))).rejects.toEqual(
    toReviewPage(submissionId, "APPROVE"),
  );

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
    // The reviewer reviews; approving countersigns, which an administrator does.
    expect(page).not.toContain("Approve and countersign for AAMI");
    expect(page).toContain("a staff administrator approves");
    expect(page).toContain("No problems found by the automatic checks.");
    expect(await asUser(admin.id, () => reviewPage(submission.id))).toContain("Approve and countersign for AAMI");
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
          providerName: "Madison College",
          providerType: "Community or technical college",
          delivery: "HYBRID",
          providerContact: "apprenticeship@madisoncollege.example",
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
    const confirm = () => target(submission.id, 1, APPROVAL_FIELDS);
    const results = await Promise.allSettled([
      asUser(otherAdmin.id, () => approve(confirm())),
      asUser(admin.id, () => approve(confirm())),
    ]);
    // The winner is redirected to the confirmation; the other gets a message saying who approved it.
    const redirected = results.filter((r) => r.status === "rejected");
    const answered = results.filter((r) => r.status === "fulfilled");
    expect(redirected).toHaveLength(1);
    expect(answered).toHaveLength(1);
    expect((answered[0] as PromiseFulfilledResult<unknown>).value).toMatchObject({
      ok: false,
      message: expect.stringMatching(/(Blair Board|Ada Admin) approved this submission at .+ UTC/),
    });
    expect(await current(submission.id)).toMatchObject({ status: "APPROVED", rowVersion: 2 });
    expect(await db.reviewDecision.count({ where: { submissionId: submission.id, kind: "APPROVE" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.approved" } })).toBe(1);
    expect(await mailTo(org.id, "submission-approved")).toHaveLength(1);
    expect(await db.registrationPacket.count({ where: { organizationId: org.id } })).toBe(1);
    expect(
      await db.employerAgreement.count({ where: { organizationId: org.id, countersignedAt: { not: null } } }),
    ).toBe(1);
  });

  it("needs the confirmation and the countersignature, from an administrator; a reviewer cannot approve", async () => {
    const { org, submission } = await claimedSubmission();
    expect(await approve(target(submission.id, 1, APPROVAL_FIELDS))).toMatchObject({
      ok: false,
      message: "Approval countersigns the agreement for AAMI: a staff administrator approves and countersigns.",
    });
    expect(await reviewPage(submission.id)).toContain("a staff administrator approves");
    await signInAs(admin.id);
    expect(await approve(target(submission.id, 1, { countersignerName: "Ada Admin" }))).toMatchObject({
      ok: false,
      fieldErrors: {
        confirm: [expect.any(String)],
        countersignerTitle: [expect.any(String)],
        consent: [expect.stringContaining("countersign")],
      },
    });
    expect(await current(submission.id)).toMatchObject({ status: "IN_REVIEW", rowVersion: 1 });
    expect(await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } })).toMatchObject({
      countersignedAt: null,
      countersignedFileId: null,
    });
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.approved" } })).toBe(0);
  });

  it("countersigns for AAMI: the employer's pages unchanged, then a page with the signer and evidence", async () => {
    const { org, submission } = await claimedSubmission();
    const before = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    const employerFile = await db.storedFile.findUniqueOrThrow({ where: { id: before.signedFileId } });
    await approveAsAdmin(submission.id);

    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(agreement).toMatchObject({
      signedFileId: before.signedFileId,
      signedSha256: before.signedSha256,
      countersignerUserId: admin.id,
      countersignerName: APPROVAL_FIELDS.countersignerName,
      countersignerTitle: APPROVAL_FIELDS.countersignerTitle,
      countersignerEmail: admin.email,
      countersignedAt: expect.any(Date),
    });
    // The employer-signed file is kept as it was; the countersigned one is a new file.
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: before.signedFileId } })).sha256).toBe(
      employerFile.sha256,
    );
    const countersigned = await db.storedFile.findUniqueOrThrow({ where: { id: agreement.countersignedFileId! } });
    const bytes = new Uint8Array(countersigned.data!);
    expect(sha256Hex(bytes)).toBe(agreement.countersignedSha256);
    const employerPages = pdfPages(new Uint8Array(employerFile.data!));
    const pages = pdfPages(bytes);
    expect(pages.slice(0, employerPages.length)).toEqual(employerPages);
    expect(pages).toHaveLength(employerPages.length + 1);
    const last = pages.at(-1)!.replace(/\s+/g, " ");
    for (const expected of [
      "Countersignature of the Sponsor (AAMI)",
      `/s/ ${APPROVAL_FIELDS.countersignerName}`,
      APPROVAL_FIELDS.countersignerTitle,
      admin.email,
      before.signedSha256,
    ]) {
      expect(last).toContain(expected);
    }

    // The packet carries the fully signed file, and its manifest hash is that file's.
    const packet = await db.registrationPacket.findFirstOrThrow({ where: { organizationId: org.id } });
    const manifest = packet.manifest as Array<{ title: string; sha256: string }>;
    expect(manifest[0]).toMatchObject({
      title: "Employer acceptance agreement (signed by the employer, countersigned by AAMI)",
      sha256: agreement.countersignedSha256,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organizationId: org.id, kind: "review.approved" } });
    expect(audit.payload).toMatchObject({
      countersignerName: APPROVAL_FIELDS.countersignerName,
      countersignedSha256: agreement.countersignedSha256,
    });
    expect((await mailTo(org.id, "submission-approved"))[0]!.text).toContain("countersigned");
  });

  it("produces a packet that staff and the organization can download, and nobody else", async () => {
    const { org, owner, submission } = await claimedSubmission();
    await approveAsAdmin(submission.id);
    await signInAs(reviewer.id);
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
    await approveAsAdmin(submission.id);
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

describe("recording the Registration Agency's acceptance", () => {
  it("checks the date, then records it, builds a new packet version, emails, and lets apprentices be approved", async () => {
    const { org, owner, submission } = await claimedSubmission();
    await approveAsAdmin(submission.id);
    const acceptance = (acceptedOn: string) => recordAcceptance(target(submission.id, 2, { acceptedOn }));

    expect(await acceptance("2999-01-01")).toMatchObject({
      ok: false,
      fieldErrors: { acceptedOn: [expect.stringContaining("cannot be in the future")] },
    });
    expect(await acceptance("2020-01-01")).toMatchObject({
      ok: false,
      fieldErrors: { acceptedOn: [expect.stringContaining("before AAMI approved and countersigned it")] },
    });
    expect(await current(submission.id)).toMatchObject({ status: "APPROVED", agencyAcceptedAt: null });

    const today = new Date().toISOString().slice(0, 10);
    await expect(acceptance(today)).rejects.toEqual(toReviewPage(submission.id, "RECORD_ACCEPTANCE"));
    const acceptedAt = new Date(`${today}T00:00:00Z`);
    expect(await current(submission.id)).toMatchObject({ status: "ACCEPTED", agencyAcceptedAt: acceptedAt });
    expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
      agencyAcceptedAt: acceptedAt,
    });
    const packets = await db.registrationPacket.findMany({
      where: { organizationId: org.id },
      orderBy: { version: "asc" },
    });
    expect(packets.map((p) => p.version)).toEqual([1, 2]);
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: packets[1]!.fileId } });
    const cover = pdfPages(new Uint8Array(file.data!))[0]!.replace(/\s+/g, " ");
    expect(cover).toContain(`Accepted by the Registration Agency ${today}`);
    expect(cover).not.toMatch(/program number/i);
    const [mail] = await mailTo(org.id, "agreement-accepted");
    expect(mail!.text).toContain("accepted");
    expect(mail!.text).toContain("no separate program number");
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "review.agency_accepted" } })).toBe(1);
    expect(await reviewPage(submission.id)).toContain("Accepted by the Registration Agency on");

    await signInAs(owner.id);
    const checklist = await getChecklist(org.id);
    expect(checklist.acceptance).toEqual({ acceptedAt });
    expect(checklist.items.find((i) => i.key === "apprentices")!.locked).toBe(false);
    expect(html(await OnboardingPage())).toContain("Accepted by the Registration Agency");
  });

  it("opens step 8 at approval, before the agency's acceptance", async () => {
    const { org, owner, submission } = await claimedSubmission();
    await approveAsAdmin(submission.id);
    await signInAs(owner.id);
    const checklist = await getChecklist(org.id);
    expect(checklist.acceptance).toBeNull();
    expect(checklist.items.find((i) => i.key === "apprentices")!.locked).toBe(false);
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
