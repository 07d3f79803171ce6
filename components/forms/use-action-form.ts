"use client";

import {
  startTransition,
  useActionState,
  useCallback,
  useEffect,
  useRef,
  useState,
  type FormEvent,
  type SyntheticEvent,
} from "react";
import type { z } from "zod";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { fieldErrorsOf, formDataToObject, nestDottedKeys } from "@/lib/forms/form-data";

/**
 * A form's schema, or a function that imports it (`() => import("…/schemas").then((m) => m.XSchema)`). zod is about
 * 30 KiB of the browser's first load (gzipped) and building a schema is work on the main thread, so the public
 * pages pass the import: zod then arrives on the first focus or tap on the page, before the first check needs it.
 * Either way it is the one schema the server action parses with.
 */
export type SchemaSource<S> = S | (() => Promise<S>);

// The pages' Content-Security-Policy (proxy.ts) allows no eval. Zod probes for `new Function` when it builds an
// object schema, and the probe shows up as a policy violation even though zod catches it: in the browser zod runs
// without compiling (and without probing). zod reads its settings from this global, and its own source documents
// filling it in before zod loads; `config()` from "zod/v4/core" would do the same but brings 5 KiB (gzipped) of
// zod into the first load of the pages whose schema loads lazily.
const zodSettings = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodSettings.__zod_globalConfig = { ...zodSettings.__zod_globalConfig, jitless: true };

async function loadSchema<S>(source: SchemaSource<S>): Promise<S> {
  return typeof source === "function" ? (source as () => Promise<S>)() : source;
}

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

/** Messages by field name, dotted as the inputs are named ("steps.2.amount"): the first of each field's issues. */
export type FieldMessages = Record<string, string>;

/** Each field's first message, for the fields the schema refused. */
export function firstMessages(error: z.ZodError | null): FieldMessages {
  if (!error) return {};
  return Object.fromEntries(Object.entries(fieldErrorsOf(error)).map(([name, messages]) => [name, messages[0]!]));
}

const valueAt = (source: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], source);

/** What the form would send now, read as the server action reads a post. */
const valuesOf = (form: HTMLFormElement) => formDataToObject(new FormData(form));

/** Named controls: inputs, selects and text areas carry `form`, the element they belong to. */
type Control = { name: string; form: HTMLFormElement | null };

/**
 * The browser's messages show for the fields someone has left (or changed after leaving), and for every field once
 * sending was tried: nobody is told off for a field they have not reached yet.
 */
type Revealed = ReadonlySet<string> | "all";

/**
 * One form = one zod schema, checked twice: in the browser against the form's own FormData, read exactly as the
 * server action reads a post (instant messages, nothing sent while invalid), and on the server by the action.
 * Without JavaScript the <form action> posts straight to the server action and the returned state (errors and
 * typed values) re-renders the form. The inputs stay uncontrolled (their defaultValue/defaultChecked), so the
 * server renders the same form with or without JavaScript.
 */
export function useActionForm<S extends z.ZodType, T>(
  schemaSource: SchemaSource<S>,
  action: FormAction<T>,
  defaultValues: Record<string, unknown>,
) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const initial: Record<string, unknown> = {
    ...defaultValues,
    ...(failed?.values ? nestDottedKeys(failed.values) : undefined),
  };
  // The first source given: a caller's inline import function is a new function on every render.
  const [source] = useState(() => schemaSource);
  const schema = useCallback(() => loadSchema(source), [source]);

  const [messages, setMessages] = useState<FieldMessages | null>(null);
  const [revealed, setRevealed] = useState<Revealed>(() => new Set());
  // A new answer from the server: its messages show until the fields are checked again in the browser.
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    setRevealed(new Set());
  }

  // The <form> the registered controls belong to (set when they mount).
  const formRef = useRef<HTMLFormElement | null>(null);
  const captureForm = useCallback((control: Control | null) => {
    if (control?.form) formRef.current = control.form;
  }, []);

  // Only the latest check's answer counts: checks are asynchronous (the schema may still be loading).
  const checks = useRef(0);
  /**
   * Checks the whole form and shows the messages of `names` (every field when not given). Returns every field's
   * message, shown or not.
   */
  const check = useCallback(
    async (form: HTMLFormElement, names?: readonly string[]): Promise<FieldMessages> => {
      const id = ++checks.current;
      const parsed = await (await schema()).safeParseAsync(valuesOf(form));
      const found = firstMessages(parsed.success ? null : parsed.error);
      if (id === checks.current) {
        setMessages(found);
        setRevealed((before) => (names === undefined || before === "all" ? "all" : new Set([...before, ...names])));
      }
      return found;
    },
    [schema],
  );

  // The form's values for watch(): only a form that shows something following what is typed asks for them, and only
  // then does every change render it again.
  const [watched, setWatched] = useState<Record<string, unknown> | null>(null);
  const watching = useRef(false);
  useEffect(() => {
    if (watching.current && formRef.current) setWatched(valuesOf(formRef.current));
  }, []);

  const onBlur = useCallback(
    (event: SyntheticEvent<Control>) => {
      const { form, name } = event.currentTarget;
      if (form) void check(form, [name]);
    },
    [check],
  );
  const onChange = useCallback(
    (event: SyntheticEvent<Control>) => {
      const { form, name } = event.currentTarget;
      if (!form) return;
      if (watching.current) setWatched(valuesOf(form));
      if (revealed === "all" || revealed.has(name)) void check(form, [name]);
    },
    [check, revealed],
  );

  /** The name and handlers every control of the form takes: its checks, and the values watch() reads. */
  const register = (name: string) => ({ name, ref: captureForm, onBlur, onChange });

  /** A value as the form holds it now (with no name, all of them); the form renders again whenever one changes. */
  function watch(): Partial<z.input<S>>;
  function watch(name: string): unknown;
  function watch(name?: string) {
    watching.current = true;
    const values = watched ?? initial;
    return name === undefined ? values : valueAt(values, name);
  }

  // Fetch the schema on the first sign of use, so the first check does not wait for the network.
  useEffect(() => {
    const preload = () => void loadSchema(source);
    const events = ["focusin", "pointerdown"] as const;
    events.forEach((type) => window.addEventListener(type, preload, { once: true, capture: true }));
    return () => events.forEach((type) => window.removeEventListener(type, preload, { capture: true }));
  }, [source]);

  // After the server refuses, put the keyboard on the first field it complained about.
  useEffect(() => {
    const names = Object.keys(failed?.fieldErrors ?? {});
    if (names.length > 0) focusFirst(formRef.current, names);
  }, [failed]);

  /**
   * Checks the form; when it is valid, sends the form's own FormData (exactly what a no-JavaScript post would send),
   * else puts the keyboard on the first field in the wrong. Returns the messages (none when it was sent).
   */
  const onSubmit = async (event: FormEvent<HTMLFormElement>): Promise<FieldMessages> => {
    event.preventDefault();
    const form = event.currentTarget;
    formRef.current = form;
    if (pending) return {};
    const found = await check(form);
    const names = Object.keys(found);
    if (names.length > 0) {
      focusFirst(form, names);
      return found;
    }
    const data = new FormData(form);
    startTransition(() => formAction(data));
    return {};
  };

  /** The message for a field: the browser's once it checked the field, else the server's. */
  const errorFor = (name: string): string | undefined => {
    if (messages && (revealed === "all" || revealed.has(name))) return messages[name];
    return failed?.fieldErrors[name]?.[0];
  };

  /** Props for a text-like input: its registration, its message, and its value as the page renders it. */
  const field = (name: string) => ({
    ...register(name),
    defaultValue: String(valueAt(initial, name) ?? ""),
    error: errorFor(name),
  });

  return {
    form: { register, watch, check, sendTried: revealed === "all" },
    schema,
    state,
    failed,
    pending,
    formAction,
    onSubmit,
    errorFor,
    field,
  };
}

/** What a form gives its controls, for components that render some of a form's fields. */
export type FormBindings = ReturnType<typeof useActionForm>["form"];

/** Focuses the first control (in page order) whose name is among `names`. */
function focusFirst(form: HTMLFormElement | null, names: readonly string[]) {
  const wanted = new Set(names);
  const control = Array.from(form?.elements ?? []).find((element): element is HTMLElement =>
    wanted.has((element as Partial<Control>).name ?? ""),
  );
  control?.focus();
}
