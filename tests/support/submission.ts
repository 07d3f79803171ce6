import { expect } from "vitest";
import { db } from "@/lib/db";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { signAgreement } from "@/lib/onboarding/agreement/actions";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { approve, askForChanges, claim, recordAcceptance, reject } from "@/lib/review/actions";
import { completeStepsThroughMentor, createOrganization, createUser } from "./factories";
import { formData } from "./form";
import { asUser, signInAs } from "./sign-in";

// Integration tests: an organization taken through steps 1–7 by its owner, with the real actions.

export const TO_SUBMIT_PAGE = expect.objectContaining({ digest: expect.stringContaining(";/onboarding/submit;") });

export const submitForm = (basedOnVersion = 0, confirm = "yes") =>
  formData({ basedOnVersion: String(basedOnVersion), confirm });

/** Signs the current agreement as the signed-in owner (the action redirects on success). */
export async function signCurrentAgreement(organizationId: string) {
  const { sha256 } = await buildUnsignedAgreement(organizationId);
  await expect(
    signAgreement(
      formData({
        signerName: "Dana Owner",
        signerTitle: "CEO",
        consent: "yes",
        documentSha256: sha256,
        drawnSignature: "",
      }),
    ),
  ).rejects.toBeDefined();
}

/** An organization with steps 1–6 done and the agreement signed, its owner signed in. */
export async function readyToSubmit(opts: { name?: string; state?: string } = {}) {
  const { org, owner } = await createOrganization(db, opts);
  await completeStepsThroughMentor(db, org.id, owner.id);
  await signInAs(owner.id);
  await signCurrentAgreement(org.id);
  return { org, owner };
}

/** The same, submitted as version 1 (status SUBMITTED). */
export async function submittedOrganization(opts: { name?: string; state?: string } = {}) {
  const { org, owner } = await readyToSubmit(opts);
  await expect(submitForReview(submitForm())).rejects.toEqual(TO_SUBMIT_PAGE);
  const submission = await db.submission.findFirstOrThrow({ where: { organizationId: org.id } });
  return { org, owner, submission };
}

export type ReviewOutcome = "SUBMITTED" | "IN_REVIEW" | "CHANGES_REQUESTED" | "REJECTED" | "APPROVED" | "ACCEPTED";

/** The approval form as a staff administrator fills it in: the review confirmed and the countersignature. */
export const APPROVAL_FIELDS = {
  confirm: "yes",
  countersignerName: "Avery Administrator",
  countersignerTitle: "Director, Apprenticeship Programs",
  consent: "yes",
};

/**
 * A submitted organization whose version 1 AAMI took to `outcome` with the real review actions (each redirects to
 * the review page when it succeeds): claimed and decided by `reviewerId`, except the approval, which a staff
 * administrator makes (it countersigns), the owner still signed in.
 */
export async function reviewedOrganization(
  reviewerId: string,
  outcome: ReviewOutcome,
  opts: { name?: string; state?: string } = {},
) {
  const submitted = await submittedOrganization(opts);
  const id = submitted.submission.id;
  const decide = (action: (form: FormData) => Promise<unknown>, rowVersion: number, extra = {}) =>
    expect(
      asUser(reviewerId, () => action(formData({ submissionId: id, rowVersion: String(rowVersion), ...extra }))),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`;/staff/submissions/${id}?decided=`) });
  if (outcome !== "SUBMITTED") await decide(claim, 0);
  if (outcome === "CHANGES_REQUESTED") {
    await decide(askForChanges, 1, { "comments.FUNDING": "Please plan at least 144 hours a year." });
  }
  if (outcome === "REJECTED") await decide(reject, 1, { reason: "The organization is not a healthcare provider." });
  if (outcome === "APPROVED" || outcome === "ACCEPTED") {
    const admin = await createUser(db, { staffRole: "STAFF_ADMIN", name: APPROVAL_FIELDS.countersignerName });
    await expect(
      asUser(admin.id, () => approve(formData({ submissionId: id, rowVersion: "1", ...APPROVAL_FIELDS }))),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`;/staff/submissions/${id}?decided=APPROVE`) });
  }
  if (outcome === "ACCEPTED") await decide(recordAcceptance, 2, { acceptedOn: new Date().toISOString().slice(0, 10) });
  expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: outcome });
  return submitted;
}
