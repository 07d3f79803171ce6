"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/action-client";
import { signIn } from "@/lib/auth";
import { organizationRequestAction } from "@/lib/authz/token-action";
import { AppError } from "@/lib/errors";
import { confirmOrganizationRequest, createOrganizationRequest } from "@/lib/onboarding/intent/requests";
import { ConfirmOrganizationRequestSchema, StartOnboardingSchema } from "@/lib/onboarding/intent/schemas";

/** Registrations per client IP, and confirmation emails per contact address, in an hour. */
const START_LIMITS = {
  perIp: { name: "start-onboarding", limit: 10, windowSeconds: 3600 },
  perContact: { name: "start-onboarding", limit: 3, windowSeconds: 3600 },
};

/**
 * Step 1, first half: stores the request and emails its contact a link to confirm it. Nothing is created and the
 * answer is the same whatever the organization or the address, so the form reveals nothing.
 */
export const startOnboarding = publicAction.schema(StartOnboardingSchema).action(async ({ input, ctx }) => {
  const withinIp = await ctx.withinLimit(START_LIMITS.perIp);
  const withinContact = await ctx.withinLimit(START_LIMITS.perContact, input.contactEmail);
  if (!withinIp || !withinContact) {
    throw new AppError(
      "CONFLICT",
      "Several registrations were sent from your network or for this address in the last hour. Please try again later, or contact AAMI.",
    );
  }
  await createOrganizationRequest(input);
  redirect("/employers/start/done");
});

/**
 * Step 1, second half: the contact confirms from the emailed link. A new organization is created with them as its
 * owner, and a sign-in link is emailed; a claim on an existing organization goes to AAMI staff.
 */
export const confirmOrganization = organizationRequestAction
  .schema(ConfirmOrganizationRequestSchema)
  .action(async ({ input, ctx }) => {
    const outcome = await confirmOrganizationRequest(input.token, ctx.link, ctx);
    if (outcome.kind === "claimed") redirect("/employers/start/claimed");
    await signIn("email", { email: ctx.link.details.contactEmail, redirectTo: "/onboarding", redirect: false });
    redirect("/employers/start/created");
  });
