import type { ApprenticeStatus } from "@prisma/client";
import type { RapidsApprentice } from "@/lib/rapids/csv";
import { employerIdentifier, providerIdentifier, wageScheduleIdentifier } from "@/lib/rapids/ids";
import type { RapidsEmployer, RapidsProvider, RapidsWageSchedule, RapidsWorkbookInput } from "@/lib/rapids/workbook";
import { SsnFormatError, decryptSsn, isLegacySsnCiphertext, type SsnKeys } from "@/lib/crypto/ssn";
import type { Db } from "@/lib/prisma-client";
import { WITH_FULLY_SIGNED_AGREEMENT } from "@/lib/apprentices/registration/approval-facts";

// The apprentices that go to DOL, read for the RAPIDS file: those AAMI approved (the file is what AAMI uploads
// after approving) and those already registered, with the employers, providers and wage schedules they name.
// The only place an SSN is decrypted. Takes its client and key, so the staff download and the CLI share it.

/** Something about the stored apprentices keeps the file from being made; the message says what and whose. */
export class RapidsExportError extends Error {}

export const EXPORTED_STATUSES: readonly ApprenticeStatus[] = ["APPROVED", "REGISTERED"];

/** Every approved organization has one (step 6); a row without it would be refused by RAPIDS, so say so here. */
function wageScheduleOf<S>(organizationId: string, schedule: S | null): S {
  if (!schedule) {
    throw new RapidsExportError(`Organization ${organizationId} has no wage schedule to register apprentices under.`);
  }
  return schedule;
}

/** A provider an employer proposed is listed only once AAMI staff have checked it (and given it an address). */
function checkedProvider<P extends { name: string; status: string }>(provider: P, whose: string): P {
  if (provider.status !== "VERIFIED") {
    throw new RapidsExportError(
      `The related-instruction provider “${provider.name}” of ${whose} was proposed by an employer and AAMI has not confirmed it yet. Confirm it under RTI providers, then export again.`,
    );
  }
  return provider;
}

type StoredSsn = {
  id: string;
  firstName: string;
  lastName: string;
  ssnEncrypted: string | null;
  ssnLast4: string | null;
};

/**
 * The apprentice's SSN, decrypted with their own id as the associated data: a ciphertext copied from another
 * apprentice's row fails here, and so refuses the whole file, instead of filing one person's number under another.
 */
function ssnOf(a: StoredSsn, keys: SsnKeys | null): string | null {
  if (!a.ssnEncrypted) return null;
  if (!keys) throw new RapidsExportError("SSN_ENCRYPTION_KEY is needed to export apprentices whose SSN was given.");
  const whose = `${a.firstName} ${a.lastName} (apprentice ${a.id})`;
  if (isLegacySsnCiphertext(a.ssnEncrypted)) {
    throw new RapidsExportError(
      `The SSN of ${whose} is stored in the old format: run npm run ssn:reencrypt, then export again.`,
    );
  }
  let ssn: string;
  try {
    ssn = decryptSsn(a.ssnEncrypted, keys, a.id);
  } catch (error) {
    const why =
      error instanceof SsnFormatError
        ? "is not an encrypted SSN"
        : "was not encrypted for this apprentice (copied from another record?) or not with this SSN_ENCRYPTION_KEY";
    throw new RapidsExportError(`The stored SSN of ${whose} ${why}. Nothing was exported; check this record.`);
  }
  // The masked number people were shown must be this one's.
  if (ssn.slice(-4) !== a.ssnLast4) {
    throw new RapidsExportError(
      `The stored SSN of ${whose} does not end in the last four digits shown for them. Nothing was exported; check this record.`,
    );
  }
  return ssn;
}

/** The apprentices of the file and every row their identifiers name, ready for the CSV or the workbook. */
export type RapidsFile = RapidsWorkbookInput & {
  apprentices: Array<RapidsApprentice & { id: string; organizationId: string }>;
};

export async function loadRapidsFile(
  db: Db,
  options: { organizationId?: string; apprenticeIds?: readonly string[]; ssnKeys: SsnKeys | null },
): Promise<RapidsFile> {
  const rows = await db.apprentice.findMany({
    where: {
      status: { in: [...EXPORTED_STATUSES] },
      // Only apprentices whose agreement everyone signed go to RAPIDS (issue 14, point 7).
      ...WITH_FULLY_SIGNED_AGREEMENT,
      ...(options.organizationId ? { organizationId: options.organizationId } : {}),
      ...(options.apprenticeIds ? { id: { in: [...options.apprenticeIds] } } : {}),
    },
    orderBy: [{ organizationId: "asc" }, { startDate: "asc" }, { id: "asc" }],
    include: {
      demographics: true,
      rtiProvider: true,
      organization: { include: { wageSchedule: { include: { steps: { orderBy: { ordinal: "asc" } } } } } },
    },
  });
  const employers = new Map<string, RapidsEmployer>();
  const providers = new Map<string, RapidsProvider>();
  const wageSchedules = new Map<string, RapidsWageSchedule>();
  const apprentices = rows.map(
    ({ ssnEncrypted, ssnLookupHash: _hash, demographics, organization: org, rtiProvider, organizationId, ...a }) => {
      const whose = `${a.firstName} ${a.lastName} (apprentice ${a.id})`;
      const employerRef = employerIdentifier(org);
      employers.set(employerRef, { ...org, identifier: employerRef });
      const provider = checkedProvider(rtiProvider, whose);
      const rtiProviderRef = providerIdentifier(provider);
      providers.set(rtiProviderRef, { ...provider, identifier: rtiProviderRef });
      const schedule = wageScheduleOf(organizationId, org.wageSchedule);
      const wageScheduleRef = wageScheduleIdentifier(schedule.id);
      wageSchedules.set(wageScheduleRef, { identifier: wageScheduleRef, employer: employerRef, schedule });
      return {
        ...a,
        ssn: ssnOf({ ...a, ssnEncrypted }, options.ssnKeys),
        organizationId,
        employerRef,
        rtiProviderRef,
        wageScheduleRef,
        demographics,
      };
    },
  );
  return {
    apprentices,
    employers: [...employers.values()],
    providers: [...providers.values()],
    wageSchedules: [...wageSchedules.values()],
  };
}

/** The Apprentice tab's rows alone (the CSV, and checks that need no other tab). */
export async function loadRapidsApprentices(db: Db, options: Parameters<typeof loadRapidsFile>[1]) {
  return (await loadRapidsFile(db, options)).apprentices;
}
