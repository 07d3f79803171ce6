import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/dev/embedded-postgres";

describe("the embedded database of `npm run dev`", () => {
  it("keeps each connection's query whole while others send theirs (no Bind meeting another's Parse)", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "bmet-pglite-"));
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: 0 });
    const pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    try {
      // A 1 MB parameter makes pg's Bind arrive in a later network read than its Parse, the moment another
      // connection's Parse used to slip in between.
      const big = "x".repeat(1_000_000);
      const results = await Promise.allSettled(
        Array.from({ length: 200 }, (_, i) =>
          i % 2
            ? pool.query("SELECT $1::int + $2::int + $3::int AS n", [1, 2, i])
            : pool.query("SELECT length($1::text) AS n", [big]),
        ),
      );
      const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
      expect(failures).toEqual([]);
    } finally {
      await pool.end();
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
