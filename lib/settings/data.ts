import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";
import { PROGRAM } from "@/lib/program";
import { reviewTargetDays } from "@/lib/settings/schemas";

// Program settings AAMI staff can change without a deploy, kept in AppSetting. Each has a default from
// lib/program.ts and a schema, so a bad stored value falls back to the default instead of breaking pages.

const SETTINGS = {
  reviewTargetBusinessDays: { schema: reviewTargetDays, default: PROGRAM.reviewTargetBusinessDays },
} as const;

export type SettingKey = keyof typeof SETTINGS;

export async function getSetting(key: SettingKey, tx: Tx = db): Promise<number> {
  const row = await tx.appSetting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return parsed.success ? parsed.data : SETTINGS[key].default;
}

export async function putSetting(tx: Tx, key: SettingKey, value: number) {
  const parsed = SETTINGS[key].schema.parse(value);
  await tx.appSetting.upsert({ where: { key }, create: { key, value: parsed }, update: { value: parsed } });
}
