import type { Outcome } from "../access-table";

// Plain HTTP against the running app, as a browser sends it but without following redirects, and the answer
// reduced to the access table's outcome classes.

export type Answer = { status: number; location: string | null; contentType: string; body: string };

export async function get(url: string, cookie: string | null): Promise<Answer> {
  return answerOf(await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} }));
}

/** A form posted as a browser posts it from a page of `origin` (the Origin header it always sends with a POST). */
export async function post(url: string, cookie: string | null, origin: string, fields: Array<[string, string]>) {
  const body = new URLSearchParams(fields);
  const headers: Record<string, string> = { origin, "content-type": "application/x-www-form-urlencoded" };
  if (cookie) headers.cookie = cookie;
  return answerOf(await fetch(url, { method: "POST", redirect: "manual", headers, body }));
}

async function answerOf(response: Response): Promise<Answer> {
  const contentType = response.headers.get("content-type") ?? "";
  // Files are read to the end (the connection is reused) but only text is kept.
  const bytes = await response.arrayBuffer();
  const body = /^(text\/|application\/json)/.test(contentType) ? new TextDecoder().decode(bytes) : "";
  return { status: response.status, location: response.headers.get("location"), contentType, body };
}

export type Observed = Outcome | "server-error" | `status:${number}`;

/** The outcome class of an answer: a 200 that shows `refusal` is a refusal, a redirect to /signin is "sign-in". */
export function classify(answer: Answer, baseUrl: string, refusal?: RegExp): Observed {
  const { status } = answer;
  if (status >= 200 && status < 300) return refusal?.test(answer.body) ? "refused" : "ok";
  if (status >= 300 && status < 400 && answer.location) {
    const path = new URL(answer.location, baseUrl).pathname;
    return path === "/signin" ? "sign-in" : `redirect:${path}`;
  }
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status >= 500) return "server-error";
  return `status:${status}`;
}

/** Runs fn over items, `limit` at a time, keeping their order. */
export async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
