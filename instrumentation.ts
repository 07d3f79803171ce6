// Next.js calls register() once per server process. The mail worker runs inside each app instance; claims
// in the database keep several instances from delivering the same message.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env().MAIL_WORKER === "off") return;
  const [{ db }, { createTransport }, { startMailWorker }] = await Promise.all([
    import("@/lib/db"),
    import("@/lib/mail/transport"),
    import("@/lib/mail/worker"),
  ]);
  const e = env();
  startMailWorker(db, createTransport(e.SMTP_URL), e.MAIL_FROM, e.MAIL_POLL_MS);
}
