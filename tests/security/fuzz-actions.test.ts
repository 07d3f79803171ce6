import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-client";
import { NOT_YET_PARTNER } from "@/lib/authz/partner";
import { db } from "@/lib/db";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { MALFORMED_INPUT_MESSAGE } from "@/lib/forms/form-data";
import { NOT_YET_LISTABLE } from "@/lib/listings/schemas";
import { requestScope } from "../support/request-scope";
import { describeValue, mapLimit, planInputs, pollution, type Call, type Planned } from "./support/fuzz-calls";
import { buildWorld, fieldPool, preferredValues, type World } from "./support/fuzz-world";
import { actAs, anonymous, type Principal } from "./support/principals";
import { loadServerExports, type ServerExport } from "./support/server-actions";
import { installWriteLog, removeWriteLog, writeMark, writesAfter, type Writes } from "./support/write-log";

// Every server action, called with generated inputs by the least privileged person it lets in, against the real
// database. Inputs come from the action's own schema (a valid form post spoiled one field at a time, then random
// mixtures of wrong fields) and from shapes no form sends (support/hostile.ts), as objects and as form posts. Each
// call must
//   - return an ActionResult or throw Next's redirect/notFound, never anything else;
//   - never answer with the generic "Something went wrong" (the action's 500);
//   - write nothing when it fails: a row trigger on every table logs what each call wrote (support/write-log.ts).
// Only two kinds of refusal write, by design, and each is checked for what it writes: rate-limit counters (the
// limits run in the handler, after parsing, so only input that passed validation is counted, and a refused request
// still counts), and the email and audit event by which an attempt to register an existing organization tells its
// owners. A fixed seed makes a failure reproducible; FUZZ_SEED picks another. The one action outside the action
// client, Auth.js's sign-out (support/server-actions.ts), reads no input and is not fuzzed.

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const PLAN = { total: 210, randomMin: 60, validRandom: 8 };
/** Each action's calls run as this many tests, so none comes near the test timeout on a busy machine. */
const PARTS = 6;
/** Invalid inputs run this many at a time (they only read). */
const CONCURRENCY = 4;
const PARTNER_REFUSALS = [NOT_YET_PARTNER, NOT_YET_LISTABLE];
const CLIENT_IP = { "x-forwarded-for": "203.0.113.77" };

type Action = (...args: unknown[]) => Promise<unknown>;
type Outcome = "redirect" | "ok" | "refused" | "generic" | "thrown";
type Answer = { outcome: Outcome; result?: ActionResult<unknown>; detail?: string };

const actions = (await loadServerExports()).filter((e) => e.definition);

const totals = {
  actions: new Set<string>(),
  inputs: 0,
  valid: 0,
  succeeded: 0,
  thrown: 0,
  generic: 0,
  rowsWritten: 0,
  recordedRefusals: 0,
  slowestMs: 0,
  slowest: "",
};

let world: World;

const isActionResult = (v: unknown): v is ActionResult<unknown> =>
  typeof v === "object" &&
  v !== null &&
  "ok" in v &&
  (v.ok === true || typeof (v as { message?: unknown }).message === "string");

/** What one call did: a result, Next's redirect or notFound (how actions end on success), or anything else thrown. */
async function call(action: Action, who: Principal, args: unknown[], label: string): Promise<Answer> {
  const answer = await answerOf(action, who, args, label);
  const polluted = pollution();
  if (polluted.length) return { outcome: "thrown", detail: `it set Object.prototype.${polluted.join(", ")}` };
  return answer;
}

async function answerOf(action: Action, who: Principal, args: unknown[], label: string): Promise<Answer> {
  const started = performance.now();
  try {
    const result = await actAs(who, () => action(...args));
    if (!isActionResult(result)) return { outcome: "thrown", detail: `returned ${describeValue(result)}` };
    if (result.ok) return { outcome: "ok", result };
    return { outcome: result.message === GENERIC_ERROR_MESSAGE ? "generic" : "refused", result };
  } catch (error) {
    if (isRedirectError(error) || isHTTPAccessFallbackError(error)) return { outcome: "redirect" };
    return { outcome: "thrown", detail: String(error).slice(0, 300) };
  } finally {
    const ms = performance.now() - started;
    if (ms > totals.slowestMs) Object.assign(totals, { slowestMs: ms, slowest: label });
  }
}

const rowsOf = (writes: Writes) => Object.values(writes).reduce((a, b) => a + b, 0);

/** Whether a refusal's writes are one of the two kinds that record a request by design (see the top). */
function recordedByDesign(writes: Writes, message: string) {
  const tables = Object.keys(writes).map((k) => k.split(".")[0]);
  if (tables.every((t) => t === "RateLimit")) return true;
  return (
    message.startsWith("An organization with") &&
    tables.every((t) => t === "RateLimit" || t === "MailMessage" || t === "AuditEvent")
  );
}

/** Everything one action's parts share: who may call it, its schema, its planned calls, who gets the valid ones. */
type ActionRun = {
  entry: ServerExport;
  action: Action;
  principals: Principal[];
  planned: Planned[];
  /** Valid inputs go to the principal whose organization the action serves (see runPart). */
  deep: Principal;
  deepChosen: boolean;
  /** [from, to) of each part: contiguous, in order, and about equally long to run. */
  parts: Array<[number, number]>;
};

/** A valid input reaches the handler, which takes many times longer than a refusal at the schema. */
const VALID_WEIGHT = 10;

function splitIntoParts(planned: Planned[]): Array<[number, number]> {
  const weights = planned.map((p) => (p.valid ? VALID_WEIGHT : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const parts: Array<[number, number]> = [];
  let from = 0;
  let sum = 0;
  for (let i = 0; i < planned.length; i++) {
    sum += weights[i]!;
    if (parts.length < PARTS - 1 && sum >= (total * (parts.length + 1)) / PARTS) {
      parts.push([from, i + 1]);
      from = i + 1;
    }
  }
  parts.push([from, planned.length]);
  while (parts.length < PARTS) parts.push([planned.length, planned.length]);
  return parts;
}
const runs = new Map<string, Promise<ActionRun>>();

/** The least privileged principals the action lets in: the first whose request reaches input parsing. */
async function admittedPrincipals(action: Action): Promise<Principal[]> {
  const ladder: Principal[][] = [
    [anonymous],
    [world.onboarding.member, world.partner.member],
    [world.onboarding.admin, world.partner.admin],
    [world.onboarding.owner, world.partner.owner],
    [world.reviewer],
    [world.staffAdmin],
  ];
  for (const principals of ladder) {
    const probe = await call(action, principals[0]!, [JSON.parse('{"constructor": "probe"}')], "probe");
    // Refused as malformed (or, were that guard gone, by the schema): authorization, which comes first, let it by.
    const refusal = probe.result && !probe.result.ok ? probe.result : null;
    if (refusal && (refusal.message === MALFORMED_INPUT_MESSAGE || Object.keys(refusal.fieldErrors).length)) {
      return principals;
    }
  }
  throw new Error("no principal reaches this action's input parsing");
}

async function prepare(entry: ServerExport, index: number): Promise<ActionRun> {
  const action = entry.value as Action;
  const principals = await admittedPrincipals(action);
  const { schema } = entry.definition!;
  // A schema built per organization (enrollment limits, the local minimum wage) has the same fields for every one.
  const resolved =
    typeof schema === "function"
      ? await (schema as (ctx: unknown) => Promise<z.ZodType>)({ org: { id: world.onboarding.org.id } })
      : schema;
  const planned = await planInputs(resolved, {
    ...PLAN,
    seed: SEED + index,
    pool: fieldPool(world),
    preferred: preferredValues(world),
  });
  return {
    entry,
    action,
    principals,
    planned,
    deep: principals[0]!,
    deepChosen: principals.length === 1,
    parts: splitIntoParts(planned),
  };
}

/** Runs one part of an action's planned calls and returns what went wrong. */
async function runPart(r: ActionRun, part: number): Promise<string[]> {
  const failures: string[] = [];
  const fail = (c: Call, who: Principal, problem: string) =>
    failures.push(`${r.entry.id} as ${who.name}: ${problem}\n    input: ${c.describe.slice(0, 400)}`);
  const count = (c: Call, valid: boolean, who: Principal, { outcome, detail }: Answer) => {
    totals.inputs++;
    if (valid) totals.valid++;
    const succeeded = outcome === "ok" || outcome === "redirect";
    if (succeeded) totals.succeeded++;
    if (succeeded && !valid) fail(c, who, "succeeded although its input fails the action's schema here");
    if (outcome === "thrown") totals.thrown++;
    if (outcome === "thrown") fail(c, who, `threw: ${detail}`);
    if (outcome === "generic") totals.generic++;
    if (outcome === "generic") fail(c, who, "answered with the generic error (its cause is logged above)");
  };
  const label = (c: Call) => `${r.entry.id} ${c.describe.slice(0, 160)}`;

  const [from, to] = r.parts[part]!;
  let mark = await writeMark(db);
  for (let i = from; i < to;) {
    const { call: c, valid } = r.planned[i]!;
    if (valid) {
      let answer = await call(r.action, r.deep, c.args, label(c));
      // Employer-partner actions refuse the organization still onboarding: the first valid input tells.
      const refusal = answer.result && !answer.result.ok ? answer.result.message : "";
      if (!r.deepChosen && PARTNER_REFUSALS.includes(refusal)) {
        count(c, valid, r.deep, answer);
        r.deep = r.principals[1]!;
        answer = await call(r.action, r.deep, c.args, label(c));
      }
      r.deepChosen = true;
      count(c, valid, r.deep, answer);
      // A valid input may succeed and write, so what it wrote is read right after it.
      const after = await writesAfter(db, mark);
      mark = after.mark;
      const rows = rowsOf(after.writes);
      if (answer.outcome !== "ok" && answer.outcome !== "redirect" && rows > 0) {
        const message = answer.result && !answer.result.ok ? answer.result.message : answer.outcome;
        if (answer.outcome === "refused" && recordedByDesign(after.writes, message)) totals.recordedRefusals++;
        else {
          totals.rowsWritten += rows;
          fail(c, r.deep, `failed ("${message}") but wrote ${JSON.stringify(after.writes)}`);
        }
      }
      i++;
      continue;
    }
    // A run of invalid inputs: each can only be refused and must write nothing, so they go a few at a time and what
    // they wrote is read once for the run.
    let end = i;
    while (end < to && !r.planned[end]!.valid) end++;
    const batch = r.planned.slice(i, end);
    await mapLimit(batch, CONCURRENCY, async ({ call: c }, k) => {
      const who = r.principals[(i + k) % r.principals.length]!;
      count(c, false, who, await call(r.action, who, c.args, label(c)));
    });
    const after = await writesAfter(db, mark);
    mark = after.mark;
    if (rowsOf(after.writes) > 0) {
      totals.rowsWritten += rowsOf(after.writes);
      const suspects = batch.map((b) => b.call.describe.slice(0, 120)).join("\n      ");
      fail(
        batch[0]!.call,
        r.principals[0]!,
        `invalid inputs wrote ${JSON.stringify(after.writes)}:\n      ${suspects}`,
      );
    }
    i = end;
  }
  return failures;
}

describe("fuzzing every server action", () => {
  beforeAll(async () => {
    world = await buildWorld();
    await installWriteLog(db);
  });
  afterAll(() => removeWriteLog(db));

  describe.each(actions.map((entry, index) => [entry.id, entry, index] as const))("%s", (id, entry, index) => {
    it.each(Array.from({ length: PARTS }, (_, part) => part))(`inputs, part %i of ${PARTS}`, async (part) => {
      requestScope.setHeaders(CLIENT_IP);
      if (!runs.has(id)) runs.set(id, prepare(entry, index));
      const r = await runs.get(id)!;
      const failures = await runPart(r, part);
      totals.actions.add(id);
      expect(failures.slice(0, 5).join("\n")).toBe("");
    });
  });

  it("called every action, and none failed unexpectedly or wrote when it failed", () => {
    console.log(
      `fuzz: ${totals.inputs.toLocaleString("en-US")} inputs to ${totals.actions.size} actions, ` +
        `${totals.thrown + totals.generic} unexpected errors, ${totals.rowsWritten} rows written`,
    );
    console.log(
      `fuzz: ${totals.valid.toLocaleString("en-US")} inputs passed validation, ${totals.succeeded} calls succeeded, ` +
        `${totals.recordedRefusals} refusals recorded by design; slowest call ${Math.round(totals.slowestMs)} ms ` +
        `(${totals.slowest.slice(0, 120)}); seed ${SEED}`,
    );
    expect(totals.actions.size).toBe(actions.length);
    expect(totals.inputs).toBeGreaterThanOrEqual(10_000);
    expect({ thrown: totals.thrown, generic: totals.generic, rowsWritten: totals.rowsWritten }).toEqual({
      thrown: 0,
      generic: 0,
      rowsWritten: 0,
    });
  });
});
