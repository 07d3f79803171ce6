import "server-only";
import { rapidsDemographics } from "@/lib/apprentices/self-identification/answers";
import type { SelfIdentificationInput } from "@/lib/apprentices/self-identification/schemas";
import type { Tx } from "@/lib/prisma-client";

// Storing the apprentice's self-identification answers, apart from the enrollment. Called only inside the
// transaction that records the apprentice's signature, with the apprentice the signing link is for.

/** The answers given now replace any given before (an agreement signed again after AAMI sent it back). */
export async function saveSelfIdentification(
  tx: Tx,
  apprentice: { apprenticeId: string; organizationId: string },
  input: SelfIdentificationInput,
  answeredAt: Date,
) {
  const answers = { ...rapidsDemographics(input), answeredAt };
  await tx.apprenticeDemographics.upsert({
    where: { apprenticeId: apprentice.apprenticeId },
    create: { ...answers, apprenticeId: apprentice.apprenticeId, organizationId: apprentice.organizationId },
    update: answers,
  });
}
