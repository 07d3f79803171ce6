import type { Db } from "@/lib/prisma-client";

// Which rows a call wrote, exactly: a row trigger on every application table appends (table, operation) to a log in
// a schema of its own, inside the writer's transaction, so a write that rolled back leaves no entry and one that
// committed always does. Counting rows (or pg_stat, which lags) would miss updates and deletes. The schema and its
// triggers exist only while a test uses them; dropping the schema drops the triggers with it.

const SCHEMA = "security_write_log";

export type Writes = Record<string, number>;

export async function installWriteLog(db: Db) {
  await removeWriteLog(db);
  await db.$executeRawUnsafe(`CREATE SCHEMA ${SCHEMA}`);
  await db.$executeRawUnsafe(
    `CREATE TABLE ${SCHEMA}.writes (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL)`,
  );
  await db.$executeRawUnsafe(`
    CREATE FUNCTION ${SCHEMA}.record() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO ${SCHEMA}.writes (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
      RETURN NULL;
    END $$`);
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  for (const { tablename } of tables) {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER security_write_log AFTER INSERT OR UPDATE OR DELETE ON "${tablename}"
       FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.record()`,
    );
  }
  return tables.length;
}

export async function removeWriteLog(db: Db) {
  await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
}

/** The newest log entry: pass it to writesAfter to see what happened since. */
export async function writeMark(db: Db): Promise<bigint> {
  const [row] = await db.$queryRawUnsafe<{ id: bigint | null }[]>(`SELECT max(id) AS id FROM ${SCHEMA}.writes`);
  return row?.id ?? 0n;
}

/** Rows written since the mark, per "Table.OPERATION". */
export async function writesAfter(db: Db, mark: bigint): Promise<{ writes: Writes; mark: bigint }> {
  const rows = await db.$queryRawUnsafe<{ tbl: string; op: string; n: bigint; last: bigint }[]>(
    `SELECT tbl, op, count(*) AS n, max(id) AS last FROM ${SCHEMA}.writes WHERE id > $1 GROUP BY tbl, op`,
    mark,
  );
  const writes: Writes = {};
  let last = mark;
  for (const r of rows) {
    writes[`${r.tbl}.${r.op}`] = Number(r.n);
    if (r.last > last) last = r.last;
  }
  return { writes, mark: last };
}
