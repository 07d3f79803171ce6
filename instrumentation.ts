// Next.js calls register() once per server process. Each instance runs the mail worker (claims in the database
// keep instances from sending a message twice), turns candidates' link requests into emails, and runs the hourly
// clean-up of expired rows and the hourly training reminders (a row per reminder and period keeps them single).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [
    { env },
    { db },
    { createTransport },
    { messageIdDomainOf, startMailWorker },
    { pruneExpiredRows },
    { processProfileLinkRequests },
    { sendTrainingReminders },
  ] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/db"),
    import("@/lib/mail/transport"),
    import("@/lib/mail/worker"),
    import("@/lib/maintenance"),
    import("@/lib/candidates/profile/link-requests"),
    import("@/lib/training/reminders/send"),
  ]);
  const e = env();
  if (e.MAIL_WORKER === "on") {
    startMailWorker(db, createTransport(e.SMTP_URL), {
      from: e.MAIL_FROM,
      messageIdDomain: messageIdDomainOf(e.APP_URL),
      pollMs: e.MAIL_POLL_MS,
    });
    // Requests for a candidate's link become emails on the same schedule (see lib/candidates/profile/link-requests.ts).
    const resolveLinkRequests = () =>
      processProfileLinkRequests(db).catch((error) => console.error("[candidates] link requests failed", error));
    setInterval(resolveLinkRequests, e.MAIL_POLL_MS).unref();
  }
  const prune = () => pruneExpiredRows(db).catch((error) => console.error("[maintenance] prune failed", error));
  void prune();
  setInterval(prune, 3600_000).unref();
  if (e.TRAINING_REMINDERS === "on") {
    const remind = () =>
      sendTrainingReminders(db).catch((error) => console.error("[training] reminders pass failed", error));
    void remind();
    setInterval(remind, 3600_000).unref();
  }
}
