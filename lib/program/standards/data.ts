import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cachedInProcess, deepFreeze, forgetCached } from "@/lib/process-cache";
import type { Tx } from "@/lib/prisma-client";
import { readPendingImport } from "@/lib/program/standards/import";
import type { ProgramStandards } from "@/lib/program/standards/model";

// The one way code reads the program's standards: the current (newest published) version, or the version an
// agreement records. Everything else takes the result as a parameter.

const WITH_SCHEDULE = {
  skillSets: {
    orderBy: { ordinal: "asc" },
    include: { skills: { orderBy: { ordinal: "asc" }, select: { code: true, ordinal: true, title: true } } },
  },
} satisfies Prisma.StandardsVersionInclude;

type StandardsRow = Prisma.StandardsVersionGetPayload<{ include: typeof WITH_SCHEDULE }>;

export function toProgramStandards(row: StandardsRow): ProgramStandards {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    registrationNumber: row.registrationNumber,
    registeredOn: row.registeredOn?.toISOString().slice(0, 10) ?? null,
    termOjlHours: row.termOjlHours,
    termMonths: row.termMonths,
    probationMonths: row.probationMonths,
    ratio: { apprentices: row.ratioApprentices, journeyworkers: row.ratioJourneyworkers, level: row.ratioLevel },
    riHoursPerYear: row.riHoursPerYear,
    maxCreditHours: row.maxCreditHours,
    skillSets: row.skillSets.map((s) => ({
      key: s.key,
      ordinal: s.ordinal,
      title: s.title,
      hours: s.hours,
      isSample: s.isSample,
      skills: s.skills,
    })),
    publishedAt: row.publishedAt,
  };
}

async function loadCurrent(tx: Tx): Promise<ProgramStandards> {
  const row = await tx.standardsVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: { version: "desc" },
    include: WITH_SCHEDULE,
  });
  // A migration publishes version 1, so only a database that skipped the migrations gets here.
  if (!row) throw new Error("No published program standards: run the database migrations.");
  return toProgramStandards(row);
}

const CURRENT_STANDARDS = "program-standards:current";
/**
 * How old another app instance's copy of the current standards may be after a version is published: publishing
 * forgets this process's copy at once (forgetCurrentStandards), not other processes'.
 */
export const CURRENT_STANDARDS_MAX_AGE_MS = 30_000;

const currentForRequest = cache(
  async () =>
    (
      await cachedInProcess(CURRENT_STANDARDS, CURRENT_STANDARDS_MAX_AGE_MS, async () =>
        deepFreeze(await loadCurrent(db)),
      )
    ).value,
);

/**
 * The current standards: the newest published version. Outside a transaction, from this process's memory
 * (lib/process-cache.ts; shared by every request, so frozen), as most pages show them and they change only when
 * staff publish a version; inside one (`tx`), read again there, so what a change records is what the transaction
 * saw.
 */
export function getCurrentStandards(tx?: Tx): Promise<ProgramStandards> {
  return tx ? loadCurrent(tx) : currentForRequest();
}

/** For the action that publishes a version, once its transaction has committed: the next reader loads it. */
export function forgetCurrentStandards() {
  forgetCached(CURRENT_STANDARDS);
}

/** A version by id (the one an agreement records), published or draft. */
export async function getStandardsVersion(id: string, tx: Tx = db): Promise<ProgramStandards> {
  const row = await tx.standardsVersion.findUnique({ where: { id }, include: WITH_SCHEDULE });
  if (!row) throw new AppError("NOT_FOUND");
  return toProgramStandards(row);
}

/**
 * What /staff/standards shows: the current version, the draft being prepared (with an imported schedule waiting
 * for review, if any), and every published version with who published it.
 */
export async function loadStandardsPage() {
  const [current, draftRow, published] = await Promise.all([
    getCurrentStandards(),
    db.standardsVersion.findFirst({ where: { status: "DRAFT" }, include: WITH_SCHEDULE }),
    db.standardsVersion.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { version: "desc" },
      select: { id: true, version: true, publishedAt: true, publishedById: true, termOjlHours: true },
    }),
  ]);
  const publishers = await db.user.findMany({
    where: { id: { in: published.flatMap((p) => p.publishedById ?? []) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(publishers.map((u) => [u.id, u.name ?? u.email]));
  return {
    current,
    draft: draftRow
      ? {
          standards: toProgramStandards(draftRow),
          rowVersion: draftRow.rowVersion,
          pendingImport: readPendingImport(draftRow.pendingImport),
        }
      : null,
    history: published.map(({ publishedById, ...p }) => ({
      ...p,
      publishedBy: publishedById ? (nameOf.get(publishedById) ?? "a former administrator") : "the database migration",
    })),
  };
}

export type StandardsPageData = Awaited<ReturnType<typeof loadStandardsPage>>;
