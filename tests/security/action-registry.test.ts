import { describe, expect, it } from "vitest";
import { ALLOWLIST, findServerModules, loadServerExports } from "./support/server-actions";

// Every export of a "use server" module is an endpoint anyone can POST to. Each must be built by the action-client
// chain (lib/action-client.ts, or the token clients on it in lib/authz/token-action.ts), which authorizes the
// caller, bounds the input and parses it before the handler runs, and never lets an unexpected error out.

describe("the server-action registry", () => {
  it("has every exported server action built through the action client, except the named allowlist", async () => {
    const { modules, inline } = findServerModules();
    // Inline "use server" functions (inside a component or function) cannot be found by their exports.
    expect(inline, "inline server actions: move them into a lib/<feature>/actions.ts module").toEqual([]);
    expect(modules.length).toBeGreaterThan(0);

    const exports = await loadServerExports(modules);
    // A "use server" module may only export async functions (Next refuses anything else at build time).
    expect(exports.filter((e) => typeof e.value !== "function").map((e) => e.id)).toEqual([]);

    const built = exports.filter((e) => e.definition);
    const allowlisted = exports.filter((e) => !e.definition && ALLOWLIST[e.id]);
    const outside = exports.filter((e) => !e.definition && !ALLOWLIST[e.id]).map((e) => e.id);
    expect(outside, "server actions not built through lib/action-client.ts").toEqual([]);
    // The allowlist names real, still hand-written actions: an entry that went away or moved to the client goes.
    const stale = Object.keys(ALLOWLIST).filter((id) => !allowlisted.some((e) => e.id === id));
    expect(stale, "allowlist entries that are not (or no longer) hand-written server actions").toEqual([]);

    console.log(
      `actions: ${exports.length} exported, ${built.length} through the action client, ${allowlisted.length} allowlisted`,
    );
  });
});
