import type { z } from "zod";

// Server actions receive FormData when a form posts (with or without JavaScript). These helpers turn it into
// the plain object the form's zod schema expects, and zod's issues into field errors keyed by the same
// dotted names the inputs use (e.g. "steps.2.amount").

const NEVER_ECHOED = /ssn|password|token|secret/i;

/** Repeated keys become arrays, dotted keys nested objects and arrays; Next's internal $ACTION fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = flat[key];
    if (existing === undefined) flat[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else flat[key] = [existing, value];
  }
  return nestDottedKeys(flat);
}

/** {"steps.0.amount": "5"} becomes {steps: [{amount: "5"}]}: numeric segments index arrays. */
export function nestDottedKeys<T>(flat: Record<string, T>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const segments = key.split(".");
    let node: Record<string, unknown> | unknown[] = out;
    segments.forEach((segment, i) => {
      const slot = /^\d+$/.test(segment) ? Number(segment) : segment;
      const container = node as Record<string | number, unknown>;
      if (i === segments.length - 1) container[slot] = value;
      else node = (container[slot] ??= /^\d+$/.test(segments[i + 1]!) ? [] : {}) as Record<string, unknown>;
    });
  }
  return out;
}

/** What the user typed, returned with a failure so a form re-rendered without JavaScript keeps it. */
export function echoFormValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || NEVER_ECHOED.test(key) || typeof value !== "string") continue;
    out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
