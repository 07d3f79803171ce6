import { expect } from "vitest";
import { db } from "@/lib/db";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { signAgreement } from "@/lib/onboarding/agreement/actions";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { completeStepsThroughMentor, createOrganization } from "./factories";
import { formData } from "./form";
import { signInAs } from "./sign-in";

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
