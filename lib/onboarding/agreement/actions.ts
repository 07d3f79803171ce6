"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { MANAGER_ROLES, type OrgContext } from "@/lib/authz";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { Tx } from "@/lib/prisma-client";
import { buildUnsignedAgreement, loadUnsignedAgreementInputs } from "@/lib/onboarding/agreement/content";
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
 * Signing's transaction builds no PDF (both are prepared before it), but it locks the organization, stores the file
 * (a hand-signed scan can be 10 MB) and refreshes the checklist: on a machine under heavy load that has passed
 * Prisma's 5-second default.
 */
const SIGNING_TRANSACTION = { timeout: 30_000, maxWait: 5_000 };
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CHANGED_WHILE_READING =
  "The agreement changed while you were reading it (someone in your organization edited its data). Review the updated agreement and sign again.";

/**
 * The agreement to sign, with the version it will have, prepared before the signing transaction: building a PDF
 * takes CPU time that a transaction holding the organization's lock should not wait on.
 */
async function prepareAgreementToSign(organizationId: string) {
  const [unsigned, last] = await Promise.all([
    buildUnsignedAgreement(organizationId),
    db.employerAgreement.findFirst({
      where: { organizationId },
      orderBy: { version: "desc" },
      select: { version: true },
    }),
  ]);
  return { ...unsigned, version: (last?.version ?? 0) + 1 };
}
type PreparedAgreement = Awaited<ReturnType<typeof prepareAgreementToSign>>;

/**
 * In the signing transaction: steps 2–5 and the wage schedule done, and the prepared agreement still the one the
 * signer opened and still the organization's agreement as its data stands now (same inputs, so the same bytes, and
 * the same next version), so nobody signs a document they did not see and a stale document is never stored. Null
 * when that very agreement is already signed: a second click of the same button.
 */
async function agreementToSign(
  tx: Tx,
  ctx: OrgContext,
  facts: OnboardingFacts,
  shownSha256: string,
  prepared: PreparedAgreement,
) {
  const missing = missingBeforeSigning(facts);
  if (missing.length > 0) {
    throw new AppError("CONFLICT", `Before signing, finish: ${missing.join("; ")}.`);
  }
  const signed = await tx.employerAgreement.findFirst({
    where: { organizationId: ctx.org.id, status: "SIGNED" },
    select: { unsignedSha256: true },
  });
  if (signed?.unsignedSha256 === shownSha256) return null;
  if (signed) throw new AppError("CONFLICT", "The agreement is already signed. Reload the page to see it.");
  if (prepared.sha256 !== shownSha256) throw new AppError("CONFLICT", CHANGED_WHILE_READING);
  const [current, last] = await Promise.all([
    loadUnsignedAgreementInputs(ctx.org.id, tx),
    tx.employerAgreement.findFirst({
      where: { organizationId: ctx.org.id },
      orderBy: { version: "desc" },
      select: { version: true },
    }),
  ]);
  if (current.inputsSha256 !== prepared.inputsSha256 || (last?.version ?? 0) + 1 !== prepared.version) {
    throw new AppError("CONFLICT", CHANGED_WHILE_READING);
  }
  return prepared;
}

async function recordSignedAgreement(
  tx: Tx,
  ctx: OrgContext,
  agreement: PreparedAgreement,
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
      standardsVersionId: agreement.standards.id,
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
    const agreement = await prepareAgreementToSign(ctx.org.id);
    const signedAt = new Date();
    // Built before the transaction; agreementToSign refuses it there if the agreement changed in between.
    const bytes = await buildAgreementPdf(
      agreement.content,
      agreement.standards,
      agreement.registrationAgency,
      pdfFontFiles(),
      {
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
      },
    ).catch((error: unknown) => {
      if (drawnSignaturePng) {
        throw new AppError("VALIDATION", "We could not read the drawn signature.", {
          drawnSignature: ["We could not read the drawn signature. Clear it and draw again."],
        });
      }
      throw error;
    });
    await changeOnboardingStep(
      ctx,
      "AGREEMENT",
      async (tx, facts) => {
        if (!(await agreementToSign(tx, ctx, facts, input.documentSha256, agreement))) return;
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
    const prepared = await prepareAgreementToSign(ctx.org.id);
    await changeOnboardingStep(
      ctx,
      "AGREEMENT",
      async (tx, facts) => {
        const agreement = await agreementToSign(tx, ctx, facts, input.documentSha256, prepared);
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
