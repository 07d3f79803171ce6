import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Every route the app serves, found the way Next finds them: page.tsx and route.ts files under app/. A route added
// tomorrow is in this list without anyone editing a test.

export type DiscoveredRoute = {
  /** The URL pattern as Next writes it: route groups removed, dynamic segments kept ("/staff/submissions/[submissionId]"). */
  pattern: string;
  kind: "page" | "route";
  /** HTTP methods the file answers (pages: GET). */
  methods: string[];
  file: string;
};

const appDir = path.resolve(import.meta.dirname, "../../../app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The methods a route.ts exports, as `export function GET`, `export const GET =` or `export const { GET, POST }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+([A-Z]+)\s*=/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) {
    for (const name of m[1]!.split(",")) found.add(name.split(":").pop()!.trim());
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

function walk(dir: string, segments: string[], out: DiscoveredRoute[]) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Private folders (_x) are not routes; route groups ((x)) and parallel slots (@x) add no URL segment.
      if (entry.name.startsWith("_")) continue;
      const urlSegment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("@") ? [] : [entry.name];
      walk(full, [...segments, ...urlSegment], out);
    } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name) || /^route\.(ts|js)$/.test(entry.name)) {
      const kind = entry.name.startsWith("page.") ? "page" : "route";
      out.push({
        pattern: `/${segments.join("/")}`,
        kind,
        methods: kind === "page" ? ["GET"] : exportedMethods(readFileSync(full, "utf8")),
        file: path.relative(path.dirname(appDir), full),
      });
    }
  }
}

export function discoverRoutes(): DiscoveredRoute[] {
  const out: DiscoveredRoute[] = [];
  walk(appDir, [], out);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The dynamic segments of a pattern, in order: "[id]" → id, "[...slug]" → slug. */
export const dynamicSegments = (pattern: string) => [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);

/** The pattern with its dynamic segments filled in (values are URL-encoded; a catch-all keeps its slashes). */
export function fillPattern(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, catchAll: string | undefined, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${pattern}`);
    return catchAll ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
}
