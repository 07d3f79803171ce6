// Run by tests/bench/pages.ts as its own process, with DATABASE_URL set to the page benchmarks' database (lib/
// modules read it once per process): adds to the demo seed an organization that has done steps 1–5 and saved its
// wage schedule, so step 6 shows the agreement ready to sign, as the issue measured it. Its owner's email is the
// first argument.
import { createPrismaClient } from "../../lib/prisma-client";
import { refreshChecklist } from "../../lib/onboarding/facts";
import { completeStepsThroughMentor, createOrganization } from "../support/factories";

const db = createPrismaClient(process.env.DATABASE_URL!, 2);
try {
  const { org, owner } = await createOrganization(db, {
    name: "Riverbend Regional Hospital",
    ownerEmail: process.argv[2],
  });
  await completeStepsThroughMentor(db, org.id, owner.id);
  await refreshChecklist(db, org.id, owner.id);
} finally {
  await db.$disconnect();
}
