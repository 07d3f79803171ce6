import type { ApprenticeStatus } from "@prisma/client";
import type { RapidsApprentice } from "@/lib/apprentices/rapids";
import { decryptSsn } from "@/lib/crypto/ssn";
import type { Db } from "@/lib/prisma-client";

// The apprentices that go to DOL, read for the RAPIDS file: those AAMI approved (the file is what AAMI uploads
// after approving) and those already registered.
// The only place an SSN is decrypted. Takes its client and key, so the staff download and the CLI share it.

/** Something about the stored apprentices keeps the file from being made; the message says what and whose. */
export class RapidsExportError extends Error {}

export const EXPORTED_STATUSES: readonly ApprenticeStatus[] = ["APPROVED", "REGISTERED"];

/** Every approved organization has one (step 6); a row without it would be refused by RAPIDS, so say so here. */
function wageScheduleOf(organizationId: string, schedule: { id: string } | null): string {
  if (!schedule) {
    throw new RapidsExportError(`Organization ${organizationId} has no wage schedule to register apprentices under.`);
  }
  return schedule.id;
}

export async function loadRapidsApprentices(
  db: Db,
  options: { organizationId?: string; apprenticeIds?: readonly string[]; ssnKey: Buffer | null },
): Promise<Array<RapidsApprentice & { id: string; organizationId: string }>> {
  const rows = await db.apprentice.findMany({
    where: {
      status: { in: [...EXPORTED_STATUSES] },
      ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      ...(options.apprenticeIds ? { id: { in: [...options.apprenticeIds] } } : {}),
    },
    orderBy: [{ organizationId: "asc" }, { startDate: "asc" }, { id: "asc" }],
    include: {
      demographics: true,
      organization: { select: { wageSchedule: { select: { id: true } } } },
    },
  });
  return rows.map(({ ssnEncrypted, demographics, organization, organizationId, ...a }) => {
    if (ssnEncrypted && !options.ssnKey) {
      throw new RapidsExportError("SSN_ENCRYPTION_KEY is needed to export apprentices whose SSN was given.");
    }
    return {
      ...a,
      ssn: ssnEncrypted && options.ssnKey ? decryptSsn(ssnEncrypted, options.ssnKey) : null,
      organizationId,
      employerId: organizationId,
      demographics,
      wageScheduleId: wageScheduleOf(organizationId, organization.wageSchedule),
    };
  });
}
