import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PG_BASE } from "./test-env";

const nameOf = (url: string) => new URL(url).pathname.slice(1);
const quoted = (name: string) => `"${name.replace(/"/g, "")}"`;

/** Runs statements on the server's maintenance database (CREATE and DROP DATABASE cannot run inside the target). */
async function onServer<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

const exists = async (admin: pg.Client, name: string) =>
  !!(await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;

/** Creates the database if it is missing (idempotent). */
export async function ensureDatabase(url: string) {
  await onServer(async (admin) => {
    if (!(await exists(admin, nameOf(url)))) await admin.query(`CREATE DATABASE ${quoted(nameOf(url))}`);
  });
}

/**
 * Creates the database as a copy of the template if it is missing: a file copy on the server, much faster than
 * migrating. The template must have no open connections (Postgres refuses to copy a database in use).
 */
export async function ensureDatabaseFromTemplate(url: string, templateUrl: string) {
  await onServer(async (admin) => {
    if (await exists(admin, nameOf(url))) return;
    await admin.query(`CREATE DATABASE ${quoted(nameOf(url))} TEMPLATE ${quoted(nameOf(templateUrl))}`);
  });
}

/** Drops every database whose name matches, closing its connections first (what a killed run left open). */
export async function dropDatabases(matches: (name: string) => boolean) {
  await onServer(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database");
    for (const { datname } of rows.filter((r) => matches(r.datname))) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoted(datname)} WITH (FORCE)`);
    }
  });
}

/** Applies the committed migrations exactly as production does. */
export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

/**
 * `migrate`, skipped when the database already has every committed migration (by name, as `prisma migrate deploy`
 * decides what to apply): one query instead of several seconds of Prisma's CLI, for the test runs that find their
 * database up to date. A migration edited after this database applied it (a draft changed before it landed: Prisma
 * records each file's SHA-256) would never be applied again, and the tests would run on the draft's schema; such a
 * database is dropped and built afresh.
 */
export async function migrateIfBehind(url: string) {
  const committed = new Map(
    readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [entry.name, sha256Of(path.join(MIGRATIONS_DIR, entry.name, "migration.sql"))] as const),
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let applied = new Map<string, string>();
  try {
    const { rows } = await client.query<{ table: string | null }>(`SELECT to_regclass('_prisma_migrations') AS table`);
    if (rows[0]?.table) {
      const done = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      applied = new Map(done.rows.map((r) => [r.migration_name, r.checksum]));
    }
  } finally {
    await client.end();
  }
  const edited = [...applied].some(([name, checksum]) => committed.has(name) && committed.get(name) !== checksum);
  if (edited) {
    await dropDatabases((name) => name === nameOf(url));
    await ensureDatabase(url);
    migrate(url);
    return;
  }
  if ([...committed.keys()].some((name) => !applied.has(name))) migrate(url);
}

const sha256Of = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** The program standards' tables: their version 1 comes from a migration, as every real database has it. */
const STANDARDS_TABLES = ["StandardsVersion", "StandardsSkillSet", "StandardsSkill"];

/**
 * Empties every application table, keeping the migration history and what the migrations themselves wrote: the
 * program standards' version 1. Versions tests added are removed; published ones are immutable (a trigger refuses
 * the delete), so that happens with triggers off for this session only (the tests connect as a superuser).
 */
export async function truncateAll(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    const tables = rows.map((r) => r.tablename).filter((t) => !STANDARDS_TABLES.includes(t));
    if (tables.length)
      await client.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    for (const table of ["StandardsSkill", "StandardsSkillSet"]) {
      await client.query(
        `DELETE FROM "${table}" WHERE "standardsVersionId" IN (SELECT id FROM "StandardsVersion" WHERE version > 1)`,
      );
    }
    await client.query(`DELETE FROM "StandardsVersion" WHERE version > 1`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
