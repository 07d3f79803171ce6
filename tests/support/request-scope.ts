// Integration tests call pages' loaders and server actions directly, outside a Next request. Next reads the
// request through next/headers; this module stands in for that one boundary with a real cookie jar, so Auth.js
// itself runs unmodified against the real Session table.

const jar = new Map<string, string>();
let extraHeaders: Record<string, string> = {};

export const requestScope = {
  setCookie(name: string, value: string) {
    jar.set(name, value);
  },
  clear() {
    jar.clear();
    extraHeaders = {};
  },
  setHeaders(headers: Record<string, string>) {
    extraHeaders = headers;
  },
  headers(): Headers {
    const h = new Headers(extraHeaders);
    if (jar.size) h.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    return h;
  },
  cookies() {
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
