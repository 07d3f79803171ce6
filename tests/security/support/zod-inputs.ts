import fc from "fast-check";
import { wrongValue } from "./hostile";

// Inputs shaped from an action's own zod schema: the schema is walked (zod 4 keeps its definition on `_zod.def`)
// into the fields a form of that action posts, each with a plausible value (what the form would send) and wrong
// ones for its type and limits. An input is a plausible one with a few fields made wrong, removed or joined by a
// stranger, so most inputs fail on one field while the rest is right, and some pass validation and reach the
// handler with odd but valid values.

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) =>
  ((def.checks as Array<{ _zod: { def: Record<string, unknown> } }> | undefined) ?? []).map((c) => c._zod.def);

export type Leaf = {
  kind: "leaf";
  type: "string" | "number" | "enum" | "literal" | "file" | "boolean" | "unknown";
  min?: number;
  max?: number;
  int?: boolean;
  values?: readonly unknown[];
  patterns?: RegExp[];
  format?: string;
};
export type Shape = (
  Leaf | { kind: "object"; fields: Record<string, Shape> } | { kind: "array"; element: Shape; min: number; max: number }
) & { optional?: boolean };

/** The fields of a zod 4 schema, as far as its definition tells (refinements are opaque; field pools cover them). */
export function shapeOf(schema: unknown): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return { ...shapeOf(def.innerType), optional: true };
    case "pipe": {
      // z.preprocess(fn, s) is a pipe from a transform: the form posts what `s` reads. Otherwise the input side.
      const from = defOf(def.in);
      return from.type === "transform" ? shapeOf(def.out) : shapeOf(def.in);
    }
    case "object":
      return {
        kind: "object",
        fields: Object.fromEntries(
          Object.entries(def.shape as Record<string, unknown>).map(([k, v]) => [k, shapeOf(v)]),
        ),
      };
    case "array": {
      const checks = checksOf(def);
      const min = checks.find((c) => c.check === "min_length")?.minimum as number | undefined;
      const max = checks.find((c) => c.check === "max_length")?.maximum as number | undefined;
      return { kind: "array", element: shapeOf(def.element), min: min ?? 0, max: max ?? 5 };
    }
    case "string": {
      const checks = checksOf(def);
      return {
        kind: "leaf",
        type: "string",
        min: checks.find((c) => c.check === "min_length")?.minimum as number | undefined,
        max: checks.find((c) => c.check === "max_length")?.maximum as number | undefined,
        format: checks.find((c) => c.check === "string_format" && c.format !== "regex")?.format as string | undefined,
        patterns: checks
          .filter((c) => c.check === "string_format" && c.format === "regex")
          .map((c) => c.pattern as RegExp),
      };
    }
    case "number": {
      const checks = checksOf(def);
      return {
        kind: "leaf",
        type: "number",
        int: checks.some((c) => c.format === "safeint"),
        min: checks.find((c) => c.check === "greater_than")?.value as number | undefined,
        max: checks.find((c) => c.check === "less_than")?.value as number | undefined,
      };
    }
    case "enum":
      return { kind: "leaf", type: "enum", values: Object.values(def.entries as Record<string, unknown>) };
    case "literal":
      return { kind: "leaf", type: "literal", values: def.values as unknown[] };
    case "boolean":
      return { kind: "leaf", type: "boolean" };
    // z.instanceof(File) is the only custom check in the portal's schemas.
    case "custom":
      return { kind: "leaf", type: "file" };
    default:
      return { kind: "leaf", type: "unknown" };
  }
}

/**
 * Plausible values by field name, for fields whose rule is a refinement the definition cannot show (a phone
 * number, a state, a date in a range, a dollar amount) or whose value only the fixtures know (a real token).
 */
export type FieldPool = Record<string, fc.Arbitrary<unknown>>;

/** Strings with nothing but "no NUL" to match: ordinary text. */
const NO_NUL_ONLY = (patterns: RegExp[] = []) => patterns.every((p) => p.source === "^[^\\u0000]*$");
const TEXT = /^[A-Z][a-z]{2,12}( [A-Z][a-z]{1,12}){0,3}$/;

function plausibleLeaf(leaf: Leaf): fc.Arbitrary<unknown> {
  switch (leaf.type) {
    case "enum":
    case "literal":
      return fc.constantFrom(...(leaf.values as unknown[]));
    case "number": {
      const min = Math.max(leaf.min ?? 0, -1_000_000);
      const max = Math.min(leaf.max ?? min + 100, min + 1_000_000);
      // Forms post numbers as text.
      return fc.integer({ min, max }).map(String);
    }
    case "boolean":
      return fc.boolean();
    case "string": {
      if (leaf.format === "email") return fc.nat({ max: 1_000_000 }).map((n) => `fuzz.${n}@example.test`);
      const max = leaf.max ?? 200;
      const text = NO_NUL_ONLY(leaf.patterns)
        ? fc.stringMatching(TEXT)
        : fc.stringMatching(leaf.patterns![leaf.patterns!.length - 1]!);
      return text.map((s) => s.slice(0, max)).filter((s) => s.trim().length >= (leaf.min ?? 0));
    }
    case "file":
      return fc.constant(undefined);
    default:
      return fc.constant("x");
  }
}

/** A plausible value of the whole shape (what the action's form would post), with pools winning by field name. */
export function plausible(shape: Shape, pool: FieldPool, name = ""): fc.Arbitrary<unknown> {
  const pooled = pool[name];
  if (pooled) return pooled;
  if (shape.kind === "object") {
    const keys = Object.keys(shape.fields);
    return fc.record(Object.fromEntries(keys.map((k) => [k, plausible(shape.fields[k]!, pool, k)])), {
      requiredKeys: keys.filter((k) => !shape.fields[k]!.optional || pool[k]),
    });
  }
  if (shape.kind === "array") {
    return fc.array(plausible(shape.element, pool), {
      minLength: shape.min,
      maxLength: Math.min(shape.max, shape.min + 3),
    });
  }
  return plausibleLeaf(shape);
}

/** Every path to a field a form posts (array rows as index 0), with its shape. */
export function leafPaths(shape: Shape, prefix: string[] = []): Array<{ path: string[]; shape: Shape }> {
  if (shape.kind === "object") {
    const own = prefix.length ? [{ path: prefix, shape }] : [];
    return [...own, ...Object.entries(shape.fields).flatMap(([k, s]) => leafPaths(s, [...prefix, k]))];
  }
  if (shape.kind === "array") return [{ path: prefix, shape }, ...leafPaths(shape.element, [...prefix, "0"])];
  return [{ path: prefix, shape }];
}

export type Mutation =
  | { path: string[]; value: unknown }
  | { path: string[]; remove: true }
  | { path: string[]; corrupt: (text: string, at: number) => string; at: number };

/**
 * Ways to spoil a plausible text while keeping it plausible-looking: a NUL or a control character inside, a formula
 * prefix, invisible or look-alike characters, surrounding blanks, a case change, or one character past any limit.
 */
const insert = (t: string, at: number, what: string) =>
  `${t.slice(0, at % (t.length + 1))}${what}${t.slice(at % (t.length + 1))}`;
const withNul = (t: string, at: number) => insert(t, at, "\u0000");
const asFormula = (t: string) => `=${t}`;
const tooLong = (t: string) => `${t}${"x".repeat(2_001)}`;
const CORRUPTIONS: Array<(text: string, at: number) => string> = [
  withNul,
  (t, at) => insert(t, at, "\u0007\u001b"),
  asFormula,
  (t) => `+${t}`,
  (t) => `-${t}`,
  (t) => `@${t}`,
  (t) => `\u200b${t}\u200b`,
  (t) => `\u202e${t}`,
  (t) => t.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
  (t) => `  ${t}\t\n`,
  (t) => t.toUpperCase(),
  (t) => t.toLowerCase(),
  tooLong,
  (t) => t.repeat(3),
  (t) => `${t}\uD800`,
];

/** Sets (or removes) the value at a path, making plain containers on the way. */
export function applyMutation(input: unknown, mutation: Mutation): unknown {
  const root: Record<string, unknown> =
    typeof input === "object" && input !== null && !Array.isArray(input) ? { ...(input as object) } : {};
  let node: Record<string, unknown> = root;
  mutation.path.forEach((segment, i) => {
    const last = i === mutation.path.length - 1;
    if (last) {
      if ("remove" in mutation) delete node[segment];
      else if ("corrupt" in mutation) {
        const current = node[segment];
        if (typeof current === "string") node[segment] = mutation.corrupt(current, mutation.at);
        else if (Array.isArray(current) && typeof current[0] === "string") {
          node[segment] = [mutation.corrupt(current[0], mutation.at), ...current.slice(1)];
        } else node[segment] = mutation.corrupt("", mutation.at);
      } else Object.defineProperty(node, segment, { value: mutation.value, enumerable: true, writable: true });
      return;
    }
    const next = node[segment];
    const copy: Record<string, unknown> = Array.isArray(next)
      ? ([...next] as unknown as Record<string, unknown>)
      : typeof next === "object" && next !== null && !(next instanceof Blob)
        ? { ...(next as object) }
        : /^\d+$/.test(mutation.path[i + 1] ?? "")
          ? ([] as unknown as Record<string, unknown>)
          : {};
    node[segment] = copy;
    node = copy;
  });
  return root;
}

/**
 * Inputs for a schema: a plausible input with up to three fields set to a wrong value for their shape, removed, or
 * joined by a field of a hostile name.
 */
export function schemaInputs(shape: Shape, pool: FieldPool): fc.Arbitrary<unknown> {
  const paths = leafPaths(shape);
  const mutation: fc.Arbitrary<Mutation> = paths.length
    ? fc.oneof(
        {
          weight: 4,
          arbitrary: fc
            .constantFrom(...paths)
            .chain((p) => wrongValue(p.shape).map((value) => ({ path: p.path, value }))),
        },
        {
          weight: 4,
          arbitrary: fc
            .tuple(fc.constantFrom(...paths), fc.constantFrom(...CORRUPTIONS), fc.nat())
            .map(([p, corrupt, at]) => ({ path: p.path, corrupt, at })),
        },
        { weight: 1, arbitrary: fc.constantFrom(...paths).map((p) => ({ path: p.path, remove: true as const })) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "$ACTION_ID_x", "extra"),
              fc.string(),
            )
            .map(([key, value]) => ({ path: [key], value })),
        },
      )
    : fc.constant({ path: ["extra"], value: "x" });
  return fc
    .tuple(plausible(shape, pool), fc.array(mutation, { minLength: 0, maxLength: 3 }))
    .map(([base, mutations]) => mutations.reduce<unknown>((input, m) => applyMutation(input, m), base));
}

/**
 * One input per field and kind of spoiling, each on its own on an otherwise valid input: a NUL inside, a formula
 * prefix, a value far past any length limit, a list where one value goes, a value of the wrong type, the field left
 * out. Whatever a schema lets through reaches the handler with that one odd field.
 */
export function fieldSweep(shape: Shape, base: unknown): Array<{ input: unknown; what: string }> {
  const spoil: Array<[string, (path: string[]) => Mutation]> = [
    ["NUL inside", (path) => ({ path, corrupt: withNul, at: 3 })],
    ["formula prefix", (path) => ({ path, corrupt: asFormula, at: 0 })],
    ["too long", (path) => ({ path, corrupt: tooLong, at: 0 })],
    ["a list", (path) => ({ path, value: ["a", "b"] })],
    ["an object", (path) => ({ path, value: { x: "1" } })],
    ["left out", (path) => ({ path, remove: true })],
  ];
  return leafPaths(shape).flatMap(({ path }) =>
    spoil.map(([what, mutation]) => ({
      input: applyMutation(base, mutation(path)),
      what: `${path.join(".")}: ${what}`,
    })),
  );
}
