import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, TEST_AUTH_SECRET, TEST_SSN_KEY } from "./tests/support/test-env";
import { E2E } from "./tests/e2e/support/e2e-env";

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against `next start` (run
// `next build` first; scripts/test.sh does), with mail going to a real SMTP server that the tests read.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Two browsers against one `next start`: on 2 cores the server keeps up with two, and CI or not makes no
  // difference to that (Playwright's default here would be one). E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E.baseUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: "npx tsx tests/support/smtp-capture-server.ts",
      url: `${E2E.smtpHttpUrl}/health`,
      reuseExistingServer: !process.env.CI,
      env: { SMTP_CAPTURE_PORT: String(E2E.smtpPort), SMTP_CAPTURE_HTTP_PORT: String(E2E.smtpHttpPort) },
    },
    {
      command: `npx tsx tests/support/prepare-e2e-database.ts && npx next start -p ${E2E.port}`,
      url: `${E2E.baseUrl}/signin`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
      env: {
        NODE_ENV: "production",
        DATABASE_URL: E2E_DATABASE_URL,
        AUTH_SECRET: TEST_AUTH_SECRET,
        SSN_ENCRYPTION_KEY: TEST_SSN_KEY,
        AUTH_URL: E2E.baseUrl,
        APP_URL: E2E.baseUrl,
        SMTP_URL: `smtp://127.0.0.1:${E2E.smtpPort}`,
        MAIL_POLL_MS: "250",
        // Reminders are tested on their own (tests/integration/training-reminders.test.ts); here they would mail
        // the journeys' apprentices and mentors at whatever hour the run starts.
        TRAINING_REMINDERS: "off",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
