// Signed-in requests for the page benchmarks: real Auth.js database sessions, made directly in the bench database
// as sign-in would make them (30 days), presented as the session cookie of an http:// server.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { SESSION_COOKIE } from "../support/factories";

/** A `cookie` header value signing the request in as the user with this email, who must exist. */
export async function sessionCookieFor(databaseUrl: string, email: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    const { rowCount } = await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires, "updatedAt")
         SELECT 'bench' || md5($1), $1, id, timezone('utc', now()) + interval '30 days', timezone('utc', now()) FROM "User" WHERE email = $2`,
      [token, email],
    );
    if (rowCount !== 1) throw new Error(`No user ${email} in the bench database to sign in as`);
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await client.end();
  }
}
