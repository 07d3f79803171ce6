import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { messageIdFor } from "@/lib/mail/worker";
import { TEST_SENDER, startSmtpCapture } from "../support/smtp-capture";
import { INTEGRATION_DATABASE_URL } from "../support/test-env";

// Durability (issue 13, point 9): the app is killed (SIGKILL, no chance to clean up) in the middle of sending. A real
// process runs the real mail worker (four loops, as four app instances would, to drain the queue sooner) against a
// queue of 200 messages and a real, slowish SMTP server; it is killed at a random moment, started again, killed
// again, and finally left to drain. Every message must arrive at least once, and a message sent again after a kill
// must be the same message: one Message-ID per outbox row, never two rows under one Message-ID. The same message
// arriving twice is allowed (a kill between the server keeping it and the worker recording that): receivers drop a
// Message-ID they already have.
//
// Loading Node, tsx and Prisma takes a second or more per process, far more on a busy machine, and is not what is
// tested: every process is loaded and connected beforehand and waits, idle, until it is its turn to start sending,
// the moment the one before it is killed.

const MESSAGES = 200;
const KILLS = 3;
const ROOT = path.resolve(import.meta.dirname, "../..");

type Worker = {
  child: ChildProcess;
  /** Resolves once it has loaded and connected; then `go()` starts it sending. */
  ready: Promise<void>;
  go: () => void;
  exited: Promise<NodeJS.Signals | null>;
  log: () => string;
};

/** node itself (tsx as an --import hook), so SIGKILL reaches the process that sends. */
function startWorker(smtpUrl: string): Worker {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "tests/support/mail-worker-process.ts"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: INTEGRATION_DATABASE_URL,
        SMTP_URL: smtpUrl,
        MESSAGE_ID_DOMAIN: TEST_SENDER.messageIdDomain,
        MAIL_WORKERS: "4",
      },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => String(d).includes("ready") && resolve());
    void exited.then(() => reject(new Error(`The worker exited before it was ready:\n${log}`)));
  });
  return { child, ready, go: () => child.stdin!.write("start\n"), exited, log: () => log };
}

/** Checks every `everyMs` (the database sparingly: on a busy machine the test's own polling slows the worker). */
async function until(condition: () => boolean | Promise<boolean>, what: string, everyMs: number) {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

describe("mail when the app is killed mid-send", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  /** The first process, and the ones that replace it after each kill. */
  let processes: Worker[] = [];

  beforeAll(async () => {
    smtp = await startSmtpCapture(0, { ackDelayMs: 10 });
    // Pooled connections (nodemailer's ?pool=true, as SMTP_URL allows): the capture answers each new connection
    // only after 100 ms.
    processes = Array.from({ length: KILLS + 1 }, () => startWorker(`${smtp.url}?pool=true`));
    await Promise.all(processes.map((p) => p.ready));
  });
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
    await smtp?.stop();
  });

  it(`${MESSAGES} messages, the worker killed ${KILLS} times: none lost, none under two Message-IDs`, async () => {
    const started = Date.now();
    // Short messages, straight into the outbox table: what is under test is the worker, not the templates.
    await db.mailMessage.createMany({
      data: Array.from({ length: MESSAGES }, (_, i) => ({
        to: `kill-${i}@example.test`,
        subject: `Message ${i}`,
        html: `<p>Message ${i}</p>`,
        text: `Message ${i}`,
        template: "durability-test",
      })),
    });

    const [first, ...replacements] = processes;
    let worker = first!;
    worker.go();
    const receivedAtKill: number[] = [];
    for (const next of replacements) {
      // A random moment while it sends: after a few messages more, and a few milliseconds into the next ones.
      const target = smtp.messages.length + randomInt(3, 25);
      await until(() => smtp.messages.length >= target, "the worker to send", 5);
      await new Promise((r) => setTimeout(r, randomInt(0, 40)));
      receivedAtKill.push(smtp.messages.length);
      worker.child.kill("SIGKILL");
      expect(await worker.exited).toBe("SIGKILL");
      next.go();
      worker = next;
    }
    await until(
      async () => (await db.mailMessage.count({ where: { status: "SENT" } })) === MESSAGES,
      "all sent",
      200,
    ).catch(async (error: unknown) => {
      const states = await db.mailMessage.groupBy({ by: ["status", "attempts"], _count: true });
      throw new Error(
        `${String(error)} after ${Date.now() - started} ms; queue ${JSON.stringify(states)}; ` +
          `received ${smtp.messages.length}; the worker said: ${worker.log()}`,
      );
    });
    const drained = Date.now() - started;
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBeNull();

    const rows = await db.mailMessage.findMany({ select: { id: true, to: true } });
    const idsByRecipient = new Map<string, Set<string>>();
    const recipientsById = new Map<string, Set<string>>();
    for (const m of smtp.messages) {
      for (const to of m.to) {
        idsByRecipient.set(to, (idsByRecipient.get(to) ?? new Set()).add(m.messageId));
        recipientsById.set(m.messageId, (recipientsById.get(m.messageId) ?? new Set()).add(to));
      }
    }
    const lost = rows.filter((r) => !idsByRecipient.has(r.to)).length;
    const twoIds = [...idsByRecipient.values()].filter((ids) => ids.size > 1).length;
    const sharedIds = [...recipientsById.values()].filter((to) => to.size > 1).length;
    const resent = smtp.messages.length - recipientsById.size;
    console.log(
      `durability: ${MESSAGES} messages, ${KILLS} kills (after ${receivedAtKill.join(", ")} received), ` +
        `${lost} lost, ${twoIds} with two Message-IDs, ${sharedIds} Message-IDs on two messages, ` +
        `${resent} received again under the same Message-ID; all sent after ${drained} ms`,
    );
    expect({ lost, twoIds, sharedIds }).toEqual({ lost: 0, twoIds: 0, sharedIds: 0 });
    // Each row's one Message-ID is the one made from the row.
    for (const r of rows) {
      expect([...idsByRecipient.get(r.to)!]).toEqual([messageIdFor(r.id, TEST_SENDER.messageIdDomain)]);
    }
  });
});
