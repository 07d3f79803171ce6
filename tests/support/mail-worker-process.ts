// The real mail worker (lib/mail/worker.ts) in a process of its own, for the durability tests that kill it with
// SIGKILL mid-send. Run as `node --import tsx --conditions=react-server tests/support/mail-worker-process.ts` (node
// itself, not the tsx launcher, which would leave its child running when killed) with DATABASE_URL, SMTP_URL,
// MESSAGE_ID_DOMAIN and MAIL_WORKERS: that many worker loops, as that many app instances would run (each its own
// SMTP connection). Claims last 2 s (production: 2 minutes), so a restarted worker soon retries what a killed one
// held. It loads and connects, prints "ready", and starts sending when "start" arrives on its standard input, so a
// test can have the next process ready while it kills the current one. SIGTERM stops it after the passes under way.
import { createTransport } from "@/lib/mail/transport";
import { startMailWorker } from "@/lib/mail/worker";
import { createPrismaClient } from "@/lib/prisma-client";

const { DATABASE_URL, SMTP_URL, MESSAGE_ID_DOMAIN } = process.env;
const loops = Number(process.env.MAIL_WORKERS ?? 1);
if (!DATABASE_URL || !SMTP_URL || !MESSAGE_ID_DOMAIN) throw new Error("DATABASE_URL, SMTP_URL and MESSAGE_ID_DOMAIN");

const db = createPrismaClient(DATABASE_URL, loops + 1);
await db.$connect();
await db.$queryRaw`SELECT 1`;
const transports = Array.from({ length: loops }, () => createTransport(SMTP_URL));
console.log("ready");
// The test that started it went away before its turn: nothing to do.
process.stdin.once("end", () => process.exit(0));
await new Promise<void>((resolve) => process.stdin.on("data", (d) => String(d).includes("start") && resolve()));
const stops = transports.map((transport) =>
  startMailWorker(db, transport, {
    from: "Portal <no-reply@portal.test>",
    messageIdDomain: MESSAGE_ID_DOMAIN,
    pollMs: 100,
    claimSeconds: 2,
  }),
);
process.once("SIGTERM", () => {
  void Promise.all(stops.map((stop) => stop()))
    .then(() => transports.forEach((t) => t.close?.()))
    .then(() => db.$disconnect())
    .then(() => process.exit(0));
});
