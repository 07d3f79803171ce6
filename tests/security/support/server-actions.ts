import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { actionDefinition, type ActionDefinition } from "@/lib/action-client";

// Finds the server actions the way Next does: every module whose first statement is the "use server" directive
// exposes all its exports to the browser. The files are found by walking the folders, not from a list, so a new
// module is checked the day it is added.

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** Where server code lives (components/ too: an inline action in a component would be as reachable). */
const FOLDERS = ["lib", "app", "components"];
const SOURCE = /\.(ts|tsx)$/;
const DIRECTIVE = /^(["'])use server\1\s*;?/;
/** A "use server" line anywhere else marks an inline action inside a function body. */
const INLINE_DIRECTIVE = /^\s*(["'])use server\1\s*;?\s*$/gm;

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

/** The source with leading whitespace and comments removed, so the first statement is at the start. */
function firstStatement(source: string): string {
  let rest = source.replace(/^\uFEFF/, "");
  for (;;) {
    const trimmed = rest.trimStart();
    if (trimmed.startsWith("//")) rest = trimmed.slice(trimmed.indexOf("\n") + 1 || trimmed.length);
    else if (trimmed.startsWith("/*")) rest = trimmed.slice(trimmed.indexOf("*/") + 2);
    else return trimmed;
  }
}

export type ServerModule = { file: string; inline: number };

/** Modules with the directive at the top, and files with inline directives (counted per file). */
export function findServerModules(): { modules: string[]; inline: ServerModule[] } {
  const modules: string[] = [];
  const inline: ServerModule[] = [];
  for (const file of FOLDERS.flatMap((folder) => walk(path.join(ROOT, folder)))) {
    const source = readFileSync(file, "utf8");
    if (!source.includes("use server")) continue;
    const relative = path.relative(ROOT, file);
    const isModule = DIRECTIVE.test(firstStatement(source));
    if (isModule) modules.push(relative);
    const lines = source.match(INLINE_DIRECTIVE)?.length ?? 0;
    if (lines > (isModule ? 1 : 0)) inline.push({ file: relative, inline: lines - (isModule ? 1 : 0) });
  }
  return { modules: modules.sort(), inline };
}

export type ServerExport = {
  /** "lib/review/actions.ts#approve" */
  id: string;
  file: string;
  name: string;
  value: unknown;
  definition: ActionDefinition | undefined;
};

/** Every export of every "use server" module, with the action client's definition when it built it. */
export async function loadServerExports(modules = findServerModules().modules): Promise<ServerExport[]> {
  const out: ServerExport[] = [];
  for (const file of modules) {
    const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      out.push({ id: `${file}#${name}`, file, name, value, definition: actionDefinition(value) });
    }
  }
  return out;
}

/**
 * Exports that are server actions but not built by the action client, each with the reason it may be. Anything
 * else must go through lib/action-client.ts (or the token clients of lib/authz/token-action.ts, built on it).
 */
export const ALLOWLIST: Record<string, string> = {
  // Auth.js's own sign-out: it reads no input (the form posts nothing it uses), needs no authorization (it ends
  // the caller's own session, found from their cookie, and does nothing without one) and only redirects.
  "lib/auth/actions.ts#signOutAction":
    "Auth.js signOut(): takes no input and only ends the caller's own session (cookie), then redirects to /",
};
