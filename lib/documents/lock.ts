import "server-only";
import type { Tx } from "@/lib/prisma-client";

// Program documents change only under this lock, so two uploads at once cannot take the same version number.
// A transaction-scoped advisory lock: released at commit or rollback, and shared by every app instance.
export async function lockProgramDocuments(tx: Tx) {
  // pg_advisory_xact_lock returns void, which a query cannot read back: executed, not queried.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bmet.program_documents'))`;
}
