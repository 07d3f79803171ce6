import { execFileSync } from "node:child_process";
import pg from "pg";
import { PG_BASE } from "./test-env";

/** Creates the database if it is missing (idempotent). */
export async function ensureDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }
}

/** Applies the committed migrations exactly as production does. */
export function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

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
