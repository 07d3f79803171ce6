import type { Db } from "@/lib/prisma-client";
import { newCertificateCode } from "@/lib/training/completion/code";

// A completion AAMI verified, written as the staff decision leaves it (issue 17, point 7): the certificate's code and
// hours frozen, the apprentice's training completed. Tests of the certificates start from here.

export async function verifiedCompletion(
  db: Db,
  a: { id: string; organizationId: string },
  by: { requestedById: string; decidedById: string },
  opts: { completedOn?: Date; ojlHours?: number; instructionHours?: number } = {},
) {
  const decidedAt = new Date();
  const completedOn = opts.completedOn ?? new Date(`${decidedAt.toISOString().slice(0, 10)}T00:00:00.000Z`);
  const completion = await db.completion.create({
    data: {
      organizationId: a.organizationId,
      apprenticeId: a.id,
      status: "VERIFIED",
      completedOn,
      requestedById: by.requestedById,
      checklist: {},
      decidedById: by.decidedById,
      decidedAt,
      certificateCode: newCertificateCode(),
      certificateOjlHours: opts.ojlHours ?? 6000,
      certificateInstructionHours: opts.instructionHours ?? 300,
    },
  });
  await db.apprentice.update({ where: { id: a.id }, data: { trainingStatus: "COMPLETED" } });
  return completion as typeof completion & { certificateCode: string };
}
