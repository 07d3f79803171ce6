import { afterEach, describe, expect, it, vi } from "vitest";
import { html } from "../support/render";

// The "check your email" page points to the development mailbox exactly where that mailbox exists (lib/env.ts:
// development without SMTP_URL), so a newcomer running `npm run dev` finds the sign-in link.

/** The page as a server started with these settings renders it (the environment is read once per process). */
async function checkEmailPageWith(settings: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(settings)) vi.stubEnv(key, value);
  const { default: CheckEmailPage } = await import("@/app/(public)/signin/check-email/page");
  return html(CheckEmailPage());
}

const DATABASE_URL = "postgres://localhost:5432/unused";

describe("the check-your-email page", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("links to /dev/mailbox in development without SMTP", async () => {
    const page = await checkEmailPageWith({ NODE_ENV: "development", SMTP_URL: undefined, DATABASE_URL });
    expect(page).toContain('href="/dev/mailbox"');
  });

  it("does not when mail is really sent, or in production", async () => {
    const withSmtp = await checkEmailPageWith({
      NODE_ENV: "development",
      SMTP_URL: "smtp://127.0.0.1:2525",
      DATABASE_URL,
    });
    expect(withSmtp).not.toContain("/dev/mailbox");
    const production = await checkEmailPageWith({
      NODE_ENV: "production",
      SMTP_URL: "smtp://127.0.0.1:2525",
      APP_URL: "https://portal.example",
      AUTH_SECRET: "x",
      DATABASE_URL,
    });
    expect(production).not.toContain("/dev/mailbox");
    expect(production).toContain("request another link");
  });
});
