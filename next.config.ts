import type { NextConfig } from "next";
import { MAX_REQUEST_BODY_BYTES } from "./lib/security/body-limit";

const nextConfig: NextConfig = {
  // Packages with native/wasm parts or Node-only APIs stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "nodemailer", "subset-font"],
  poweredByHeader: false,
  typedRoutes: false,
  // npm test type-checks everything in its first stage (`npm run typecheck`: Next's route types, then tsc), so its
  // production build, minutes later, skips checking the same files again (tests/run-all.sh sets this). Every other
  // build checks types as usual.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "1" },
  experimental: {
    // Uploaded PDFs may be up to 10 MB (MAX_PDF_UPLOAD_BYTES in lib/forms/fields.ts); the default 1 MB limit would
    // refuse a larger one before the action could explain why. proxy.ts answers anything larger with 413.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    // forbidden() and app/forbidden.tsx: a signed-in user on a page of their area that needs another role is told
    // whose page it is (403), not that it does not exist (lib/authz/page.ts).
    authInterrupts: true,
    // Turbopack keeps its build cache on disk so a local rebuild redoes only what changed. CI builds once from a fresh
    // clone, so writing that cache (10-20 s of the build stage on 2 cores) buys nothing there.
    turbopackFileSystemCacheForBuild: process.env.CI !== "true",
  },
};

export default nextConfig;
