import type { z } from "zod";

// Server actions receive FormData when a form posts (with or without JavaScript). These helpers turn it into
// the plain object the form's zod schema expects, and zod's issues into field errors keyed by the same
// dotted names the inputs use (e.g. "steps.2.amount").

const NEVER_ECHOED = /ssn|password|token|secret/i;

/** Repeated keys become arrays; Next's internal $ACTION fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
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
