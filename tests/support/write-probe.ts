import pg from "pg";

/**
 * Counts every row the application inserts, updates or deletes (and every TRUNCATE) in its tables, as Postgres
 * sees it: an AFTER … FOR EACH ROW trigger on each table of the public schema writes one row per change into its
 * own schema. Only committed changes remain (a rolled-back transaction takes its probe rows with it), and nothing
 * in the application is replaced or mocked. `remove` drops the schema and, with it, every trigger.
 */
export async function installWriteProbe(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    DROP SCHEMA IF EXISTS write_probe CASCADE;
    CREATE SCHEMA write_probe;
    CREATE UNLOGGED TABLE write_probe.writes (tbl text NOT NULL, op text NOT NULL);
    CREATE FUNCTION write_probe.record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO write_probe.writes VALUES (TG_TABLE_NAME, TG_OP);
        RETURN NULL;
      END $$;`);
  const { rows } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  for (const { tablename } of rows) {
    const table = `"public"."${tablename.replaceAll('"', '""')}"`;
    await client.query(`
      CREATE TRIGGER write_probe_rows AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION write_probe.record();
      CREATE TRIGGER write_probe_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION write_probe.record();`);
  }
  return {
    tables: rows.length,
    /** Forgets what was counted so far. */
    reset: async () => void (await client.query("TRUNCATE write_probe.writes")),
    /** The kinds of write since the last reset, as sorted "Table OPERATION" entries. */
    writes: async () => {
      const kinds = await client.query<{ tbl: string; op: string }>(
        "SELECT DISTINCT tbl, op FROM write_probe.writes ORDER BY tbl, op",
      );
      return kinds.rows.map((r) => `${r.tbl} ${r.op}`);
    },
    remove: async () => {
      await client.query("DROP SCHEMA IF EXISTS write_probe CASCADE");
      await client.end();
    },
  };
}
