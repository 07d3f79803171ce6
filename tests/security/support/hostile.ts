import fc from "fast-check";
import type { Leaf, Shape } from "./zod-inputs";

// What an attacker sends instead of a form: values of the wrong type or past every limit, and requests of a shape
// no form of ours makes. Everything here can arrive over the wire: a form post carries strings and files, and a
// server action called from script is decoded by React, which also rebuilds Dates, BigInts, Maps, Sets, typed arrays,
// Blobs, NaN, Infinity, -0 and objects with any own keys (JSON's "__proto__" included).

export const KB100 = "A".repeat(100 * 1024);

const STRINGS = [
  "",
  "   ",
  "\u0000",
  "Pat\u0000Lee",
  '=HYPERLINK("http://attacker.example","click")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1:A9)",
  "\t=1+1",
  "\u202Eevil\u202C",
  "\uD800",
  "😀".repeat(300),
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../../etc/passwd",
  "line\r\nInjected-Header: yes",
  "9".repeat(400),
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "١٢٣",
  KB100,
  `${KB100}\u0000`,
];

const blob = () => new Blob(["not a file"], { type: "text/plain" });

/** Values of every other type, as an object input (from script) may carry them. */
const OTHER_TYPES: Array<() => unknown> = [
  () => null,
  () => true,
  () => false,
  () => 0,
  () => -1,
  () => 1.5,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => -0,
  () => 2n ** 70n,
  () => [],
  () => ["a", "b"],
  () => [[["deep"]]],
  () => ({}),
  () => ({ a: { b: "c" } }),
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  () => new Date(0),
  () => new Date(Number.NaN),
  () => new Map([["a", "b"]]),
  () => new Set(["a"]),
  () => blob(),
  () => new File(["%PDF-1.7\n"], "x.pdf", { type: "application/pdf" }),
  () => new Uint8Array([0, 1, 2]),
];

const fromFactories = (factories: Array<() => unknown>) =>
  fc.integer({ min: 0, max: factories.length - 1 }).map((i) => factories[i]!());

function leafWrong(leaf: Leaf): fc.Arbitrary<unknown> {
  const specific: unknown[] = [];
  if (leaf.type === "string") {
    if (leaf.max !== undefined) specific.push("x".repeat(leaf.max + 1), ` ${"y".repeat(leaf.max)} `);
    if (leaf.min) specific.push("", " ".repeat(leaf.min));
  }
  if (leaf.type === "number") {
    for (const edge of [leaf.min, leaf.max]) if (edge !== undefined) specific.push(String(edge - 1), String(edge + 1));
    specific.push("1.5", "abc", " 7 ", String(Number.MAX_SAFE_INTEGER + 2));
  }
  if ((leaf.type === "enum" || leaf.type === "literal") && leaf.values?.length) {
    const first = String(leaf.values[0]);
    specific.push(first.toLowerCase(), first.toUpperCase(), ` ${first}`, `${first}\u0000`, [first, first]);
  }
  if (leaf.type === "file") specific.push("a string where a file goes", ...BAD_FILES.map((f) => f()));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...STRINGS) },
    { weight: 2, arbitrary: fromFactories(OTHER_TYPES) },
    { weight: specific.length ? 3 : 0, arbitrary: specific.length ? fc.constantFrom(...specific) : fc.constant("") },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  );
}

/** Files no form should accept: empty, lying about their type, truncated, or a header with garbage behind it. */
export const BAD_FILES: Array<() => File> = [
  () => new File([], "empty.pdf", { type: "application/pdf" }),
  () => new File(["%PDF-1.7\n%garbage\n1 0 obj <<>>"], "truncated.pdf", { type: "application/pdf" }),
  () => new File([new Uint8Array(2048).fill(0x41)], "letters.pdf", { type: "application/pdf" }),
  () => new File(["<html></html>"], "page.html", { type: "text/html" }),
  () =>
    new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4])], "logo.png", {
      type: "image/png",
    }),
  () => new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0])], "logo.jpg", { type: "image/jpeg" }),
  () => new File(["GIF89a"], "logo.gif", { type: "image/gif" }),
];

/** A wrong value for a field of this shape. */
export function wrongValue(shape: Shape): fc.Arbitrary<unknown> {
  if (shape.kind === "leaf") return leafWrong(shape);
  return fc.oneof(
    fc.constantFrom(...STRINGS.slice(0, 12)),
    fromFactories(OTHER_TYPES),
    // A list past the form limits, or rows with holes.
    fc.constant(Array.from({ length: 202 }, () => "x")),
    fc.constant([undefined, null, {}]),
  );
}

const deep = (depth: number): unknown => (depth === 0 ? "bottom" : { a: deep(depth - 1) });

/** Whole inputs no form makes: not an object, a prototype key, too deep, too long, too many values, huge strings. */
export const HOSTILE_OBJECTS: Array<() => unknown> = [
  () => undefined,
  () => null,
  () => "just a string",
  () => 42,
  () => true,
  () => [],
  () => [{ a: 1 }],
  () => new Map([["email", "a@b.c"]]),
  () => new Set([1]),
  () => new Date(),
  () => 10n,
  () => blob(),
  () => new FormData(),
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  () => JSON.parse('{"a": {"__proto__": {"polluted": "yes"}}}'),
  () => JSON.parse('{"prototype": 1}'),
  () => deep(9),
  () => deep(60),
  () => ({ list: Array.from({ length: 202 }, (_, i) => i) }),
  () => ({ list: Array.from({ length: 5_000 }, (_, i) => i) }),
  () => ({ grid: Array.from({ length: 120 }, () => Array.from({ length: 120 }, () => 1)) }),
  () => ({ a: KB100, b: KB100, c: [KB100, KB100], d: { e: KB100 } }),
];
export const hostileObjects: fc.Arbitrary<unknown> = fromFactories(HOSTILE_OBJECTS);

/** Field names no form of ours posts, each set added to a form post. */
export const HOSTILE_NAMES: Array<Array<[string, string]>> = [
  ...[
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "a.__proto__.polluted",
    "prototype",
    "list.110000",
    "list.201",
    "list.0001",
    "list.-1",
    "list.1e3",
    "a.b.c.d.e.f.g.h.i",
    "x.",
    ".x",
    "a..b",
    "n".repeat(201),
    "$ACTION_ID_0123456789abcdef",
    "$ACTION_REF_1",
  ].map((name) => [[name, "yes"]] as Array<[string, string]>),
  // A name sent both as a value and as a group.
  [
    ["email", "a@example.test"],
    ["email.x", "1"],
  ],
  // Too many fields, or too many values for one name.
  Array.from({ length: 1_001 }, (_, i) => [`f${i}`, "1"] as [string, string]),
  Array.from({ length: 203 }, () => ["repeated", "1"] as [string, string]),
];
export const hostileNames = fc.constantFrom(...HOSTILE_NAMES);

/** What a browser would post for an object: dotted names for nesting, repeated names for lists of values. */
export function toFormData(input: unknown, extra: Array<[string, string]> = []): FormData {
  const form = new FormData();
  const put = (name: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (value instanceof Blob) form.append(name, value);
    else if (value instanceof Date || value instanceof Map || value instanceof Set || typeof value !== "object") {
      form.append(name, String(value));
    } else if (Array.isArray(value)) {
      const rows = value.some((v) => typeof v === "object" && v !== null && !(v instanceof Blob));
      value.forEach((v, i) => put(rows ? `${name}.${i}` : name, v));
    } else {
      for (const [k, v] of Object.entries(value)) put(name ? `${name}.${k}` : k, v);
    }
  };
  if (typeof input === "object" && input !== null && !(input instanceof Blob)) put("", input);
  for (const [name, value] of extra) form.append(name, value);
  return form;
}
