// Embedded development database: PGlite (Postgres 17 compiled to WebAssembly) served over the Postgres wire
// protocol, so the app, Prisma's CLI and psql connect to it with an ordinary postgresql:// URL.
// Why PGlite, and its limits (one backend for all connections): docs/decisions/0002-pglite-embedded-dev-database.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Git-ignored (`/.data/` in .gitignore). Delete the folder to start from an empty database. */
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, ".data", "pglite");

/** Next to the local PostgreSQL on 5432. If taken, the OS picks a free port (the returned url says which). */
export const DEFAULT_PORT = 5433;

// pglite-socket accepts only ONE connection unless told otherwise, and refuses the rest with "Too many
// connections". Every client keeps a pool (app's PrismaClient, Prisma CLI, background workers, a psql shell,
// Next.js dev reloads that create a fresh client), so leave plenty of headroom; extra connections cost nothing
// because PGlite runs every query on a single backend anyway.
const MAX_CONNECTIONS = 100;

export type EmbeddedPostgres = {
  /** postgresql://postgres:postgres@127.0.0.1:<port>/postgres (every database name maps to the same database). */
  url: string;
  /** Closes client connections, the listener, then PGlite itself (which flushes to disk). Safe to call twice. */
  stop: () => Promise<void>;
};

export async function startEmbeddedPostgres({
  dataDir = DEFAULT_DATA_DIR,
  port = DEFAULT_PORT,
}: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  // PGlite builds contrib extensions separately: the migrations' CREATE EXTENSION pg_trgm needs it loaded here.
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const server = await listen(db, port).catch(async (error: unknown) => {
    await db.close();
    unlock();
    throw error;
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await server.stop();
      await db.close();
      unlock();
    })());

  return { url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres`, stop };
}

// PGlite takes no lock on its data directory, and two processes writing the same one corrupt it (e.g. two
// `npm run dev` in one checkout). A pid file next to it turns that into a clear error; a stale one is ignored.
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.pid`;
  const holder = Number(readFileSync(lockFile, { encoding: "utf8", flag: "a+" }));
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new Error(`${dataDir} is in use by process ${holder} (another \`npm run dev\`?). Stop that first.`);
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function listen(db: PGlite, port: number): Promise<PGLiteSocketServer> {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: MAX_CONNECTIONS });
  keepExtendedQueriesWhole(server, db);
  try {
    await startOrFail(server);
    return server;
  } catch (error) {
    await server.stop();
    if (port === 0 || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    // Someone else is on the preferred port (another checkout's dev server, a second Postgres): take any port.
    return listen(db, 0);
  }
}

/** Extended-protocol messages (Parse, Bind, Describe, Execute, Close, Flush): a query goes on until its Sync. */
const EXTENDED_QUERY_MESSAGES = new Set([..."PBDECH"].map((c) => c.charCodeAt(0)));

// pglite-socket 0.1.6 queues every connection's protocol messages one by one on the single PGlite backend, and keeps
// one connection's messages together only while a transaction is open. pg sends each query as Parse, Bind,
// Describe, Execute, Sync, and a large Bind arrives in a later network read: another connection's Parse can land in
// between and replace the unnamed statement, so the Bind fails with "bind message supplies 3 parameters, but
// prepared statement "" requires 2" (the mail worker hit it under `npm run dev`). The queue asks the database it
// was given whether a transaction is open; give it one that also says yes from a connection's Parse to its Sync.
function keepExtendedQueriesWhole(server: PGLiteSocketServer, db: PGlite): void {
  let extendedQueryOpen = false;
  const queueDb: Pick<PGlite, "isInTransaction" | "runExclusive" | "execProtocolRawStream" | "exec"> = {
    isInTransaction: () => extendedQueryOpen || db.isInTransaction(),
    runExclusive: (fn) => db.runExclusive(fn),
    execProtocolRawStream: async (message, options) => {
      const result = await db.execProtocolRawStream(message, options);
      extendedQueryOpen = EXTENDED_QUERY_MESSAGES.has(message[0]!);
      return result;
    },
    // Only called to roll back after a connection left in the middle of a transaction or query.
    exec: (query, options) => {
      extendedQueryOpen = false;
      return db.exec(query, options);
    },
  };
  (server as unknown as { queryQueue: { db: typeof queueDb } }).queryQueue.db = queueDb;
}

// pglite-socket 0.1.6's start() never settles when listen() fails (e.g. EADDRINUSE): it only dispatches an
// "error" event. Turn that event into a rejection.
function startOrFail(server: PGLiteSocketServer): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (event: Event) => reject((event as CustomEvent<Error>).detail);
    server.addEventListener("error", onError, { once: true });
    server.start().then(() => {
      server.removeEventListener("error", onError);
      resolve();
    }, reject);
  });
}
