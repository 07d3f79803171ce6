import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveFundingPlan } from "@/lib/onboarding/funding/actions";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import type { SubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { askForChanges, claim } from "@/lib/review/actions";
import SubmitStepPage from "@/app/(employer)/onboarding/submit/page";
import {
  addMember,
  completeStepsThroughMentor,
  createOrganization,
  createUser,
  MADISON_COLLEGE_ID,
} from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { html } from "../support/render";
import { asUser, signInAs } from "../support/sign-in";
import { readyToSubmit, signCurrentAgreement, submitForm, TO_SUBMIT_PAGE } from "../support/submission";

const funding = (hoursPerYear: number) =>
  formData({
    rtiProviderId: MADISON_COLLEGE_ID,
    delivery: "HYBRID",
    hoursPerYear: String(hoursPerYear),
    costPerApprentice: "3500",
    sources: "OPERATING_BUDGET",
    instructionTimePaid: "yes",
    attest: "yes",
  });

let staffEmail: string;
beforeAll(async () => {
  await publishBothDocuments(db);
  staffEmail = (await createUser(db, { staffRole: "STAFF_REVIEWER" })).email;
});

describe("step 7: submitting to AAMI", () => {
  it("freezes everything into version 1, makes the data read-only, and tells the employer and AAMI staff", async () => {
    const { org, owner } = await readyToSubmit();
    const admin = await addMember(db, org.id, "ADMIN");
    expect(html(await SubmitStepPage())).toContain("Review what you are submitting");
    await expect(submitForReview(submitForm())).rejects.toEqual(TO_SUBMIT_PAGE);

    const submission = await db.submission.findFirstOrThrow({ where: { organizationId: org.id } });
    const agreement = await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } });
    expect(submission).toMatchObject({
      version: 1,
      status: "SUBMITTED",
      agreementId: agreement.id,
      submittedById: owner.id,
    });
    const snapshot = submission.snapshot as SubmissionSnapshot;
    expect(snapshot.organization.legalName).toBe(org.legalName);
    expect(snapshot.positions).toHaveLength(1);
    expect(snapshot.funding?.providerName).toBe("Madison College");
    expect(snapshot.mentors.map((m) => m.name)).toEqual(["Chris Ortega"]);
    expect(snapshot.wagePeriods.map((p) => p.percentOfJourneyworker)).toEqual([60, 65, 72, 80]);
    expect(snapshot.standards.map((s) => s.kind).sort()).toEqual(["NATIONAL_STANDARDS", "TRAINING_OBJECTIVES"]);
    expect(snapshot.agreement).toMatchObject({ version: 1, signedSha256: agreement.signedSha256 });

    expect(await saveFundingPlan(funding(200))).toMatchObject({
      ok: false,
      message: expect.stringContaining("read-only"),
    });
    const steps = await db.onboardingStep.findMany({ where: { organizationId: org.id } });
    expect(steps.find((s) => s.step === "SUBMIT")).toMatchObject({ status: "COMPLETE", completedById: owner.id });
    expect(await db.auditEvent.count({ where: { organizationId: org.id, kind: "submission.submitted" } })).toBe(1);

    const mail = await db.mailMessage.findMany({
      where: { organizationId: org.id, template: { contains: "submission" } },
    });
    const to = (template: string) =>
      mail
        .filter((m) => m.template === template)
        .map((m) => m.to)
        .sort();
    expect(to("submission-received")).toEqual([owner.email, admin.user.email].sort());
    expect(to("staff-submission-received")).toContain(staffEmail);
    expect(mail.find((m) => m.template === "submission-received")!.text).toContain("What happens next");

    const page = html(await SubmitStepPage());
    expect(page).toContain("Version 1 is with AAMI, waiting for a reviewer");
    expect(page).toContain("Waiting for review");
  });

  it("submits once when the button is pressed twice at the same moment", async () => {
    const { org, owner } = await readyToSubmit();
    const results = await Promise.allSettled([
      asUser(owner.id, () => submitForReview(submitForm())),
      asUser(owner.id, () => submitForReview(submitForm())),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]); // both redirect to the confirmation
    expect(await db.submission.count({ where: { organizationId: org.id } })).toBe(1);
    expect(await db.mailMessage.count({ where: { organizationId: org.id, template: "submission-received" } })).toBe(1);
  });

  it("refuses before steps 1–6 are complete, without the confirmation, and to members", async () => {
    const { org, owner } = await createOrganization(db);
    await completeStepsThroughMentor(db, org.id, owner.id);
    await signInAs(owner.id);
    expect(await submitForReview(submitForm())).toMatchObject({
      ok: false,
      message: "Before submitting, complete: Step 6: sign the employer acceptance agreement.",
    });
    expect(html(await SubmitStepPage())).toContain("Before you can submit");
    await signCurrentAgreement(org.id);
    expect(await submitForReview(submitForm(0, ""))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringContaining("Tick the box")] },
    });
    const member = await addMember(db, org.id, "MEMBER");
    await signInAs(member.user.id);
    expect(await submitForReview(submitForm())).toMatchObject({
      ok: false,
      message: expect.stringContaining("owner or admin"),
    });
    expect(await db.submission.count({ where: { organizationId: org.id } })).toBe(0);

    // Another organization sees its own (empty) state, never this one's.
    const other = await createOrganization(db);
    await signInAs(other.owner.id);
    const page = html(await SubmitStepPage());
    expect(page).not.toContain(org.legalName);
    expect(page).toContain("Before you can submit");
  });

  it("after AAMI asks for changes, reopens the commented step and resubmits as version 2", async () => {
    const { org, owner } = await readyToSubmit();
    await submitForReview(submitForm()).catch(() => undefined);
    const first = await db.submission.findFirstOrThrow({ where: { organizationId: org.id } });
    // AAMI claims it and asks for a change to step 4, through the real review actions.
    const reviewer = await createUser(db, { staffRole: "STAFF_REVIEWER" });
    await asUser(reviewer.id, async () => {
      await claim(formData({ submissionId: first.id, rowVersion: "0" })).catch(() => undefined);
      await askForChanges(
        formData({
          submissionId: first.id,
          rowVersion: "1",
          "comments.FUNDING": "Please raise related instruction to 144 hours.",
        }),
      ).catch(() => undefined);
    });
    expect((await db.submission.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("CHANGES_REQUESTED");
    expect(html(await SubmitStepPage())).toContain("Please raise related instruction to 144 hours.");

    await expect(saveFundingPlan(funding(180))).rejects.toBeDefined();
    // The fix voided the signature, so step 6 reopened and the agreement is signed again.
    expect(await submitForReview(submitForm(1))).toMatchObject({
      ok: false,
      message: "Before submitting, complete: Step 6: sign the employer acceptance agreement.",
    });
    await signCurrentAgreement(org.id);
    await expect(submitForReview(submitForm(1))).rejects.toEqual(TO_SUBMIT_PAGE);

    const versions = await db.submission.findMany({ where: { organizationId: org.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "CHANGES_REQUESTED"],
      [2, "SUBMITTED"],
    ]);
    expect((versions[0]!.snapshot as SubmissionSnapshot).funding?.hoursPerYear).toBe(160);
    expect((versions[1]!.snapshot as SubmissionSnapshot).funding?.hoursPerYear).toBe(180);
    expect((versions[1]!.snapshot as SubmissionSnapshot).agreement?.version).toBe(2);
    expect(await db.reviewComment.count({ where: { submissionId: first.id, resolvedAt: null } })).toBe(0);
    expect(await db.reviewDecision.findFirst({ where: { submissionId: versions[1]!.id } })).toMatchObject({
      kind: "RESUBMIT",
      fromStatus: "CHANGES_REQUESTED",
      toStatus: "SUBMITTED",
      actorId: owner.id,
    });
    const mail = await db.mailMessage.findFirstOrThrow({
      where: { organizationId: org.id, template: "submission-received", subject: { contains: "version 2" } },
    });
    expect(mail.to).toBe(owner.email);
  });
});
