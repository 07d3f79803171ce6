import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { signAgreement } from "@/lib/onboarding/agreement/actions";
import { submitForReview } from "@/lib/onboarding/submit/actions";
import { completeStepsThroughMentor, createOrganization } from "../support/factories";
import { publishBothDocuments } from "../support/documents";
import { formData } from "../support/form";
import { signInAs } from "../support/sign-in";

const REFUSED = /cannot (change|be deleted)/;

/** A signed agreement and a submission made through the real actions. */
async function submitted() {
  const { org, owner } = await createOrganization(db);
  await completeStepsThroughMentor(db, org.id, owner.id);
  await signInAs(owner.id);
  const { sha256 } = await buildUnsignedAgreement(org.id);
  const signer = { signerName: "Dana Owner", signerTitle: "CEO", consent: "yes", drawnSignature: "" };
  await signAgreement(formData({ ...signer, documentSha256: sha256 })).catch(() => undefined);
  await submitForReview(formData({ basedOnVersion: "0", confirm: "yes" })).catch(() => undefined);
  return {
    agreement: await db.employerAgreement.findFirstOrThrow({ where: { organizationId: org.id } }),
    submission: await db.submission.findFirstOrThrow({ where: { organizationId: org.id } }),
  };
}

beforeAll(() => publishBothDocuments(db));

describe("the database keeps signed and submitted records as they were made", () => {
  it("refuses to change or delete a signed agreement, but lets it be voided once", async () => {
    const { agreement } = await submitted();
    await expect(
      db.employerAgreement.update({ where: { id: agreement.id }, data: { signerName: "Someone Else" } }),
    ).rejects.toThrow(REFUSED);
    await expect(db.employerAgreement.delete({ where: { id: agreement.id } })).rejects.toThrow(REFUSED);
    await db.employerAgreement.update({
      where: { id: agreement.id },
      data: { status: "VOIDED", voidedAt: new Date(), voidedReason: "test" },
    });
    await expect(
      db.employerAgreement.update({ where: { id: agreement.id }, data: { status: "SIGNED" } }),
    ).rejects.toThrow(REFUSED);
    expect((await db.employerAgreement.findUniqueOrThrow({ where: { id: agreement.id } })).signerName).toBe(
      "Dana Owner",
    );
  });

  it("refuses to change a submission's snapshot or delete it, but lets its review status move on", async () => {
    const { submission } = await submitted();
    await expect(
      db.submission.update({ where: { id: submission.id }, data: { snapshot: { tampered: true } } }),
    ).rejects.toThrow(REFUSED);
    await expect(db.submission.delete({ where: { id: submission.id } })).rejects.toThrow(REFUSED);
    await db.submission.update({ where: { id: submission.id }, data: { status: "IN_REVIEW", rowVersion: 1 } });
    const after = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(after.snapshot).toEqual(submission.snapshot);
    expect(after.status).toBe("IN_REVIEW");
  });

  it("refuses to change the content of a stored file", async () => {
    const { agreement } = await submitted();
    await expect(
      db.storedFile.update({ where: { id: agreement.signedFileId }, data: { data: Buffer.from("%PDF-forged") } }),
    ).rejects.toThrow(REFUSED);
    await db.storedFile.update({ where: { id: agreement.signedFileId }, data: { filename: "renamed.pdf" } });
  });
});
