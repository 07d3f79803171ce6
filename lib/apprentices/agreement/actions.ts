"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { employerEvidence, parseAgreementEvidence } from "@/lib/apprentices/agreement/evidence";
import { needsGuardian, storeAgreementPdf, unsignedAgreementSha256 } from "@/lib/apprentices/agreement/document";
import { apprenticeSignSchema, EmployerSignSchema, ResendSigningLinkSchema } from "@/lib/apprentices/agreement/schemas";
import { saveSelfIdentification } from "@/lib/apprentices/self-identification/data";
import { newSigningLink, signingTokenHash } from "@/lib/apprentices/agreement/signing-link";
import { MANAGER_ROLES } from "@/lib/authz";
import { requirePartner } from "@/lib/authz/partner";
import { SIGNING_LINK_USED, signingLinkAction } from "@/lib/authz/token-action";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/forms/form-data";
import { enqueueMail, enqueueMailToMany } from "@/lib/mail/outbox";
import { employerRecipients } from "@/lib/organizations/recipients";
import type { Tx } from "@/lib/prisma-client";
import { getCurrentStandards } from "@/lib/program/standards/data";

const pageOf = (apprenticeId: string) => `/onboarding/apprentices/${apprenticeId}`;
/**
 * Each signature builds and stores the agreement PDF inside its transaction: a few tens of milliseconds with subset
 * fonts, but a cold or busy server has passed Prisma's 5-second default before.
 */
const SIGNING_TRANSACTION = { timeout: 30_000, maxWait: 5_000 };

/** Emails the apprentice a fresh signing link; the link's secret exists only in that email. */
async function sendSigningLink(
  tx: Tx,
  agreementId: string,
  apprentice: { firstName: string; email: string | null; dateOfBirth: Date; startDate: Date },
  organization: { id: string; name: string },
) {
  if (!apprentice.email) throw new AppError("CONFLICT", "Add the apprentice's email address first.");
  const link = newSigningLink();
  await tx.apprenticeAgreement.update({
    where: { id: agreementId },
    data: { signingTokenHash: link.hash, signingTokenExpiresAt: link.expiresAt },
  });
  await enqueueMail(tx, {
    to: apprentice.email,
    template: "apprentice-agreement-sign",
    organizationId: organization.id,
    sensitive: true,
    props: {
      apprenticeName: apprentice.firstName,
      organizationName: organization.name,
      signUrl: link.url,
      expiresOn: link.expiresOn,
      guardianRequired: needsGuardian(apprentice),
    },
  });
}

/**
 * An owner or admin signs the apprentice's agreement for the employer: the enrollment is frozen for signing, the
 * agreement PDF is made and stored, and the apprentice is emailed a link to sign. Guarded by the apprentice's row
 * version, so a change saved in another tab since the page was shown is never signed unseen.
 */
export const signAsEmployer = orgAction(MANAGER_ROLES)
  .schema(EmployerSignSchema)
  .action(async ({ input, ctx }) => {
    await requirePartner(ctx);
    const { ip, userAgent } = ctx;
    await db.$transaction(async (tx) => {
      const moved = await tx.apprentice.updateMany({
        where: { id: input.apprenticeId, organizationId: ctx.org.id, status: "DRAFT", rowVersion: input.rowVersion },
        data: { status: "PENDING_SIGNATURES", rowVersion: { increment: 1 } },
      });
      if (moved.count === 0) {
        const now = await tx.apprentice.findFirst({
          where: { id: input.apprenticeId, organizationId: ctx.org.id },
          select: { status: true },
        });
        if (!now) throw new AppError("NOT_FOUND");
        throw new AppError(
          "CONFLICT",
          now.status === "DRAFT"
            ? "The enrollment changed since you opened this page. Check it again, then sign."
            : "This agreement has already been signed for your organization.",
        );
      }
      const apprentice = await tx.apprentice.findUniqueOrThrow({ where: { id: input.apprenticeId } });
      const signedAt = new Date();
      // The agreement is signed under the standards current now, and always rebuilt from that version.
      const standards = await getCurrentStandards(tx);
      const row = await tx.apprenticeAgreement.create({
        data: {
          apprenticeId: apprentice.id,
          organizationId: ctx.org.id,
          standardsVersionId: standards.id,
          employerSignerName: input.signerName,
          employerSignerTitle: input.signerTitle,
          employerSignedAt: signedAt,
          evidence: employerEvidence({ userId: ctx.user.id, ip, userAgent, signedAt: signedAt.toISOString() }),
        },
      });
      const contentSha256 = await unsignedAgreementSha256(tx, apprentice.id, row);
      const fileId = await storeAgreementPdf(tx, apprentice.id, ctx.org.id, row);
      await tx.apprenticeAgreement.update({ where: { id: row.id }, data: { contentSha256, fileId } });
      await sendSigningLink(tx, row.id, apprentice, ctx.org);
      await ctx.audit(tx, {
        kind: "apprentice.agreement_signed",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Apprentice", id: apprentice.id },
        payload: { party: "EMPLOYER", signerName: input.signerName, contentSha256 },
      });
    }, SIGNING_TRANSACTION);
    revalidatePath(pageOf(input.apprenticeId));
    redirect(`${pageOf(input.apprenticeId)}?sent=1`);
  });

/** A new signing link (the old one stops working), for a lost email or an expired link. */
export const resendSigningLink = orgAction()
  .schema(ResendSigningLinkSchema)
  .action(async ({ input, ctx }) => {
    await requirePartner(ctx);
    await db.$transaction(async (tx) => {
      const apprentice = await tx.apprentice.findFirst({
        where: { id: input.apprenticeId, organizationId: ctx.org.id },
        include: { agreements: { where: { voidedAt: null, apprenticeSignedAt: null }, take: 1 } },
      });
      if (!apprentice) throw new AppError("NOT_FOUND");
      const agreement = apprentice.agreements[0];
      if (apprentice.status !== "PENDING_SIGNATURES" || !agreement) {
        throw new AppError("CONFLICT", "The apprentice is not waiting to sign, so there is no link to send.");
      }
      await sendSigningLink(tx, agreement.id, apprentice, ctx.org);
      await ctx.audit(tx, {
        kind: "apprentice.signing_link_sent",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Apprentice", id: apprentice.id },
        payload: {},
      });
    });
    revalidatePath(pageOf(input.apprenticeId));
    redirect(`${pageOf(input.apprenticeId)}?sent=1`);
  });

/**
 * The apprentice (and, under 18, a parent or guardian) signs through the emailed link. Signing uses the link up,
 * stores the apprentice's self-identification answers (for the apprentice the link is for, never one named by the
 * form), completes the PDF, and puts the registration in AAMI's queue; the employer's owners and admins are told.
 */
export const signAsApprentice = signingLinkAction
  // The guardian rule depends on the apprentice behind the token, so the fields are checked again once it is known.
  .schema(apprenticeSignSchema(false).passthrough())
  .action(async ({ input, ctx }) => {
    const { link } = ctx;
    const parsed = apprenticeSignSchema(link.guardianRequired).safeParse(input);
    if (!parsed.success) throw new AppError("VALIDATION", undefined, fieldErrorsOf(parsed.error));
    const signed = parsed.data;
    const { ip, userAgent } = ctx;
    await db.$transaction(async (tx) => {
      const signedAt = new Date();
      // Only the current, unused link signs, once: a double click or a second tab finds it used.
      const taken = await tx.apprenticeAgreement.updateMany({
        where: {
          id: link.agreementId,
          signingTokenHash: signingTokenHash(input.token),
          voidedAt: null,
          apprenticeSignedAt: null,
          signingTokenExpiresAt: { gt: signedAt },
        },
        data: {
          signingTokenHash: null,
          apprenticeSignerName: signed.signerName,
          apprenticeSignedAt: signedAt,
          ...(link.guardianRequired
            ? {
                guardianSignerName: signed.guardianName,
                guardianRelationship: signed.guardianRelationship,
                guardianSignedAt: signedAt,
              }
            : {}),
        },
      });
      if (taken.count === 0) throw new AppError("CONFLICT", SIGNING_LINK_USED);
      const moved = await tx.apprentice.updateMany({
        where: { id: link.apprenticeId, status: "PENDING_SIGNATURES" },
        data: { status: "PENDING_REGISTRATION", rowVersion: { increment: 1 } },
      });
      if (moved.count === 0) throw new AppError("CONFLICT", SIGNING_LINK_USED);
      await saveSelfIdentification(tx, link, signed, signedAt);
      const row = await tx.apprenticeAgreement.findUniqueOrThrow({ where: { id: link.agreementId } });
      const fileId = await storeAgreementPdf(tx, link.apprenticeId, link.organizationId, row);
      const evidence = parseAgreementEvidence(row.evidence);
      await tx.apprenticeAgreement.update({
        where: { id: row.id },
        data: { fileId, evidence: { ...evidence, apprentice: { ip, userAgent, signedAt: signedAt.toISOString() } } },
      });
      await ctx.audit(tx, {
        kind: "apprentice.agreement_signed",
        organizationId: link.organizationId,
        actorId: null,
        subject: { type: "Apprentice", id: link.apprenticeId },
        payload: {
          party: link.guardianRequired ? "APPRENTICE_AND_GUARDIAN" : "APPRENTICE",
          signerName: signed.signerName,
          contentSha256: row.contentSha256 ?? "",
        },
      });
      const recipients = await employerRecipients(tx, link.organizationId);
      await enqueueMailToMany(tx, {
        template: "apprentice-agreement-signed",
        props: {
          apprenticeName: link.apprenticeName,
          organizationName: link.organizationName,
          apprenticesUrl: `${env().APP_URL}${pageOf(link.apprenticeId)}`,
        },
        recipients: recipients.map((to) => ({ to, organizationId: link.organizationId })),
      });
    }, SIGNING_TRANSACTION);
    redirect("/apprentices/agreement/signed");
  });
