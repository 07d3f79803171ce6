import "server-only";
import { Prisma } from "@prisma/client";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { cachedInProcess, deepFreeze, forgetCached } from "@/lib/process-cache";
import { PROGRAM } from "@/lib/program";
import { DEFAULT_FUNDING_RESOURCES } from "@/lib/settings/defaults";
import { reviewTargetDays, storedContactEmail, storedFundingResources } from "@/lib/settings/schemas";

// Program settings AAMI staff can change without a deploy, kept in AppSetting. Each has a default (lib/program.ts,
// lib/settings/defaults.ts) and a schema, so a bad stored value falls back to the default instead of breaking pages.

const SETTINGS = {
  reviewTargetBusinessDays: { schema: reviewTargetDays, default: PROGRAM.reviewTargetBusinessDays },
  aamiContactEmail: { schema: storedContactEmail, default: null },
  fundingResources: { schema: storedFundingResources, default: DEFAULT_FUNDING_RESOURCES },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]["schema"]>;

const STORED_SETTINGS = "settings:stored";
/**
 * How old another app instance's copy of the settings may be after a change: saving one forgets this process's copy
 * at once (forgetStoredSettings), not other processes'.
 */
export const SETTINGS_MAX_AGE_MS = 30_000;

/** Every stored setting's value by key: one query for all of them, kept in this process (lib/process-cache.ts). */
async function storedSettings(): Promise<ReadonlyMap<string, Prisma.JsonValue>> {
  const { value } = await cachedInProcess(STORED_SETTINGS, SETTINGS_MAX_AGE_MS, async () => {
    const rows = await db.appSetting.findMany({ select: { key: true, value: true } });
    return new Map(rows.map((row) => [row.key, deepFreeze(row.value)]));
  });
  return value;
}

/**
 * A setting's value: outside a transaction from this process's copy of the settings, as pages show them and staff
 * rarely change them; inside one (`tx`), read there, so a change compares with what the transaction saw. `db` reads
 * what is stored now (the staff page that changes them).
 */
export async function getSetting<K extends SettingKey>(key: K, tx?: Tx): Promise<SettingValue<K>> {
  const stored = tx ? (await tx.appSetting.findUnique({ where: { key } }))?.value : (await storedSettings()).get(key);
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

/** For the actions that change a setting, once their transaction has committed: the next reader loads them all. */
export function forgetStoredSettings() {
  forgetCached(STORED_SETTINGS);
}

export async function putSetting<K extends SettingKey>(tx: Tx, key: K, value: SettingValue<K>) {
  const parsed = SETTINGS[key].schema.parse(value);
  // A cleared setting is stored as JSON null, so it does not fall back to its default.
  const json = parsed === null ? Prisma.JsonNull : (parsed as Prisma.InputJsonValue);
  await tx.appSetting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
