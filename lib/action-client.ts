import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { OrgRole, StaffRole } from "@prisma/client";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { requireOrg, requireStaff, requireUser } from "@/lib/authz";
import { formDataToObject, echoFormValues, fieldErrorsOf } from "@/lib/forms/form-data";

// The action-client chain: publicAction → authedAction → orgAction(roles) / staffAction(roles).
// Each level resolves its context (who, which organization, which role) before the input is even parsed, so an
// action cannot run without its checks. Every action returns an ActionResult and never throws to the client:
// expected failures come back as field errors or a message, unexpected ones are logged and shown generically.
// redirect()/notFound() thrown by a handler pass through untouched.

export type FieldErrors = Record<string, string[]>;
export type ActionFailure = { ok: false; message: string; fieldErrors: FieldErrors; values?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
/** State for useActionState: null before the first submission. */
export type ActionState<T> = ActionResult<T> | null;

/** Callable with an object (from code) or as a form action, directly or through useActionState. */
export interface ServerAction<In, T> {
  (input: In | FormData): Promise<ActionResult<T>>;
  (previous: ActionState<T>, formData: FormData): Promise<ActionResult<T>>;
}

function createActionClient<Ctx>(resolveContext: () => Promise<Ctx>) {
  return {
    /** The input schema, or a function building it for the caller (for rules that depend on the organization). */
    schema<S extends z.ZodType>(schema: S | ((ctx: Ctx) => Promise<S>)) {
      return {
        action<T>(handler: (args: { input: z.output<S>; ctx: Ctx }) => Promise<T>): ServerAction<z.input<S>, T> {
          const run = async (first: unknown, second?: unknown): Promise<ActionResult<T>> => {
            const raw = second instanceof FormData ? second : first;
            const values = raw instanceof FormData ? echoFormValues(raw) : undefined;
            try {
              const ctx = await resolveContext();
              const inputSchema = typeof schema === "function" ? await schema(ctx) : schema;
              const parsed = await inputSchema.safeParseAsync(raw instanceof FormData ? formDataToObject(raw) : raw);
              if (!parsed.success) {
                return {
                  ok: false,
                  message: "Please correct the highlighted fields.",
                  fieldErrors: fieldErrorsOf(parsed.error),
                  values,
                };
              }
              return { ok: true, data: await handler({ input: parsed.data, ctx }) };
            } catch (error) {
              unstable_rethrow(error);
              if (error instanceof AppError) {
                return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
              }
              console.error("[action] unexpected error", error);
              return { ok: false, message: GENERIC_ERROR_MESSAGE, fieldErrors: {}, values };
            }
          };
          return run as ServerAction<z.input<S>, T>;
        },
      };
    },
  };
}

export const publicAction = createActionClient(async () => ({}));
export const authedAction = createActionClient(async () => ({ user: await requireUser() }));
export const orgAction = (roles?: readonly OrgRole[]) => createActionClient(() => requireOrg(roles));
export const staffAction = (roles?: readonly StaffRole[]) => createActionClient(() => requireStaff(roles));
