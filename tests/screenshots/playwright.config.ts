import path from "node:path";
import { defineConfig } from "@playwright/test";
import e2e from "../../playwright.config";

// `npm run screenshots`: the end-to-end setup (Debian's Chromium, `next start` on the freshly prepared e2e
// database, the SMTP capture server), running only the script that photographs pages for the README.
const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  ...e2e,
  testDir: ".",
  testMatch: "capture.ts",
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  webServer: [e2e.webServer ?? []].flat().map((server) => ({ ...server, cwd: root, reuseExistingServer: false })),
});
