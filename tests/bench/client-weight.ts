// First-load JavaScript per route, gzipped, read from the production build in .next (run `next build` first).
// Run by tests/bench/run.ts; a figure, never an assertion.
//
// What a browser loads on a route's first visit: the root main files every page shares (build-manifest.json's
// rootMainFiles, which include Turbopack's runtime) plus the chunks of every client component the route's segments
// import (entryJSFiles of the route's client reference manifest: the page, its layouts and the not-found/forbidden/
// error boundaries the root layout mounts). The legacy polyfills are left out: they load with `nomodule`, so no
// modern browser fetches them. Each chunk is gzipped at zlib's default level, as `next start` compresses (checked against the
// transfer sizes a Chromium records: see the README's performance section).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const NEXT_DIR = path.join(process.cwd(), ".next");
/** The budget for public routes, KiB gzipped. */
export const PUBLIC_ROUTE_BUDGET_KIB = 150;
const PUBLIC_ROUTES = [/^\/$/, /^\/apprentices\/interest(\/|$)/, /^\/employers\//, /^\/signin(\/|$)/];

interface ClientReferenceManifest {
  entryJSFiles: Record<string, string[]>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(NEXT_DIR, file), "utf8")) as T;
}

/** The client reference manifest is a script that assigns to globalThis.__RSC_MANIFEST[<entry>]. */
function clientReferenceManifest(entry: string): ClientReferenceManifest | null {
  const file = path.join(NEXT_DIR, "server/app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const holder: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  new Function("globalThis", readFileSync(file, "utf8"))(holder);
  return holder.__RSC_MANIFEST?.[`/${entry}`] ?? null;
}

const gzippedSizes = new Map<string, number>();
function gzippedBytes(chunk: string): number {
  let size = gzippedSizes.get(chunk);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(NEXT_DIR, chunk))).length;
    gzippedSizes.set(chunk, size);
  }
  return size;
}

export interface RouteWeight {
  route: string;
  isPublic: boolean;
  chunks: string[];
  gzippedBytes: number;
}

/** Every app route with a page, its first-load chunks and their gzipped total. */
export function measureClientWeight(): RouteWeight[] {
  const buildManifest = readJson<{ rootMainFiles: string[] }>("build-manifest.json");
  const routes = readJson<Record<string, string>>("app-path-routes-manifest.json");
  const weights: RouteWeight[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue; // route handlers (route.ts) and icons send no JavaScript
    const manifest = clientReferenceManifest(entry.replace(/^\//, ""));
    if (!manifest) continue;
    const chunks = [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
    weights.push({
      route,
      isPublic: PUBLIC_ROUTES.some((pattern) => pattern.test(route)),
      chunks,
      gzippedBytes: chunks.reduce((sum, chunk) => sum + gzippedBytes(chunk), 0),
    });
  }
  return weights.sort((a, b) => Number(b.isPublic) - Number(a.isPublic) || a.route.localeCompare(b.route));
}

export async function benchClientWeight(): Promise<void> {
  if (!existsSync(path.join(NEXT_DIR, "app-path-routes-manifest.json"))) {
    console.log("\nClient weight: skipped (no production build in .next; run `npx next build` first)");
    return;
  }
  const weights = measureClientWeight();
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`\nFirst-load JS per route, KiB gzipped (public routes: target ≤ ${PUBLIC_ROUTE_BUDGET_KIB} KiB)`);
  for (const { route, isPublic, chunks, gzippedBytes } of weights) {
    const verdict = !isPublic ? "" : gzippedBytes / 1024 <= PUBLIC_ROUTE_BUDGET_KIB ? "public, within" : "public, OVER";
    console.log(
      `${route.padEnd(48)} ${kib(gzippedBytes).padStart(7)} KiB  ${String(chunks.length).padStart(2)} chunks  ${verdict}`,
    );
  }
}
