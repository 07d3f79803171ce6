import fc from "fast-check";
import type { z } from "zod";
import { formDataToObject } from "@/lib/forms/form-data";
import { HOSTILE_NAMES, HOSTILE_OBJECTS, hostileNames, hostileObjects, toFormData } from "./hostile";
import { fieldSweep, plausible, schemaInputs, shapeOf, type FieldPool } from "./zod-inputs";

// The calls the fuzzer makes to one action, planned before any is made.

/** One call: the arguments, and how to describe them in a failure. */
export type Call = { args: unknown[]; describe: string };
/** A call, and whether its input passes the action's schema. */
export type Planned = { call: Call; valid: boolean };

export const describeValue = (v: unknown) => {
  if (!(v instanceof FormData)) return fc.stringify(v).slice(0, 300);
  const keys = [...v.keys()];
  return `FormData(${keys
    .slice(0, 12)
    .map((k) => k.slice(0, 40))
    .join(", ")}${keys.length > 12 ? ", …" : ""})`;
};

const call = (args: unknown[], describe = args.map(describeValue).join(" , ")): Call => ({ args, describe });

/** The ways a client sends an input: an object from script, a form post, useActionState's (state, form). */
function calls(input: fc.Arbitrary<unknown>): fc.Arbitrary<Call> {
  const previous = fc.constantFrom<unknown>(null, { ok: false, message: "x", fieldErrors: {} });
  return fc.oneof(
    { weight: 4, arbitrary: input.map((v) => call([v])) },
    // A form post, sometimes with names no form has.
    {
      weight: 5,
      arbitrary: fc
        .tuple(input, fc.option(hostileNames, { freq: 5 }))
        .map(([v, names]) => call([toFormData(v, names ?? [])])),
    },
    { weight: 1, arbitrary: fc.tuple(previous, input).map(([p, v]) => call([p, toFormData(v)])) },
    // Shapes no form sends.
    { weight: 2, arbitrary: hostileObjects.map((v) => call([v])) },
  );
}

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Keys something added to Object.prototype, removed again so the rest of the run is not broken by them. */
export function pollution(): string[] {
  const added = Object.getOwnPropertyNames(Object.prototype).filter((k) => !PROTOTYPE_KEYS.has(k));
  for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
  return added;
}

/**
 * Whether the input passes the schema, read as the action reads it. An input whose reading pollutes
 * Object.prototype counts as invalid here (the pollution is undone); the call itself then shows it.
 */
export async function passesSchema(schema: z.ZodType, args: unknown[]) {
  const raw = args[1] instanceof FormData ? args[1] : args[0];
  try {
    const input = raw instanceof FormData ? formDataToObject(raw) : raw;
    const passes = (await schema.safeParseAsync(input)).success;
    return pollution().length === 0 && passes;
  } catch {
    pollution();
    return false;
  }
}

export type PlanOptions = {
  seed: number;
  pool: FieldPool;
  preferred: FieldPool;
  /** Inputs per action at least. */
  total: number;
  /** Random inputs at least, however long the field sweep. */
  randomMin: number;
  /** Random inputs that pass the schema at most (each reaches the handler, where some build a PDF). */
  validRandom: number;
};

/**
 * An action's inputs: the field sweep on a valid form post (each field spoiled on its own: support/zod-inputs.ts),
 * every hostile shape of support/hostile.ts, the valid post itself, then random mixtures of wrong fields and hostile
 * shapes. The sweep comes before the valid
 * post, whose success can use up what the sweep would reach (interest is sent to a candidate once).
 */
export async function planInputs(schema: z.ZodType, o: PlanOptions): Promise<Planned[]> {
  const shape = shapeOf(schema);
  const planned: Planned[] = [];
  const add = async (c: Call) => planned.push({ call: c, valid: await passesSchema(schema, c.args) });

  const firstValid = async (pool: FieldPool) => {
    for (const candidate of fc.sample(plausible(shape, pool), { numRuns: 100, seed: o.seed })) {
      if (await passesSchema(schema, [candidate])) return candidate;
    }
    return undefined;
  };
  const base =
    (await firstValid({ ...o.pool, ...o.preferred })) ??
    (await firstValid(o.pool)) ??
    fc.sample(plausible(shape, o.pool), { numRuns: 1, seed: o.seed })[0];

  for (const [i, { input, what }] of fieldSweep(shape, base).entries()) {
    const args = i % 2 ? [input] : [toFormData(input)];
    await add(call(args, `${what} (${i % 2 ? "object" : "form post"}): ${describeValue(args[0])}`));
  }
  // Every hostile shape, to every action: names no form has in its valid post, and whole inputs no form makes.
  for (const names of HOSTILE_NAMES) {
    await add(call([toFormData(base, names)], `its valid post with ${names.length} hostile name(s): ${names[0]![0]}`));
  }
  for (const make of HOSTILE_OBJECTS) await add(call([make()]));
  await add(call([toFormData(base)], `the plausible form post ${describeValue(base)}`));

  const wanted = planned.length + Math.max(o.randomMin, o.total - planned.length);
  let validRandom = 0;
  for (const c of fc.sample(calls(schemaInputs(shape, o.pool)), { numRuns: 3 * o.total, seed: o.seed })) {
    if (planned.length === wanted) break;
    const valid = await passesSchema(schema, c.args);
    if (valid && validRandom === o.validRandom) continue;
    if (valid) validRandom++;
    planned.push({ call: c, valid });
  }
  return planned;
}

/** Runs fn over items, `limit` at a time. */
export async function mapLimit<T>(items: T[], limit: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
