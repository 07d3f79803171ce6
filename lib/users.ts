import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/prisma-client";

/**
 * The user with this email, created if missing. A single INSERT … ON CONFLICT, so two requests creating the same
 * person at the same moment (two organizations inviting them) both get the one row instead of a unique-key error.
 */
export async function ensureUserByEmail(tx: Tx, email: string) {
  const id = `c${randomBytes(12).toString("hex")}`;
  await tx.$executeRaw`
    INSERT INTO "User" ("id", "email", "createdAt", "updatedAt") VALUES (${id}, ${email}, now(), now())
    ON CONFLICT ("email") DO NOTHING`;
  const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true, staffRole: true } });
  return { ...user, created: user.id === id };
}
