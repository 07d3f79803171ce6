"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { MANAGER_ROLES, type OrgContext } from "@/lib/authz";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { Tx } from "@/lib/prisma-client";
import { buildUnsignedAgreement } from "@/lib/onboarding/agreement/content";
import { missingBeforeSigning } from "@/lib/onboarding/agreement/readiness";
import { SignAgreementSchema, UploadSignedAgreementSchema } from "@/lib/onboarding/agreement/schemas";
import { changeOnboardingStep } from "@/lib/onboarding/change";
import type { OnboardingFacts } from "@/lib/onboarding/progress";
import { buildAgreementPdf } from "@/lib/pdf/agreement";
import { pdfFontFiles } from "@/lib/pdf/fonts";
import { storeFile } from "@/lib/storage";
import { readUploadedPdf } from "@/lib/storage/pdf-upload";

const PAGE = "/onboarding/agreement";
/**
 * Signing builds the unsigned agreement (to compare it with the one the signer saw) and the signed PDF inside the
 * organization's transaction, with fonts embedded whole: on a busy server that can pass Prisma's 5-second default.
 */
const SIGNING_TRANSACTION = { timeout: 30_000, maxWait: 5_000 };
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What signing needs: steps 2–5 and the wage schedule done, and the agreement unchanged since the signer opened it
 * (so nobody signs a document they did not see). Null when that very agreement is already signed: a second
 * click of the same button.
 */
async function agreementToSign(tx: Tx, ctx: OrgContext, facts: OnboardingFacts, shownSha256: string) {
  const missing = missingBeforeSigning(facts);
  if (missing.length > 0) {
    throw new AppError("CONFLICT", `Before signing, finish: ${missing.join("; ")}.`);
  }
  const unsigned = await buildUnsignedAgreement(ctx.org.id, tx);
  const signed = await tx.employerAgreement.findFirst({
    where: { organizationId: ctx.org.id, status: "SIGNED" },
    select: { unsignedSha256: true },
  });
  if (signed?.unsignedSha256 === shownSha256) return null;
  if (signed) throw new AppError("CONFLICT", "The agreement is already signed. Reload the page to see it.");
  if (unsigned.sha256 !== shownSha256) {
    throw new AppError(
      "CONFLICT",
      "The agreement changed while you were reading it (someone in your organization edited its data). Review the updated agreement and sign again.",
    );
  }
  const last = await tx.employerAgreement.findFirst({
    where: { organizationId: ctx.org.id },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return { ...unsigned, version: (last?.version ?? 0) + 1 };
}

async function recordSignedAgreement(
  tx: Tx,
  ctx: OrgContext,
  agreement: NonNullable<Awaited<ReturnType<typeof agreementToSign>>>,
  signed: {
    method: "ELECTRONIC" | "WET_UPLOAD";
    bytes: Uint8Array;
    signerName: string;
    signerTitle: string;
    signedAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
) {
  const file = await storeFile(tx, {
    organizationId: ctx.org.id,
    filename: `employer-agreement-v${agreement.version}-signed.pdf`,
    contentType: "application/pdf",
    bytes: signed.bytes,
  });
  const row = await tx.employerAgreement.create({
    data: {
      organizationId: ctx.org.id,
      version: agreement.version,
      method: signed.method,
      unsignedSha256: agreement.sha256,
      contentFingerprint: agreement.fingerprint,
      signedFileId: file.id,
      signedSha256: file.sha256,
      signerUserId: ctx.user.id,
      signerName: signed.signerName,
      signerTitle: signed.signerTitle,
      signerEmail: ctx.user.email,
      signedAt: signed.signedAt,
      signerIp: signed.ip,
      signerUserAgent: signed.userAgent,
      consentToEsign: signed.method === "ELECTRONIC",
    },
  });
  await recordAudit(tx, {
    kind: "agreement.signed",
    organizationId: ctx.org.id,
    actorId: ctx.user.id,
    subject: { type: "EmployerAgreement", id: row.id },
    payload: {
      version: row.version,
      method: row.method,
      signerName: row.signerName,
      unsignedSha256: row.unsignedSha256,
      signedSha256: row.signedSha256,
    },
    ip: signed.ip,
  });
  const appUrl = env().APP_URL;
  await enqueueMail(tx, {
    to: ctx.user.email,
    template: "agreement-signed",
    organizationId: ctx.org.id,
    props: {
      signerName: row.signerName,
      organizationName: ctx.org.name,
      method: row.method,
      signedAtUtc: `${row.signedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`,
      signedSha256: row.signedSha256,
      agreementUrl: `${appUrl}/api/agreements/${row.id}`,
      submitUrl: `${appUrl}/onboarding/submit`,
    },
  });
}

function decodeDrawnSignature(dataUrl: string | undefined): Uint8Array | null {
  if (!dataUrl) return null;
  const bytes = new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
  if (!PNG_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new AppError("VALIDATION", "We could not read the drawn signature.", {
      drawnSignature: ["We could not read the drawn signature. Clear it and draw again."],
    });
  }
  return bytes;
}

/** Step 6: signs the Employer Agreement electronically; the signed PDF carries the signature and its evidence. */
export const signAgreement = orgAction(MANAGER_ROLES)
  .schema(SignAgreementSchema)
  .action(async ({ input, ctx }) => {
    const { ip, userAgent } = ctx;
    const drawnSignaturePng = decodeDrawnSignature(input.drawnSignature);
    await changeOnboardingStep(
      ctx,
      "AGREEMENT",
      async (tx, facts) => {
        const agreement = await agreementToSign(tx, ctx, facts, input.documentSha256);
        if (!agreement) return;
        const signedAt = new Date();
        const bytes = await buildAgreementPdf(agreement.content, agreement.registrationAgency, pdfFontFiles(), {
          method: "ELECTRONIC",
          agreementVersion: agreement.version,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          signerEmail: ctx.user.email,
          signedAt,
          ip,
          userAgent,
          unsignedSha256: agreement.sha256,
          contentFingerprint: agreement.fingerprint,
          drawnSignaturePng,
        }).catch((error: unknown) => {
          if (drawnSignaturePng) {
            throw new AppError("VALIDATION", "We could not read the drawn signature.", {
              drawnSignature: ["We could not read the drawn signature. Clear it and draw again."],
            });
          }
          throw error;
        });
        const signer = { signerName: input.signerName, signerTitle: input.signerTitle };
        await recordSignedAgreement(tx, ctx, agreement, {
          method: "ELECTRONIC",
          bytes,
          ...signer,
          signedAt,
          ip,
          userAgent,
        });
      },
      SIGNING_TRANSACTION,
    );
    revalidatePath("/onboarding");
    redirect(`${PAGE}#agreement-heading`);
  });

/** Step 6, on paper: stores the hand-signed agreement exactly as uploaded. */
export const uploadSignedAgreement = orgAction(MANAGER_ROLES)
  .schema(UploadSignedAgreementSchema)
  .action(async ({ input, ctx }) => {
    const { ip, userAgent } = ctx;
    const bytes = await readUploadedPdf(
      input.file,
      "file",
      "That file is not a PDF we can open. Scan the signed agreement to PDF and upload it again.",
    );
    await changeOnboardingStep(
      ctx,
      "AGREEMENT",
      async (tx, facts) => {
        const agreement = await agreementToSign(tx, ctx, facts, input.documentSha256);
        if (!agreement) return;
        await recordSignedAgreement(tx, ctx, agreement, {
          method: "WET_UPLOAD",
          bytes,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          signedAt: new Date(),
          ip,
          userAgent,
        });
      },
      SIGNING_TRANSACTION,
    );
    revalidatePath("/onboarding");
    redirect(`${PAGE}#agreement-heading`);
  });
