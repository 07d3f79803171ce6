import "server-only";
import { z } from "zod";

// The one place that reads process.env, validated on first use. Production refuses to start without the settings
// it cannot safely guess (where mail goes, the public URL, the auth secret) rather than falling back to
// development behaviour.
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
    /** Public base URL; links in emails are built on it. */
    APP_URL: z.string().url().optional(),
    AUTH_SECRET: z.string().min(1).optional(),
    /** Auth.js's public URL (else the request's); its protocol decides the session cookie's name (lib/auth/session). */
    AUTH_URL: z.string().url().optional(),
    /** smtp://user:pass@host:port — unset (development only): mail stays in the database, shown at /dev/mailbox. */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default("BMET Apprenticeship Portal <no-reply@bmet-portal.example>"),
    /** How often each instance's mail worker looks for queued messages. */
    MAIL_POLL_MS: z.coerce.number().int().min(100).default(1000),
    /** "off" stops this instance from delivering mail (another instance does it). */
    MAIL_WORKER: z.enum(["on", "off"]).default("on"),
    /** "off" stops this instance from running the hourly training reminders pass (lib/training/reminders). */
    TRAINING_REMINDERS: z.enum(["on", "off"]).default("on"),
    /** Reverse proxies in front of the app that append to X-Forwarded-For; decides which entry is the client. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** 32 bytes, base64: apprentices' SSNs are encrypted with it (lib/crypto/ssn.ts). */
    SSN_ENCRYPTION_KEY: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .refine((v) => Buffer.from(v, "base64").length === 32, "SSN_ENCRYPTION_KEY must be 32 bytes, base64-encoded")
        .optional(),
    ),
    /** Set by Next.js while it builds. */
    NEXT_PHASE: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    // `next build` runs with NODE_ENV=production but serves nothing; the deployment supplies these at start.
    if (e.NODE_ENV !== "production" || e.NEXT_PHASE === "phase-production-build") return;
    for (const key of ["SMTP_URL", "APP_URL", "AUTH_SECRET"] as const) {
      if (!e[key]) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required in production` });
    }
  })
  .transform((e) => ({ ...e, APP_URL: (e.APP_URL ?? "http://localhost:3000").replace(/\/$/, "") }));

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = EnvSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment:\n${problems}`);
    }
    parsed = result.data;
  }
  return parsed;
}

/** The development mailbox exists only in development without SMTP; in production it is always a 404. */
export function devMailboxEnabled(): boolean {
  const e = env();
  return e.NODE_ENV === "development" && !e.SMTP_URL;
}
