import "server-only";
import type { z } from "zod";
import { publicAction } from "@/lib/action-client";
import { findSigningLink } from "@/lib/apprentices/agreement/data";
import { requireCandidateLink } from "@/lib/authz/candidate-link";
import { AppError } from "@/lib/errors";
import { CONFIRM_LINK_USED, findPendingRequest } from "@/lib/onboarding/intent/requests";
import type { RequestContext } from "@/lib/request";

// Actions for people without an account, whose emailed link is their credential: a candidate's private profile
// link, an apprentice's signing link and an employer's registration confirmation. Each client takes a schema with a `token`, checks the token before the
// handler runs, and hands the handler what the token grants, next to the request context. A bad token never
// reaches the handler.

type WithToken = z.ZodType<{ token: string }>;

function tokenActionClient<Grant>(resolve: (token: string) => Promise<Grant>) {
  return {
    schema<S extends WithToken>(schema: S) {
      return {
        action<T>(handler: (args: { input: z.output<S>; ctx: RequestContext & { link: Grant } }) => Promise<T>) {
          return publicAction
            .schema(schema)
            .action(async ({ input, ctx }) => handler({ input, ctx: { ...ctx, link: await resolve(input.token) } }));
        },
      };
    },
  };
}

/** A candidate's current private link: the profile it belongs to. */
export const candidateLinkAction = tokenActionClient(async (token) => requireCandidateLink(token));
/** An expired link still proves where it was sent, which is enough to send a fresh one there. */
export const expiredCandidateLinkAction = tokenActionClient(async (token) => requireCandidateLink(token, "accept"));

export const SIGNING_LINK_USED = "This signing link has expired or was already used.";

/** An apprentice's unused signing link: the agreement and apprentice it is for. */
export const signingLinkAction = tokenActionClient(async (token) => {
  const link = await findSigningLink(token);
  if (!link) throw new AppError("CONFLICT", SIGNING_LINK_USED);
  return link;
});

/** The unconfirmed registration behind a link emailed from /employers/start. */
export const organizationRequestAction = tokenActionClient(async (token) => {
  const request = await findPendingRequest(token);
  if (!request) throw new AppError("CONFLICT", CONFIRM_LINK_USED);
  return request;
});
