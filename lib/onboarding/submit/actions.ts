"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction, type OrgActionContext } from "@/lib/action-client";
import { MANAGER_ROLES, type OrgContext } from "@/lib/authz";
import { employerRecipients, staffRecipients } from "@/lib/organizations/recipients";
import { db } from "@/lib/db";
import { lockProgramDocuments } from "@/lib/documents/lock";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import type { Tx } from "@/lib/prisma-client";
import { registrationAgencyFor } from "@/lib/agencies/data";
import { agencyDisplayName } from "@/lib/agencies/registry";
import { agreementFingerprint, loadAgreementContent } from "@/lib/onboarding/agreement/content";
import { loadOnboardingFacts, refreshChecklist } from "@/lib/onboarding/facts";
import { missingBeforeSubmitting } from "@/lib/onboarding/submit/readiness";
import { SUBMITTABLE_AFTER } from "@/lib/review/transitions";
import { SubmitForReviewSchema } from "@/lib/onboarding/submit/schemas";
import { buildSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot";
import { getSetting } from "@/lib/settings/data";

const PAGE = "/onboarding/submit";

/**
 * Step 7: freezes everything into submission version n (status SUBMITTED), which makes the organization's data
 * read-only while AAMI reviews it, and tells the employer and AAMI staff. After AAMI asks for changes, the same
 * action creates version n+1 and closes the comments it answers.
 */
export const submitForReview = orgAction(MANAGER_ROLES)
  .schema(SubmitForReviewSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${ctx.org.id} FOR UPDATE`;
      // A submission carries the acknowledged versions: none may be published while it is made.
      await lockProgramDocuments(tx, "shared");
      const latest = await tx.submission.findFirst({
        where: { organizationId: ctx.org.id },
        orderBy: { version: "desc" },
        select: { id: true, version: true, status: true },
      });
      // The page showed an older version: this click, or a colleague's, has already submitted.
      if (latest && latest.version > input.basedOnVersion && latest.status === "SUBMITTED") return;
      if (!SUBMITTABLE_AFTER.includes(latest?.status ?? null)) {
        throw new AppError("CONFLICT", "Your organization's submission is already with AAMI.");
      }
      const facts = await loadOnboardingFacts(tx, ctx.org.id);
      const missing = missingBeforeSubmitting(facts);
      if (missing.length > 0) {
        throw new AppError("CONFLICT", `Before submitting, complete: ${missing.map((m) => m.label).join("; ")}.`);
      }
      await createSubmission(tx, ctx, latest);
      await refreshChecklist(tx, ctx.org.id, ctx.user.id);
    });
    revalidatePath("/onboarding");
    redirect(PAGE);
  });

async function createSubmission(
  tx: Tx,
  ctx: OrgActionContext,
  previous: { id: string; version: number; status: string } | null,
) {
  const snapshot = await buildSubmissionSnapshot(tx, ctx.org.id);
  // Voiding keeps this true; checked again because a submission must never carry a stale signature.
  if (
    !snapshot.agreement ||
    snapshot.agreement.contentFingerprint !== agreementFingerprint(await loadAgreementContent(ctx.org.id, tx))
  ) {
    throw new AppError("CONFLICT", "The Employer Agreement must be signed again before you submit (step 6).");
  }
  const version = (previous?.version ?? 0) + 1;
  const resubmission = previous?.status === "CHANGES_REQUESTED";
  const submission = await tx.submission.create({
    data: {
      organizationId: ctx.org.id,
      version,
      status: "SUBMITTED",
      snapshot,
      agreementId: snapshot.agreement.id,
      submittedById: ctx.user.id,
    },
  });
  const resolved = resubmission
    ? await tx.reviewComment.updateMany({
        where: { submissionId: previous.id, resolvedAt: null },
        data: { resolvedAt: new Date() },
      })
    : { count: 0 };
  if (resubmission) {
    await tx.reviewDecision.create({
      data: {
        submissionId: submission.id,
        organizationId: ctx.org.id,
        kind: "RESUBMIT",
        fromStatus: "CHANGES_REQUESTED",
        toStatus: "SUBMITTED",
        actorId: ctx.user.id,
      },
    });
  }
  await ctx.audit(tx, {
    kind: "submission.submitted",
    organizationId: ctx.org.id,
    actorId: ctx.user.id,
    subject: { type: "Submission", id: submission.id },
    payload: { version, agreementVersion: snapshot.agreement.version, resubmission, resolvedComments: resolved.count },
  });
  await notify(tx, ctx, submission.id, version);
}

async function notify(tx: Tx, ctx: OrgContext, submissionId: string, version: number) {
  const appUrl = env().APP_URL;
  const submittedBy = ctx.user.name ?? ctx.user.email;
  const [employer, staff, org, reviewTargetDays] = await Promise.all([
    employerRecipients(tx, ctx.org.id, [ctx.user.email]),
    staffRecipients(tx),
    tx.organization.findUniqueOrThrow({ where: { id: ctx.org.id }, select: { city: true, state: true } }),
    getSetting("reviewTargetBusinessDays", tx),
  ]);
  const agency = await registrationAgencyFor(org.state, tx);
  for (const to of employer) {
    await enqueueMail(tx, {
      to,
      template: "submission-received",
      organizationId: ctx.org.id,
      props: {
        organizationName: ctx.org.name,
        version,
        submittedBy,
        reviewTargetDays,
        checklistUrl: `${appUrl}/onboarding`,
      },
    });
  }
  for (const to of staff) {
    await enqueueMail(tx, {
      to,
      template: "staff-submission-received",
      organizationId: ctx.org.id,
      props: {
        organizationName: ctx.org.name,
        location: `${org.city}, ${org.state}`,
        version,
        submittedBy,
        registrationAgency: agencyDisplayName(agency),
        reviewUrl: `${appUrl}/staff/submissions/${submissionId}`,
      },
    });
  }
}
