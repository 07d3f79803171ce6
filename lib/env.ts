import { z } from "zod";

// The one place that reads process.env. Parsed lazily (on first use) so `next build` and tools that only
// import a module for its types do not need a database URL.
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  /** Base URL used in links inside emails. */
  APP_URL: z.string().url().default("http://localhost:3000"),
  /** smtp://user:pass@host:port — unset: mail stays in the database and shows at /dev/mailbox. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("BMET Apprenticeship Portal <no-reply@bmet-portal.example>"),
  /** How often the mail worker looks for queued messages. */
  MAIL_POLL_MS: z.coerce.number().int().min(100).default(1000),
  /** "off" stops this instance from delivering mail (another instance or process does it). */
  MAIL_WORKER: z.enum(["on", "off"]).default("on"),
  /** Allows /dev/mailbox outside development (used by the end-to-end tests against `next start`). */
  DEV_MAILBOX: z.enum(["on", "off"]).optional(),
});

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

/** The dev mailbox is on in development, and where explicitly enabled; never implied in production. */
export function devMailboxEnabled(): boolean {
  const e = env();
  return e.DEV_MAILBOX ? e.DEV_MAILBOX === "on" : e.NODE_ENV === "development" && !e.SMTP_URL;
}
