import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native/wasm parts or Node-only APIs stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "nodemailer"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // A hand-signed agreement may be uploaded as a scan of up to 10 MB (lib/onboarding/agreement/schemas.ts);
    // the default 1 MB limit would refuse it before the action could explain why.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
