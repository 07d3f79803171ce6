import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Only lib/env.ts may read the environment (scripts, tests and framework config files excepted).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "lib/dev/**",
      "lib/packets/cli.ts",
      "lib/apprentices/staff/rapids-cli.ts",
      "lib/apprentices/ssn-reencrypt-cli.ts",
      "tests/**",
      "prisma/**",
      "*.config.*",
      "*.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Playwright fixtures take a parameter named `use`, which is not React's use().
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
