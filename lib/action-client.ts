import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { OrgRole, StaffRole } from "@prisma/client";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { requireOrg, requireStaff, requireUser, type OrgContext, type StaffContext } from "@/lib/authz";
import { assertInputShape, echoFormValues, fieldErrorsOf, formDataToObject } from "@/lib/forms/form-data";
import { requestContext, type RequestContext } from "@/lib/request";

// The action-client chain: publicAction → authedAction → orgAction(roles) / staffAction(roles).
// Each client is the one before it plus a middleware step (`.use()`), and every step runs before the input is
// even parsed, so an action cannot run without its checks. The first step resolves the request once (client IP
// through the trusted-proxy rule, user agent, an audit writer bound to them, rate limits); the next ones add who
// is asking. Every action returns an ActionResult and never throws to the client: expected failures come back as
// field errors or a message, unexpected ones are logged and shown generically. redirect()/notFound() thrown by a
// handler pass through untouched. Token-based clients (candidate link, signing link) live in lib/authz/.

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

/** Turns what the client sent into the object the schema parses, within the limits of lib/forms/form-data. */
function rawInput(raw: unknown): unknown {
  if (raw instanceof FormData) return formDataToObject(raw);
  assertInputShape(raw);
  return raw;
}

export type ActionClient<Ctx> = ReturnType<typeof createActionClient<Ctx>>;

/** How an action was built: its input schema, or the function that builds it from the caller's context. */
export type ActionDefinition = { schema: z.ZodType | ((ctx: never) => Promise<z.ZodType>) };

/**
 * Every action these clients built, keyed by the function they returned. tests/security checks that each export of
 * a "use server" module is one of them (so none skips the chain) and reads the schema to fuzz it. A WeakMap adds
 * nothing to the function itself, which Next registers as a server reference.
 */
const builtActions = new WeakMap<object, ActionDefinition>();

/** The definition of an action built by these clients; undefined for any other function. */
export function actionDefinition(action: unknown): ActionDefinition | undefined {
  return typeof action === "function" ? builtActions.get(action) : undefined;
}

function createActionClient<Ctx>(resolveContext: () => Promise<Ctx>) {
  return {
    /** A client whose actions also run `step`, after this client's own steps, with their context. */
    use<Next>(step: (ctx: Ctx) => Promise<Next>) {
      return createActionClient(async () => step(await resolveContext()));
    },
    /** The input schema, or a function building it for the caller (for rules that depend on the organization). */
    schema<S extends z.ZodType>(schema: S | ((ctx: Ctx) => Promise<S>)) {
      return {
        action<T>(handler: (args: { input: z.output<S>; ctx: Ctx }) => Promise<T>): ServerAction<z.input<S>, T> {
          const run = async (first: unknown, second?: unknown): Promise<ActionResult<T>> => {
            const raw = second instanceof FormData ? second : first;
            // Typed values are echoed only once the request is known to be one of our forms' shape.
            let values: Record<string, string> | undefined;
            try {
              const ctx = await resolveContext();
              const input = rawInput(raw);
              values = raw instanceof FormData ? echoFormValues(raw) : undefined;
              const inputSchema = typeof schema === "function" ? await schema(ctx) : schema;
              const parsed = await inputSchema.safeParseAsync(input);
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
          builtActions.set(run, { schema: schema as ActionDefinition["schema"] });
          return run as ServerAction<z.input<S>, T>;
        },
      };
    },
  };
}

export const publicAction = createActionClient(requestContext);
export const authedAction = publicAction.use(async (ctx) => ({ ...ctx, user: await requireUser() }));
export const orgAction = (roles?: readonly OrgRole[]) =>
  publicAction.use(async (ctx) => ({ ...ctx, ...(await requireOrg(roles)) }));
export const staffAction = (roles?: readonly StaffRole[]) =>
  publicAction.use(async (ctx) => ({ ...ctx, ...(await requireStaff(roles)) }));

/** The context of an organization action and of a staff action: who is asking, and the request. */
export type OrgActionContext = RequestContext & OrgContext;
export type StaffActionContext = RequestContext & StaffContext;
