import "server-only";
import type { RegistrationAgencyCorrection } from "@prisma/client";
import type { CorrectAgencyInput } from "@/lib/agencies/schemas";
import { REGISTRY, registryEntry, type RegistrationAgency } from "@/lib/agencies/registry";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { stateName, type StateCode } from "@/lib/us-states";

// The one reader of Registration Agencies: a staff correction (RegistrationAgencyCorrection) when there is one,
// else the built-in entry of lib/agencies/registry.ts. PDFs and emails get the agency from here as input.

/** An agency as it applies now, with what the staff page needs to correct it. */
export type EffectiveAgency = RegistrationAgency & {
  /** 0 while the built-in entry applies; the correction's version once staff corrected it. */
  rowVersion: number;
  /** A built-in entry no source read for the table confirmed; a staff correction confirms it. */
  toConfirm: boolean;
  correctedAt: Date | null;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

function fromCorrection(row: RegistrationAgencyCorrection): EffectiveAgency {
  return {
    state: row.state as StateCode,
    kind: row.kind,
    name: row.name,
    office: row.office,
    email: row.email,
    phone: row.phone,
    website: row.website,
    source: row.source,
    checkedOn: day(row.checkedOn),
    rowVersion: row.rowVersion,
    toConfirm: false,
    correctedAt: row.updatedAt,
  };
}

function effective(state: string, row: RegistrationAgencyCorrection | null): EffectiveAgency {
  if (row) return fromCorrection(row);
  const entry = registryEntry(state);
  if (!entry) throw notFound();
  const { toConfirm, ...agency } = entry;
  return { ...agency, rowVersion: 0, toConfirm: toConfirm === true, correctedAt: null };
}

/** The Registration Agency for a state, DC or territory (a USPS code); "not found" for any other code. */
export async function registrationAgencyFor(state: string, tx: Tx = db): Promise<EffectiveAgency> {
  if (!registryEntry(state)) throw notFound();
  return effective(state, await tx.registrationAgencyCorrection.findUnique({ where: { state } }));
}

/** Every state's agency, in the order of the built-in table (states, DC, then territories). */
export async function listRegistrationAgencies(tx: Tx = db): Promise<EffectiveAgency[]> {
  const rows = await tx.registrationAgencyCorrection.findMany();
  const byState = new Map(rows.map((row) => [row.state, row]));
  return REGISTRY.map((entry) => effective(entry.state, byState.get(entry.state) ?? null));
}

/** The fields a correction stores, as the audit event records them (dates as days). */
const recorded = (a: RegistrationAgency) => ({
  kind: a.kind,
  name: a.name,
  office: a.office,
  email: a.email,
  phone: a.phone,
  website: a.website,
  source: a.source,
  checkedOn: a.checkedOn,
});

/**
 * Replaces a state's entry with the staff administrator's correction, if the page they corrected is still the
 * current version: the write is conditional on `rowVersion` (0: no correction yet, so the row must not exist), and
 * the audit event is written in the same transaction. Documents built afterwards name the corrected agency; those
 * already built and signed keep what they said.
 */
export async function correctRegistrationAgency(
  tx: Tx,
  actor: { id: string; ip: string | null },
  input: CorrectAgencyInput,
): Promise<EffectiveAgency> {
  const before = await registrationAgencyFor(input.state, tx);
  const data = {
    kind: input.kind,
    name: input.name,
    office: input.office ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    website: input.website ?? null,
    source: input.source,
    checkedOn: input.checkedOn,
    updatedById: actor.id,
  };
  const written =
    input.rowVersion === 0
      ? await tx.registrationAgencyCorrection.createMany({
          data: [{ state: input.state, ...data }],
          skipDuplicates: true,
        })
      : await tx.registrationAgencyCorrection.updateMany({
          where: { state: input.state, rowVersion: input.rowVersion },
          data: { ...data, rowVersion: { increment: 1 } },
        });
  if (written.count === 0) {
    throw new AppError(
      "CONFLICT",
      `Someone corrected ${stateName(input.state)}'s Registration Agency while you were looking at it. Nothing was saved; reload the page to see their correction.`,
    );
  }
  const after = await registrationAgencyFor(input.state, tx);
  await recordAudit(tx, {
    kind: "agency.corrected",
    organizationId: null,
    actorId: actor.id,
    subject: { type: "RegistrationAgency", id: input.state },
    payload: { state: input.state, version: after.rowVersion, from: recorded(before), to: recorded(after) },
    ip: actor.ip,
  });
  return after;
}

/** The Registration Agency for an organization's state, as it stands now (for emails about its agreement). */
export async function registrationAgencyForOrganization(organizationId: string, tx: Tx = db) {
  const { state } = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { state: true } });
  return registrationAgencyFor(state, tx);
}
