import "server-only";
import type { Tx } from "@/lib/prisma-client";

// Uploads and publications hold this lock alone; acknowledging the current versions and submitting share it. So a
// publication never interleaves with those (an acknowledgement or a submission either commits first, and publishing
// sees it, or waits and then sees the new version), and two uploads cannot take the same version number.
// A transaction-scoped advisory lock: released at commit or rollback, and shared by every app instance.
export async function lockProgramDocuments(tx: Tx, mode: "exclusive" | "shared") {
  // pg_advisory_xact_lock returns void, which a query cannot read back: executed, not queried.
  if (mode === "exclusive") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('bmet.program_documents'))`;
  else await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext('bmet.program_documents'))`;
}
