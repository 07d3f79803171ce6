import type { ApprenticeStatus } from "@prisma/client";
import type { RapidsApprentice } from "@/lib/apprentices/rapids";
import { decryptSsn } from "@/lib/crypto/ssn";
import type { Db } from "@/lib/prisma-client";

// The apprentices that go to DOL, read for the RAPIDS file: those waiting for registration and those registered.
// The only place an SSN is decrypted. Takes its client and key, so the staff download and the CLI share it.

export const EXPORTED_STATUSES: readonly ApprenticeStatus[] = ["PENDING_REGISTRATION", "REGISTERED"];

/** Every approved organization has one (step 6); a row without it would be refused by RAPIDS, so say so here. */
function wageScheduleOf(organizationId: string, schedule: { id: string } | null): string {
  if (!schedule) throw new Error(`Organization ${organizationId} has no wage schedule to register apprentices under`);
  return schedule.id;
}

export async function loadRapidsApprentices(
  db: Db,
  options: { organizationId?: string; apprenticeIds?: readonly string[]; ssnKey: Buffer | null },
): Promise<RapidsApprentice[]> {
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
      throw new Error("SSN_ENCRYPTION_KEY is needed to export apprentices whose SSN was given");
    }
    return {
      ...a,
      ssn: ssnEncrypted && options.ssnKey ? decryptSsn(ssnEncrypted, options.ssnKey) : null,
      employerId: organizationId,
      demographics,
      wageScheduleId: wageScheduleOf(organizationId, organization.wageSchedule),
    };
  });
}
