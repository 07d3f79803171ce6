import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native/wasm parts or Node-only APIs stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "nodemailer"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
