import "server-only";
import { db } from "@/lib/db";
import { parseSubmissionSnapshot } from "@/lib/onboarding/submit/snapshot-schema";

/** The organization's newest submission with who sent it and the reviewer comments still open on it. */
export async function getLatestSubmission(organizationId: string) {
  const submission = await db.submission.findFirst({
    where: { organizationId },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      status: true,
      submittedAt: true,
      snapshot: true,
      submittedById: true,
      agencyAcceptedAt: true,
      decisions: { where: { kind: "REJECT" }, orderBy: { createdAt: "desc" }, take: 1, select: { reason: true } },
      comments: {
        where: { resolvedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, step: true, body: true },
      },
    },
  });
  if (!submission) return null;
  const submitter = await db.user.findUnique({
    where: { id: submission.submittedById },
    select: { name: true, email: true },
  });
  return {
    ...submission,
    rejectionReason: submission.status === "REJECTED" ? (submission.decisions[0]?.reason ?? null) : null,
    snapshot: parseSubmissionSnapshot(submission.snapshot),
    submittedByName: submitter ? (submitter.name ?? submitter.email) : "a former member",
  };
}
