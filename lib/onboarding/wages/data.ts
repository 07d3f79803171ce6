import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Tx } from "@/lib/prisma-client";
import { minimumWageFor } from "@/lib/onboarding/wages/minimum-wage";
import type { WageScheduleInput } from "@/lib/onboarding/wages/rules";

/**
 * The schedule with its steps in one statement: step 6 reads it on every view (and the agreement it builds
 * contains it). The objects are built here key by key, as the agreement's fingerprint (JSON.stringify) depends on
 * their order.
 */
async function readWageSchedule(tx: Tx, organizationId: string): Promise<WageScheduleInput | null> {
  const [schedule] = await tx.$queryRaw<WageScheduleInput[]>`
    SELECT w."journeyworkerRateCents", w."entryWageCents", w.basis::text AS basis, w."termLength",
           COALESCE((SELECT json_agg(json_build_object('threshold', s.threshold, 'amountKind', s."amountKind",
                                                       'amountValue', s."amountValue") ORDER BY s.ordinal)
                       FROM "WageStep" s WHERE s."wageScheduleId" = w.id), '[]'::json) AS steps
      FROM "WageSchedule" w
     WHERE w."organizationId" = ${organizationId}`;
  if (!schedule) return null;
  return {
    journeyworkerRateCents: schedule.journeyworkerRateCents,
    entryWageCents: schedule.entryWageCents,
    basis: schedule.basis,
    termLength: schedule.termLength,
    steps: schedule.steps.map((s) => ({
      threshold: s.threshold,
      amountKind: s.amountKind,
      amountValue: s.amountValue,
    })),
  };
}

/** Step 6 shows the schedule and builds the agreement that contains it: one read per request serves both. */
const wageScheduleForRequest = cache((organizationId: string) => readWageSchedule(db, organizationId));

/**
 * The organization's wage schedule in the rules' shape, or null before it is built. Read once per request outside
 * a transaction; inside one (`tx`), read there, so what a change records is what the transaction saw.
 */
export function getWageSchedule(organizationId: string, tx: Tx = db): Promise<WageScheduleInput | null> {
  return tx === db ? wageScheduleForRequest(organizationId) : readWageSchedule(tx, organizationId);
}

/**
 * The minimum wage where the organization is (its state's, or the federal one). Step 6 reads it on every view: a
 * raw statement, as Prisma 6.19 compiles every ORM call anew in wasm (lib/onboarding/agreement/data.ts).
 */
export async function minimumWageForOrg(organizationId: string, tx: Tx = db) {
  const [org] = await tx.$queryRaw<Array<{ state: string }>>`
    SELECT o.state FROM "Organization" o WHERE o.id = ${organizationId}`;
  if (!org) throw notFound();
  return minimumWageFor(org.state);
}
