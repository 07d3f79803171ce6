// Integration tests call pages' loaders and server actions directly, outside a Next request. Next reads the
// request through next/headers; this module stands in for that one boundary with a real cookie jar, so Auth.js
// itself runs unmodified against the real Session table.

import { AsyncLocalStorage } from "node:async_hooks";

const defaultJar = new Map<string, string>();
let extraHeaders: Record<string, string> = {};
/** Concurrent calls in one test can each carry their own cookies (two users acting at the same moment). */
const scoped = new AsyncLocalStorage<Map<string, string>>();
const jarNow = () => scoped.getStore() ?? defaultJar;

export const requestScope = {
  setCookie(name: string, value: string) {
    jarNow().set(name, value);
  },
  /** Runs fn as a separate request with these cookies. */
  run<T>(cookies: Record<string, string>, fn: () => Promise<T>): Promise<T> {
    return scoped.run(new Map(Object.entries(cookies)), fn);
  },
  clear() {
    defaultJar.clear();
    extraHeaders = {};
  },
  setHeaders(headers: Record<string, string>) {
    extraHeaders = headers;
  },
  headers(): Headers {
    const jar = jarNow();
    const h = new Headers(extraHeaders);
    if (jar.size) h.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    return h;
  },
  cookies() {
    const jar = jarNow();
    return {
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      has: (name: string) => jar.has(name),
      set: (name: string | { name: string; value: string }, value?: string) => {
        if (typeof name === "string") jar.set(name, value ?? "");
        else jar.set(name.name, name.value);
      },
      delete: (name: string) => jar.delete(name),
    };
  },
};
