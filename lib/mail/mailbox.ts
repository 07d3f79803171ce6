import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { devMailboxEnabled } from "@/lib/env";

// The development mailbox reads the outbox table. Outside development (unless DEV_MAILBOX=on) it does not exist.

export function assertMailboxEnabled() {
  if (!devMailboxEnabled()) notFound();
}

export async function listMailbox(limit = 50) {
  assertMailboxEnabled();
  return db.mailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, status: true, createdAt: true },
  });
}

export async function getMailboxMessage(id: string) {
  assertMailboxEnabled();
  const message = await db.mailMessage.findUnique({ where: { id } });
  if (!message) notFound();
  return message;
}
