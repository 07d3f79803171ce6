import "server-only";
import { Prisma } from "@prisma/client";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
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

export async function getSetting<K extends SettingKey>(key: K, tx: Tx = db): Promise<SettingValue<K>> {
  const row = await tx.appSetting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].default) as SettingValue<K>;
}

export async function putSetting<K extends SettingKey>(tx: Tx, key: K, value: SettingValue<K>) {
  const parsed = SETTINGS[key].schema.parse(value);
  // A cleared setting is stored as JSON null, so it does not fall back to its default.
  const json = parsed === null ? Prisma.JsonNull : (parsed as Prisma.InputJsonValue);
  await tx.appSetting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
}
