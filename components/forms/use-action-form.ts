"use client";

import { startTransition, useActionState, useEffect, useMemo, useState } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult, ActionState } from "@/lib/action-client";
import { nestDottedKeys } from "@/lib/forms/form-data";

/**
 * A form's schema, or a function that imports it (`() => import("…/schemas").then((m) => m.XSchema)`). zod is about
 * 30 KiB of the browser's first load (gzipped) and building a schema is work on the main thread, so the public
 * pages pass the import: zod then arrives on the first focus or tap on the page, before the first check needs it.
 * Either way it is the one schema the server action parses with. (zod's `jitless` setting, which our
 * Content-Security-Policy needs, is set before any of this loads: instrumentation-client.ts.)
 */
export type SchemaSource<S> = S | (() => Promise<S>);

/**
 * The form's check: its schema through react-hook-form's zod resolver. The resolver is imported with the schema,
 * not with the page: it brings zod's core along (about 8 KiB gzipped of every form page's first load, measured), and
 * no check runs before the visitor touches the form.
 */
async function loadValidator<S>(source: SchemaSource<S>) {
  const [schema, { zodResolver }] = await Promise.all([
    typeof source === "function" ? (source as () => Promise<S>)() : source,
    import("@hookform/resolvers/zod"),
  ]);
  return { schema, zodResolver };
}

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionResult<T>>;

const valueAt = (source: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], source);

/** Server field errors ("steps.2.amount") as react-hook-form's nested error object. */
function toFormErrors(fieldErrors: Record<string, string[]> | undefined): FieldErrors {
  const out: Record<string, unknown> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const keys = path.split(".");
    let node = out;
    keys.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Record<string, unknown>));
    node[keys[keys.length - 1]!] = { type: "server", message: messages[0] };
  }
  return out as FieldErrors;
}

/**
 * One form = one zod schema, checked twice: in the browser by react-hook-form (instant messages, nothing sent
 * while invalid) and on the server by the action. Without JavaScript the <form action> posts straight to the
 * server action and the returned state (errors and typed values) re-renders the form.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schemaSource: SchemaSource<S>,
  action: FormAction<T>,
  defaultValues: DefaultValues<z.input<S>>,
) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const initial = {
    ...defaultValues,
    ...(failed?.values ? (nestDottedKeys(failed.values) as DefaultValues<z.input<S>>) : undefined),
  };
  // One object per server answer: react-hook-form re-applies `errors` whenever its identity changes, and applying
  // them re-renders the form, so a fresh object on every render never stops re-rendering (the page then never
  // takes the next answer: the button stays "Saving…").
  const serverErrors = useMemo(
    () => (failed ? (toFormErrors(failed.fieldErrors) as FieldErrors<z.input<S>>) : undefined),
    [failed],
  );
  // The first source given: a caller's inline import function is a new function on every render.
  const [source] = useState(() => schemaSource);
  const schema = async () => (await loadValidator(source)).schema;
  const resolver: Resolver<z.input<S>> = async (values, context, options) => {
    const { schema, zodResolver } = await loadValidator(source);
    return (zodResolver(schema as never) as unknown as Resolver<z.input<S>>)(values, context, options);
  };
  const form = useForm<z.input<S>>({
    resolver,
    defaultValues: initial,
    errors: serverErrors,
    mode: "onTouched",
  });

  // Fetch the check on the first sign of use, so the first check does not wait for the network.
  useEffect(() => {
    const preload = () => void loadValidator(source);
    const events = ["focusin", "pointerdown"] as const;
    events.forEach((type) => window.addEventListener(type, preload, { once: true, capture: true }));
    return () => events.forEach((type) => window.removeEventListener(type, preload, { capture: true }));
  }, [source]);

  // After the server refuses, put the keyboard on the first field it complained about.
  useEffect(() => {
    const first = failed && Object.keys(failed.fieldErrors)[0];
    if (first) form.setFocus(first as Path<z.input<S>>);
  }, [failed, form]);

  // Valid in the browser: send the form's own FormData, exactly what a no-JavaScript post would send.
  const onSubmit = form.handleSubmit((_values, event) => {
    if (pending) return;
    const formElement = event?.target;
    if (!(formElement instanceof HTMLFormElement)) return;
    const data = new FormData(formElement);
    startTransition(() => formAction(data));
  });

  /** The message for a field: the browser's check first, then the server's. */
  const errorFor = (name: string): string | undefined => {
    const clientError = valueAt(form.formState.errors, name) as { message?: string } | undefined;
    return clientError?.message ?? failed?.fieldErrors[name]?.[0];
  };

  /**
   * Props for one input: react-hook-form's registration, its error, and the value as a defaultValue attribute
   * (register() alone sets values only in the browser, so without JavaScript a re-rendered form would be empty).
   */
  const field = (name: Path<z.input<S>>) => ({
    ...form.register(name),
    defaultValue: String(valueAt(initial, name) ?? ""),
    error: errorFor(name),
  });

  return { form, schema, state, failed, pending, formAction, onSubmit, errorFor, field };
}
