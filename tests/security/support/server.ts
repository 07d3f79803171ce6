import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { INTEGRATION_DATABASE_URL, TEST_AUTH_SECRET, TEST_SSN_KEY, vitestWorkerId } from "../../support/test-env";

// The security tests run the app as production runs it: `next start` on the committed production build, with
// NODE_ENV=production, the test suite's real Postgres database and mail going to an SMTP capture server.

const root = path.resolve(import.meta.dirname, "../../..");

/**
 * Ports of the security tests, apart from the development server (3000) and the end-to-end run (3100): three from
 * SECURITY_PORT, ten apart per vitest worker (worker 1 from 3400, worker 2 from 3410, …), since files run in
 * parallel, each worker on its own database.
 */
export const SECURITY_PORTS = (() => {
  const base = Number(process.env.SECURITY_PORT ?? 3400) + 10 * Math.max(vitestWorkerId - 1, 0);
  return { matrix: base, instanceA: base + 1, instanceB: base + 2 };
})();

/** Fails with instructions when there is no production build to start (npm test builds before these tests). */
export function assertProductionBuild() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error(
      'No production build in .next/: run `DATABASE_URL="$(npx tsx tests/support/test-env.ts e2e-url)" npx next build` ' +
        "first (npm test builds before it runs these tests).",
    );
  }
}

/** Whether something already answers on the port (a server left over from another run would answer for ours). */
function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export type AppServer = {
  url: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

export type AppServerOptions = {
  port: number;
  smtpUrl: string;
  /** The public URL links and Auth.js are anchored on; several instances behind one address share it. */
  publicUrl?: string;
  mailWorker?: "on" | "off";
  mailPollMs?: number;
  /** The integration tests' database unless given (the page benchmarks have their own). */
  databaseUrl?: string;
  /** Prisma's pg adapter logs every query it sends into the output (the page benchmarks count them). */
  logQueries?: boolean;
};

/** Starts `next start` on the port and resolves once it answers. */
export async function startAppServer(opts: AppServerOptions): Promise<AppServer> {
  assertProductionBuild();
  if (await portInUse(opts.port)) {
    throw new Error(`Port ${opts.port} is already in use: stop whatever runs there or set SECURITY_PORT.`);
  }
  const url = `http://localhost:${opts.port}`;
  const publicUrl = opts.publicUrl ?? url;
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(opts.port)],
    {
      cwd: root,
      // Only what production would set: nothing of the test process's own environment leaks into the server.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: opts.databaseUrl ?? INTEGRATION_DATABASE_URL,
        AUTH_SECRET: TEST_AUTH_SECRET,
        SSN_ENCRYPTION_KEY: TEST_SSN_KEY,
        APP_URL: publicUrl,
        AUTH_URL: publicUrl,
        SMTP_URL: opts.smtpUrl,
        MAIL_WORKER: opts.mailWorker ?? "on",
        MAIL_POLL_MS: String(opts.mailPollMs ?? 250),
        TRAINING_REMINDERS: "off",
        TRUSTED_PROXY_HOPS: "0",
        ...(opts.logQueries ? { DEBUG: "prisma:driver-adapter:pg" } : {}),
      },
      // Its own process group, so stopping it also stops anything it started.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (!running || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    const killed = setTimeout(() => running && process.kill(-child.pid!, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(killed);
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!running) throw new Error(`next start on port ${opts.port} exited before it answered:\n${output}`);
    const ready = await fetch(`${url}/signin`, { redirect: "manual" })
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start on port ${opts.port} did not answer within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, output: () => output, stop };
}
