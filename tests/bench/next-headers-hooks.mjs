// Module hooks for tests/bench/scale.ts, which runs the pages' loaders in-process, outside a Next request, as the
// integration tests do (vitest.config.ts aliases the same two modules): `next/headers` (read by Auth.js and
// lib/request.ts) becomes the tests' cookie jar (tests/support/request-scope.ts), and `server-only` an empty module.
const STUBS = {
  "next/headers": "./next-headers-stub.ts",
  "server-only": "../support/empty-module.ts",
};

export async function resolve(specifier, context, nextResolve) {
  const stub = STUBS[specifier];
  // Through the next resolver (tsx's), so the stub is loaded as TypeScript.
  return nextResolve(stub ? new URL(stub, import.meta.url).href : specifier, context);
}
