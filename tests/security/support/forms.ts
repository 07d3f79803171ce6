import type { Answer } from "./http";

// Posting the app's forms over plain HTTP exactly as a browser without JavaScript does: the server renders each
// server-action form with hidden fields that name the action and carry its bound state; the browser posts them,
// with the visible fields, to the page as multipart/form-data.

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&#x27;": "'",
  "&#39;": "'",
};
const decode = (value: string) => value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (e) => ENTITIES[e]!);

/** The hidden fields of the form whose submit button reads `button`. */
export function hiddenFieldsOf(html: string, button: string): Array<[string, string]> {
  const form = (html.match(/<form\b[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes(`>${button}</button>`));
  if (!form) throw new Error(`The page has no form with a "${button}" button`);
  const fields: Array<[string, string]> = [];
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const attrs = Object.fromEntries([...tag.matchAll(/([^\s=/<>]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
    if (attrs.type === "hidden" && attrs.name) fields.push([attrs.name, attrs.value ?? ""]);
  }
  return fields;
}

/** Posts the fields to the page as the browser would (same origin), without following the answer's redirect. */
export async function postForm(pageUrl: string, cookie: string, fields: Array<[string, string]>): Promise<Answer> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  const response = await fetch(pageUrl, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: new URL(pageUrl).origin },
    body,
  });
  return {
    status: response.status,
    location: response.headers.get("location"),
    contentType: response.headers.get("content-type") ?? "",
    body: await response.text(),
  };
}
