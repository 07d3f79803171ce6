// Workarounds for Prisma 6.19.3's WebAssembly schema engine (engine: "js" + @prisma/adapter-pg), used only by
// prisma.config.ts, i.e. by the Prisma CLI (migrate, db seed, studio), never by the app's PrismaClient.
// Each block says what breaks and where upstream tracks it; delete a block (or this whole file) once the fix
// ships in the Prisma version we use. Why we are on this path at all: docs/decisions/0001-prisma-6-wasm-engine.md.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// ── 1. The CLI checks for native engine files before most commands and downloads them when missing (no machine
// here can reach binaries.prisma.sh). The wasm engines need neither file, so point the check at one that exists.
// Must run before the CLI resolves engines, i.e. when prisma.config.ts is loaded.
export function skipNativeEngineDownload(): void {
  const placeholder = path.resolve("node_modules/prisma/package.json");
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;
  process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;
}

// ── 2. Catalog columns of type `name` (oid 19) and `"char"` (oid 18) make adapter-pg throw
// "UnsupportedNativeDataType" while the engine introspects pg_catalog (migrate dev / diff / reset).
// https://github.com/prisma/prisma/issues/27403
// Both come back from the server as plain text, so relabelling the result columns as `text` (oid 25) is exact.
// Done in a pg.Client subclass because adapter-pg builds its own pools (main and shadow) from our PoolConfig.
const PG_CHAR = 18;
const PG_NAME = 19;
const PG_TEXT = 25;

type Result = { fields?: { dataTypeID: number }[] };

function catalogTypesAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as Result[]) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === PG_NAME || field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    }
  }
  return result;
}

class CatalogAsTextClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    const query = super.query.bind(this) as (...args: unknown[]) => unknown;
    // pg-pool calls query(text, values, callback); adapter-pg calls query(config, values) and awaits the promise.
    this.query = ((...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === "function") {
        return query(...args.slice(0, -1), (err: unknown, res: unknown) =>
          callback(err, err ? res : catalogTypesAsText(res)),
        );
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(catalogTypesAsText) : out;
    }) as pg.Client["query"];
  }
}

// ── 3. adapter-pg's executeScript() splits the script on every `;` and runs the pieces one by one: it breaks
// `$$` function bodies and string literals containing `;`, and a failing migration is left half-applied.
// (prisma/prisma, packages/adapter-pg/src/pg.ts at 6.19.3: PrismaPgAdapter.executeScript.)
// Send the whole script as one simple-protocol query instead, as Prisma's native engine does: Postgres parses it
// and runs it as one implicit transaction, so each migration is atomic. Consequence, same as with the native
// engine: a statement that refuses to run in a transaction (CREATE INDEX CONCURRENTLY) needs a migration of its own.
type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function runScriptsWhole(adapter: Adapter): Adapter {
  // executeRaw with no arguments goes through pg's simple query protocol and keeps adapter-pg's error mapping.
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

// ── 4. Commands finish but the process lingers 10 s (deploy, status, diff) or 60 s (dev) before exiting:
//   a) the wasm engine leaves setTimeout timers of 10 s and 60 s pending (its async runtime's timeouts), and
//   b) the CLI never disposes the main adapter, so an idle pg connection (and pg-pool's 10 s idle timer) stays open.
// (b) is pg-pool's `allowExitOnIdle` (set in the pool config below). For (a), unref() timers of exactly those
// lengths: the process may then exit while they are pending. Anything the engine actually waits for is a query on a
// socket, which keeps the process alive by itself. Only affects the CLI process that loads prisma.config.ts.
const LINGERING_TIMER_MS = new Set([10_000, 60_000]);

export function unrefLingeringEngineTimers(): void {
  const marker = Symbol.for("bmet.unrefLingeringEngineTimers");
  const g = globalThis as typeof globalThis & { [marker]?: boolean };
  if (g[marker]) return;
  g[marker] = true;
  const original = globalThis.setTimeout;
  const patched = ((handler: Parameters<typeof setTimeout>[0], ms?: number, ...rest: unknown[]) => {
    const timer = original(handler, ms, ...rest);
    // Node returns a Timeout object (the DOM typings in tsconfig say number).
    if (ms !== undefined && LINGERING_TIMER_MS.has(ms)) (timer as unknown as NodeJS.Timeout).unref?.();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
}

// ── 5. adapter-pg creates the shadow database with `new Pool({ ...config, database })`; with a `connectionString`
// in config, the connection string silently wins over `database` and the "shadow" database is the main one.
// So the URL is split into host/port/user/password/database here.
// Also (same function): it drops the shadow database *before* closing its pool ("database … is being accessed by
// other users", leaving prisma_migrate_shadow_db_* behind) and never closes the pool it used to create it.
// connectToShadowDb() below closes the shadow pool first, then drops the database, then closes the admin pool.
export function poolConfigFromUrl(databaseUrl: string): pg.PoolConfig & { schema?: string } {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname) || "localhost",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || undefined,
    schema: url.searchParams.get("schema") ?? undefined,
  };
}

class PrismaPgForSchemaEngine extends PrismaPg {
  constructor(
    private readonly poolConfig: pg.PoolConfig,
    private readonly schema?: string,
  ) {
    super({ ...poolConfig, Client: CatalogAsTextClient, allowExitOnIdle: true }, schema ? { schema } : undefined);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPgForSchemaEngine({ ...this.poolConfig, database }, this.schema).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      try {
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }
}

// ── 6. Not fixable here, for the record: `prisma migrate dev` on a database that is BEHIND prisma/migrations
// applies the pending migrations, then fails with "PostgreSQL shadow DB must be provided through an external
// factory": the wasm engine's evaluateDataLoss only reaches the shadow database through a cache that was filled for
// the applied migrations, not the full list (prisma-engines: schema-engine/commands/src/commands/evaluate_data_loss.rs
// and sql-schema-connector/src/flavour/postgres/connector/wasm/shadow_db.rs). The database is in sync by then:
// just run it again, or run `prisma migrate deploy` first (`npm run dev` does).

/** The driver adapter factory for prisma.config.ts, with every workaround above applied. */
export function schemaEngineAdapter(databaseUrl: string | undefined): PrismaPg {
  if (!databaseUrl)
    throw new Error("DATABASE_URL is not set: the Prisma CLI needs it (`npm run dev` sets it for you).");
  unrefLingeringEngineTimers();
  const { schema, ...poolConfig } = poolConfigFromUrl(databaseUrl);
  return new PrismaPgForSchemaEngine(poolConfig, schema);
}
