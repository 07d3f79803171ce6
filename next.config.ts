import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Packages with native/wasm parts or Node-only APIs stay outside the server bundle.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "nodemailer"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Uploaded PDFs may be up to 10 MB (MAX_PDF_UPLOAD_BYTES in lib/forms/fields.ts); the default 1 MB limit would
    // refuse a larger one before the action could explain why.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
