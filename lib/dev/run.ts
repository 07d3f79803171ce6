// `npm run dev`: everything a developer needs with nothing installed but Node.
//   1. database: DATABASE_URL if set, else an embedded PGlite in .data/pglite (lib/dev/embedded-postgres.ts)
//   2. prisma migrate deploy, then prisma db seed (when prisma/seed.ts exists)
//   3. next dev, until Ctrl-C; then everything stops, PGlite included.
// The embedded database runs inside THIS process, so this script must never block its event loop (no *Sync child
// processes): PGlite would stop answering the very commands we wait for.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_EXTRAS, demoSignIns } from "../../prisma/demo-accounts";
import { REPO_ROOT, startEmbeddedPostgres } from "./embedded-postgres";

const BIN = path.join(REPO_ROOT, "node_modules", ".bin");
const AUTH_SECRET_FILE = path.join(REPO_ROOT, ".data", "auth-secret");
const SEED_FILE = path.join(REPO_ROOT, "prisma", "seed.ts");

type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

let current: ChildProcess | undefined; // the one child running right now (prisma, then next)
let stopSignal: NodeJS.Signals | undefined; // set once Ctrl-C / SIGTERM arrived

async function main(): Promise<void> {
  loadDotEnvFiles();
  const authSecretSource = ensureAuthSecret();
  const port = process.env.PORT ?? "3000";
  process.env.APP_URL ??= `http://localhost:${port}`; // links in emails must point at this server
  const db = await openDatabase();
  process.env.DATABASE_URL = db.url; // inherited by every child below
  forwardStopSignals(db);

  const exitCode = await runSteps(port, authSecretSource, db);
  await db.stop();
  process.exit(stopSignal ? 0 : exitCode);
}

async function runSteps(port: string, authSecretSource: string, db: Database): Promise<number> {
  log(`database: ${db.embedded ? `embedded PGlite (.data/pglite) at ${db.url}` : `DATABASE_URL ${redact(db.url)}`}`);
  if ((await run("prisma", ["migrate", "deploy"])) !== 0) return fail("prisma migrate deploy failed");
  if (stopSignal) return 0;
  if (existsSync(SEED_FILE)) {
    if ((await run("prisma", ["db", "seed"])) !== 0) return fail("prisma db seed failed");
  } else {
    log("prisma/seed.ts does not exist yet: skipping the seed (no demo data).");
  }
  if (stopSignal) return 0;
  printBanner(port, authSecretSource, db);
  return run("next", ["dev", "--port", port]);
}

// Next.js loads .env files for the app, but Prisma's CLI skips them when prisma.config.ts exists, and we must
// know DATABASE_URL before choosing the embedded database. Same files and precedence as `next dev`; variables
// already set in the shell win (process.loadEnvFile never overrides).
function loadDotEnvFiles(): void {
  for (const name of [".env.development.local", ".env.local", ".env.development", ".env"]) {
    const file = path.join(REPO_ROOT, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}

// Auth.js refuses to start without AUTH_SECRET. A fresh random one per run would sign everyone out on every
// restart, so generate it once and keep it in the git-ignored .data folder. Development only: production sets it.
function ensureAuthSecret(): string {
  if (process.env.AUTH_SECRET) return "AUTH_SECRET from the environment";
  if (!existsSync(AUTH_SECRET_FILE)) {
    mkdirSync(path.dirname(AUTH_SECRET_FILE), { recursive: true });
    writeFileSync(AUTH_SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(AUTH_SECRET_FILE, "utf8").trim();
  return "AUTH_SECRET from .data/auth-secret (generated for development)";
}

async function openDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => {} };
  log("DATABASE_URL is not set: starting the embedded database (first start takes ~10 s)…");
  const pg = await startEmbeddedPostgres();
  return { url: pg.url, embedded: true, stop: pg.stop };
}

// In a terminal, Ctrl-C reaches the whole process group (children included); SIGTERM from a process manager
// reaches only us. Either way: pass it to the running child, let it exit, then stop PGlite (runSteps returns).
// A second signal means "now": kill the child and leave without waiting.
function forwardStopSignals(db: Database): void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopSignal) {
      current?.kill("SIGKILL");
      process.exit(1);
    }
    stopSignal = signal;
    log(`${signal}: stopping…`);
    if (current) current.kill(signal);
    else void db.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}

/** Runs node_modules/.bin/<bin> with our environment and stdio; resolves with its exit code. */
function run(bin: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.join(BIN, bin), args, { cwd: REPO_ROOT, env: process.env, stdio: "inherit" });
    current = child;
    child.on("error", (error) => {
      log(`could not start ${bin}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function printBanner(port: string, authSecretSource: string, db: Database): void {
  const signIns = demoSignIns();
  const width = Math.max(...signIns.map((a) => a.email.length));
  const mail = process.env.SMTP_URL
    ? `sent over SMTP_URL (${redact(process.env.SMTP_URL)})`
    : `not sent: read it in the dev mailbox at http://localhost:${port}/dev/mailbox (SMTP_URL is unset)`;
  console.log(
    [
      "",
      `  BMET Apprenticeship Portal (development)`,
      `  App:       http://localhost:${port}`,
      `  Database:  ${db.embedded ? `embedded PGlite, data in .data/pglite (${db.url})` : `DATABASE_URL (${redact(db.url)})`}`,
      `  Mail:      ${mail}`,
      `  Auth:      ${authSecretSource}`,
      `  Demo sign-in (magic link, see Mail above):`,
      ...signIns.map((a) => `    ${a.email.padEnd(width)}  ${a.who}`),
      `  ${DEMO_EXTRAS}`,
      "",
    ].join("\n"),
  );
}

/** Hides the password in a connection URL before printing it. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

function log(message: string): void {
  console.log(`[dev] ${message}`);
}

function fail(message: string): number {
  if (!stopSignal) log(`${message}; stopping.`);
  return 1;
}

main().catch((error: unknown) => {
  console.error("[dev]", error);
  process.exit(1);
});
