import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Server actions receive FormData when a form posts (with or without JavaScript). These helpers turn it into
// the plain object the form's zod schema expects, and zod's issues into field errors keyed by the same
// dotted names the inputs use (e.g. "steps.2.amount").
//
// The field names come from whoever sent the request, so they are walked defensively: a name such as
// `__proto__.x` must never reach Object.prototype (one such POST once broke every page of the process), and
// `tags.110000` must not make a 110,001-slot array that zod then walks and reports on slot by slot. The same
// limits apply to object inputs (actions called from client code), so every action's input is bounded before
// its schema sees it.

/** Limits on a request's shape. Every form of the portal stays far inside them. */
export const INPUT_LIMITS = {
  /** Fields in one form post (repeated names count once each). */
  fields: 1_000,
  /** Largest array index: the longest list a form may send is 201 rows (schemas cap most lists far lower). */
  index: 200,
  /** Nesting depth of a dotted name or an object input. */
  depth: 8,
  /** Length of one field name. */
  nameLength: 200,
  /** Values and containers in an object input, all levels together. */
  nodes: 10_000,
} as const;

/** Names that would reach an object's prototype if used as a key. */
const FORBIDDEN_SEGMENTS = new Set(["__proto__", "prototype", "constructor"]);
const INDEX = /^\d+$/;
const NEVER_ECHOED = /ssn|password|token|secret/i;

/** The one message for a request no form of ours would send; nothing is saved. */
export const MALFORMED_INPUT_MESSAGE =
  "This form arrived in a shape we cannot read, so nothing was saved. Reload the page and try again.";

const malformed = (why: string) => {
  const error = new AppError("VALIDATION", MALFORMED_INPUT_MESSAGE);
  error.cause = why;
  return error;
};

type Container = Record<string, unknown> | unknown[];

/** Repeated keys become arrays, dotted keys nested objects and arrays; Next's internal $ACTION fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = flat.get(key);
    if (existing === undefined) {
      if (flat.size >= INPUT_LIMITS.fields) throw malformed(`more than ${INPUT_LIMITS.fields} fields`);
      flat.set(key, value);
    } else if (Array.isArray(existing)) {
      if (existing.length > INPUT_LIMITS.index)
        throw malformed(`more than ${INPUT_LIMITS.index + 1} values for ${key}`);
      existing.push(value);
    } else flat.set(key, [existing, value]);
  }
  return nestDottedKeys(flat);
}

/**
 * {"steps.0.amount": "5"} becomes {steps: [{amount: "5"}]}: numeric segments index arrays. Objects have no
 * prototype; prototype names, indexes past INPUT_LIMITS.index, empty segments and a name used both as a value and
 * as a container (`email` and `email.x`) are refused with an AppError("VALIDATION").
 */
export function nestDottedKeys<T>(flat: Map<string, T> | Record<string, T>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  // Containers made here, as opposed to values that happen to be arrays (a repeated field's values).
  const made = new WeakSet<object>([out]);
  const entries = flat instanceof Map ? flat.entries() : Object.entries(flat);
  for (const [key, value] of entries) {
    if (key.length > INPUT_LIMITS.nameLength) throw malformed("field name too long");
    const segments = key.split(".");
    if (segments.length > INPUT_LIMITS.depth) throw malformed(`${key} nests too deep`);
    let node: Container = out;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (segment === "" || FORBIDDEN_SEGMENTS.has(segment)) throw malformed(`field name ${key}`);
      const isIndex = INDEX.test(segment);
      // Arrays take indexes and objects take names; the top level is an object.
      if (Array.isArray(node) !== isIndex) throw malformed(`${key} mixes list rows and names`);
      if (isIndex && (segment.length > 3 || Number(segment) > INPUT_LIMITS.index)) {
        throw malformed(`${key} indexes past ${INPUT_LIMITS.index}`);
      }
      const slots = node as Record<string, unknown>;
      const existing = slots[segment];
      if (i === segments.length - 1) {
        if (existing !== undefined) throw malformed(`${key} is sent both as a value and as a group`);
        slots[segment] = value;
        continue;
      }
      if (existing === undefined) {
        const child: Container = INDEX.test(segments[i + 1]!) ? [] : Object.create(null);
        made.add(child);
        slots[segment] = child;
        node = child;
      } else if (typeof existing === "object" && existing !== null && made.has(existing)) {
        node = existing as Container;
      } else {
        throw malformed(`${key} is sent both as a value and as a group`);
      }
    }
  }
  return out;
}

/**
 * Object inputs (an action called from client code with a plain object) get the same limits as form posts:
 * bounded depth, array lengths and total size, and no prototype names as keys.
 */
export function assertInputShape(input: unknown): void {
  let nodes = 0;
  const visit = (value: unknown, depth: number) => {
    if (++nodes > INPUT_LIMITS.nodes) throw malformed(`more than ${INPUT_LIMITS.nodes} values`);
    if (typeof value !== "object" || value === null || value instanceof Blob || value instanceof Date) return;
    if (depth > INPUT_LIMITS.depth) throw malformed("nested too deep");
    if (Array.isArray(value)) {
      if (value.length > INPUT_LIMITS.index + 1) throw malformed(`a list of ${value.length}`);
      for (const item of value) visit(item, depth + 1);
      return;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_SEGMENTS.has(key)) throw malformed(`key ${key}`);
      visit((value as Record<string, unknown>)[key], depth + 1);
    }
  };
  visit(input, 0);
}

/** What the user typed, returned with a failure so a form re-rendered without JavaScript keeps it. */
export function echoFormValues(formData: FormData): Record<string, string> {
  const echoed = new Map<string, string>();
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || NEVER_ECHOED.test(key) || typeof value !== "string") continue;
    const before = echoed.get(key);
    echoed.set(key, before === undefined ? value : `${before},${value}`);
  }
  // fromEntries defines own properties, so even a "__proto__" name stays a plain key.
  return Object.fromEntries(echoed);
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
