import { randomUUID } from "node:crypto";
import { wagePeriods } from "../../../lib/onboarding/wages/rules";
import { sha256Hex } from "../../../lib/storage/hash";
import { addDays, mondayOf } from "../../../lib/training/weeks";
import { SAMPLE_AGREEMENT_CONTENT, SAMPLE_STANDARDS } from "../../support/agreement-fixtures";
import { apprentice } from "../../support/apprentices";
import {
  completeStepsThroughMentor,
  createCandidate,
  createOrganization as createSender,
  createUser,
} from "../../support/factories";
import { drawImage, storeDrawnLogo } from "../../support/images";
import { pdfWithScript } from "../../support/pdf-with-script";
import { currentStandardsId } from "../../support/standards";
import type { createOrganization } from "./fixtures";

// The records behind every page of an approved employer partner, written straight to the database: specs that
// visit every page (security headers, layout) build them for a tenant of their own.

type Db = Parameters<typeof completeStepsThroughMentor>[0];
type Tenant = Awaited<ReturnType<typeof createOrganization>>;

/** Where AAMI's review of a submitted employer stands: approved (an employer partner), or claimed by a reviewer. */
export type Review = { status: "APPROVED" } | { status: "IN_REVIEW"; reviewerId: string };

/**
 * An employer that submitted: steps 1–6 data, an agreement signed on paper and uploaded (a PDF with an /OpenAction
 * script), and its submission as far as `review` says (by default approved: an employer partner).
 */
export async function submittedEmployer(db: Db, { org, owner }: Tenant, review: Review = { status: "APPROVED" }) {
  await completeStepsThroughMentor(db, org.id, owner.id);
  const bytes = await pdfWithScript();
  const file = await db.storedFile.create({
    data: {
      organizationId: org.id,
      filename: "wet-signed-agreement.pdf",
      contentType: "application/pdf",
      byteSize: bytes.length,
      sha256: sha256Hex(bytes),
      data: Buffer.from(bytes),
    },
  });
  const agreement = await db.employerAgreement.create({
    data: {
      standardsVersionId: await currentStandardsId(db),
      organizationId: org.id,
      version: 1,
      method: "WET_UPLOAD",
      unsignedSha256: "0".repeat(64),
      contentFingerprint: "0".repeat(64),
      signedFileId: file.id,
      signedSha256: file.sha256,
      signerName: "Dana Nguyen",
      signerTitle: "CEO",
      signerEmail: owner.email,
      signedAt: new Date(),
    },
  });
  const submission = await db.submission.create({
    data: {
      organizationId: org.id,
      version: 1,
      status: review.status,
      ...(review.status === "APPROVED" ? { decidedAt: new Date() } : { assignedReviewerId: review.reviewerId }),
      submittedById: owner.id,
      agreementId: agreement.id,
      snapshot: {
        schemaVersion: 1,
        ...structuredClone(SAMPLE_AGREEMENT_CONTENT),
        wagePeriods: wagePeriods(SAMPLE_AGREEMENT_CONTENT.wageSchedule!),
        standards: SAMPLE_STANDARDS,
        agreement: {
          id: agreement.id,
          version: 1,
          method: "WET_UPLOAD",
          signerName: agreement.signerName,
          signerTitle: agreement.signerTitle,
          signerEmail: agreement.signerEmail,
          signedAt: agreement.signedAt.toISOString(),
          signerIp: null,
          signerUserAgent: null,
          unsignedSha256: agreement.unsignedSha256,
          signedSha256: agreement.signedSha256,
          contentFingerprint: agreement.contentFingerprint,
        },
      },
    },
  });
  return { agreement, submission, file };
}

/** The organization on the home page's list of participating employers, with a logo (served server-side). */
export async function listWithLogo(db: Db, organizationId: string) {
  const logo = await storeDrawnLogo(db, organizationId, 80, 40);
  await db.organization.update({
    where: { id: organizationId },
    data: { listingOptIn: true, listingDisplayName: "Headers Test Health", listingLogoFileId: logo.id },
  });
}

/** An enrollment waiting for the apprentice's signature, and the token of the link they were emailed. */
async function signingLink(db: Db, organizationId: string, fileId: string) {
  const waiting = await apprentice(db, organizationId, "Waiting", "PENDING_SIGNATURES");
  const token = randomUUID().replaceAll("-", "");
  await db.apprenticeAgreement.create({
    data: {
      standardsVersionId: await currentStandardsId(db),
      apprenticeId: waiting.id,
      organizationId,
      fileId,
      signingTokenHash: sha256Hex(new TextEncoder().encode(token)),
      signingTokenExpiresAt: new Date(Date.now() + 86_400_000),
      employerSignerName: "Dana Nguyen",
      employerSignerTitle: "CEO",
      employerSignedAt: new Date(),
    },
  });
  return token;
}

/** Everything the pages of one approved employer partner show (the test's own tenant), its owner signed in. */
export async function partnerRecords(db: Db, tenant: Tenant) {
  const { agreement, submission, file } = await submittedEmployer(db, tenant);
  const { org, owner } = tenant;
  return {
    org,
    owner,
    agreement,
    submission,
    membership: await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: owner.id } }),
    position: await db.position.findFirstOrThrow({ where: { organizationId: org.id } }),
    mentor: await db.mentor.findFirstOrThrow({ where: { organizationId: org.id } }),
    draft: await apprentice(db, org.id, "Draft", "DRAFT"),
    approved: await apprentice(db, org.id, "Approved", "APPROVED"),
    candidate: await createCandidate(db, { firstName: "Robin", state: org.state }),
    token: await signingLink(db, org.id, file.id),
  };
}
export type PartnerRecords = Awaited<ReturnType<typeof partnerRecords>>;

/** Another employer's proposal to transfer its apprentice to the partner, waiting for the partner's answer. */
export async function transferProposedTo(db: Db, { org }: PartnerRecords) {
  const sender = await createSender(db, { name: `Delta Clinic ${randomUUID().slice(0, 8)}` });
  const mover = await apprentice(db, sender.org.id, "Mover", "REGISTERED");
  const transfer = await db.trainingTransfer.create({
    data: {
      apprenticeId: mover.id,
      fromOrganizationId: sender.org.id,
      toOrganizationId: org.id,
      // This week's Monday, today or earlier: the page offers to accept it.
      effectiveOn: mondayOf(new Date()),
      note: "Moving closer to family; a strong first year.",
      proposedById: sender.owner.id,
    },
  });
  return { transferId: transfer.id };
}

/**
 * The partner's approved apprentice in training, as an assigned mentor leaves it, with something on every training
 * page: started five weeks ago, the apprentice and the mentor each signed in as a user of their own, three weeks
 * logged (one approved, one sent back with the mentor's comment, one waiting for the mentor), skill 1.01 signed off
 * today with a note and a photo (still undoable), a sign-off of 1.02 asked for, two related-instruction courses
 * (one confirmed, one waiting for confirmation), and a credential of each standing (CABT verified, IT Fundamentals
 * returned with a reason, CBET candidate status waiting for AAMI; the verifier stands in for AAMI staff).
 */
export async function inTraining(db: Db, { org, owner, approved, mentor }: PartnerRecords) {
  const apprenticeUser = await createUser(db, { name: `${approved.firstName} ${approved.lastName}` });
  const mentorUser = await createUser(db, { name: mentor.name });
  await db.mentor.update({ where: { id: mentor.id }, data: { userId: mentorUser.id } });
  const thisWeek = mondayOf(new Date());
  await db.apprentice.update({
    where: { id: approved.id },
    data: { startDate: addDays(thisWeek, -35), userId: apprenticeUser.id, mentorId: mentor.id },
  });
  const week = (status: "APPROVED" | "RETURNED" | "SUBMITTED", weeksAgo: number) => ({
    organizationId: org.id,
    apprenticeId: approved.id,
    weekStart: addDays(thisWeek, -7 * weeksAgo),
    skillSetKey: "SAFETY",
    dayMinutes: [480, 480, 450, 480, 0, 0, 0],
    totalMinutes: 1890,
    status,
    loggedById: apprenticeUser.id,
    ...(status === "SUBMITTED"
      ? {}
      : {
          reviewedById: mentorUser.id,
          reviewedAt: new Date(),
          reviewComment: status === "RETURNED" ? "Split Wednesday between skill sets." : null,
        }),
  });
  await db.ojtEntry.createMany({ data: [week("APPROVED", 3), week("RETURNED", 2), week("SUBMITTED", 1)] });
  const photo = await drawImage("png", 64, 48);
  const evidence = await db.storedFile.create({
    data: {
      organizationId: org.id,
      filename: "evidence.png",
      contentType: "image/png",
      byteSize: photo.length,
      sha256: sha256Hex(photo),
      data: photo,
    },
  });
  const skill = { organizationId: org.id, apprenticeId: approved.id, skillSetKey: "SAFETY" };
  await db.skillSignOff.create({
    data: {
      ...skill,
      skillCode: "1.01",
      demonstratedOn: addDays(thisWeek, -7),
      note: "Completed the hospital's safety orientation.",
      evidenceFileId: evidence.id,
      signedById: mentorUser.id,
    },
  });
  await db.skillSignOffRequest.create({
    data: {
      ...skill,
      skillCode: "1.02",
      note: "Toured every department on Tuesday.",
      requestedById: apprenticeUser.id,
    },
  });
  const course = (title: string, weeksAgo: number, confirmed: boolean) => ({
    organizationId: org.id,
    apprenticeId: approved.id,
    title,
    provider: "Madison College",
    minutes: 45 * 60,
    completedOn: addDays(thisWeek, -7 * weeksAgo),
    enteredById: apprenticeUser.id,
    ...(confirmed ? { confirmedAt: new Date(), confirmedById: owner.id } : {}),
  });
  await db.instructionCourse.createMany({
    data: [course("Basic electronics I", 4, true), course("Medical terminology", 1, false)],
  });
  const credential = (kind: "CABT" | "IT_FUNDAMENTALS" | "CBET_CANDIDATE", decided: object) => ({
    organizationId: org.id,
    apprenticeId: approved.id,
    kind,
    earnedOn: addDays(thisWeek, -14),
    evidenceFileId: evidence.id,
    enteredById: apprenticeUser.id,
    ...decided,
  });
  await db.credential.createMany({
    data: [
      credential("CABT", { verifiedAt: new Date(), verifiedById: owner.id }),
      credential("IT_FUNDAMENTALS", {
        returnedAt: new Date(),
        returnedById: owner.id,
        returnReason: "The photo of the certificate is blurred: attach a clearer one.",
      }),
      credential("CBET_CANDIDATE", {}),
    ],
  });
  return { apprenticeUserId: apprenticeUser.id, mentorUserId: mentorUser.id };
}
