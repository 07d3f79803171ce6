"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/action-client";
import type { RequestContext } from "@/lib/request";
import { signIn } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { STEPS } from "@/lib/program";
import { regionOf } from "@/lib/regions";
import { ensureUserByEmail } from "@/lib/users";
import { StartOnboardingSchema, legalNameKey } from "@/lib/onboarding/intent/schemas";
import { stateName } from "@/lib/us-states";
import type { z } from "zod";

type Input = z.output<typeof StartOnboardingSchema>;

/** Organizations registered per client IP in an hour. */
const START_LIMIT = { name: "start-onboarding", limit: 10, windowSeconds: 3600 };
/** Owners hear of one person asking to join at most once a day. */
const ACCESS_REQUEST_LIMIT = { name: "access-request", limit: 1, windowSeconds: 86_400 };

async function findExisting(input: Input) {
  return db.organization.findFirst({
    where: {
      OR: [
        ...(input.ein ? [{ ein: input.ein }] : []),
        { legalNameKey: legalNameKey(input.legalName), state: input.state },
      ],
    },
    select: { id: true, legalName: true, ein: true },
  });
}

/** Tells the existing owners someone asked to join (once a day per person), and the person what to do. */
async function refuseDuplicate(
  existing: { id: string; legalName: string; ein: string | null },
  input: Input,
  ctx: RequestContext,
): Promise<never> {
  if (await ctx.withinLimit(ACCESS_REQUEST_LIMIT, `${existing.id}:${input.contactEmail}`)) {
    await db.$transaction(async (tx) => {
      const owners = await tx.membership.findMany({
        where: { organizationId: existing.id, role: "OWNER" },
        select: { user: { select: { email: true } } },
      });
      for (const owner of owners) {
        await enqueueMail(tx, {
          to: owner.user.email,
          template: "access-request",
          organizationId: existing.id,
          props: {
            organizationName: existing.legalName,
            requesterName: input.contactName,
            requesterEmail: input.contactEmail,
            membersUrl: `${env().APP_URL}/organization/members`,
          },
        });
      }
      await ctx.audit(tx, {
        kind: "organization.access_requested",
        organizationId: existing.id,
        actorId: null,
        subject: { type: "Organization", id: existing.id },
        payload: { requesterEmail: input.contactEmail, requesterName: input.contactName },
      });
    });
  }
  const matched = input.ein && existing.ein === input.ein ? "this EIN" : `this legal name in ${stateName(input.state)}`;
  throw new AppError(
    "CONFLICT",
    `An organization with ${matched} is already registered, so we did not create a second one. We have emailed its portal owners that you asked to join; once they add you under Members, sign in with ${input.contactEmail}.`,
  );
}

async function createOrganization(input: Input, ctx: RequestContext) {
  return db.$transaction(async (tx) => {
    const owner = await ensureUserByEmail(tx, input.contactEmail);
    if (owner.staffRole) {
      throw new AppError("VALIDATION", undefined, {
        contactEmail: ["Use your own work email address at the organization."],
      });
    }
    const org = await tx.organization.create({
      data: {
        legalName: input.legalName,
        legalNameKey: legalNameKey(input.legalName),
        dbaName: input.dbaName,
        ein: input.ein,
        addressLine1: input.addressLine1,
        addressLine2: input.addressLine2,
        city: input.city,
        county: input.county,
        state: input.state,
        postalCode: input.postalCode,
        region: regionOf(input.state),
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        apprenticesWanted: input.apprenticesWanted,
        heardAbout: input.heardAbout,
        memberships: { create: { userId: owner.id, role: "OWNER" } },
        steps: { create: { step: "INTENT", status: "COMPLETE", completedAt: new Date(), completedById: owner.id } },
      },
      select: { id: true },
    });
    await tx.user.update({
      where: { id: owner.id },
      data: { activeOrganizationId: org.id, ...(owner.created ? { name: input.contactName } : {}) },
    });
    await ctx.audit(tx, {
      kind: "organization.created",
      organizationId: org.id,
      actorId: owner.id,
      subject: { type: "Organization", id: org.id },
      payload: { legalName: input.legalName, state: input.state, ownerEmail: input.contactEmail },
    });
    const appUrl = env().APP_URL;
    await enqueueMail(tx, {
      to: input.contactEmail,
      template: "employer-welcome",
      organizationId: org.id,
      props: {
        contactName: input.contactName,
        organizationName: input.legalName,
        checklistUrl: `${appUrl}/onboarding`,
        stepCount: STEPS.length,
      },
    });
    const staff = await tx.user.findMany({ where: { staffRole: { not: null } }, select: { email: true } });
    for (const member of staff) {
      await enqueueMail(tx, {
        to: member.email,
        template: "staff-new-employer",
        organizationId: org.id,
        props: {
          organizationName: input.legalName,
          location: `${input.city}, ${input.state}`,
          contact: `${input.contactName}, ${input.contactEmail}, ${input.contactPhone}`,
          apprenticesWanted: input.apprenticesWanted,
          employerUrl: `${appUrl}/staff/employers/${org.id}`,
        },
      });
    }
    return org;
  });
}

/**
 * Step 1: creates the organization and its owner, emails them what happens next (and a sign-in link), and
 * notifies AAMI staff. An organization that exists already (same EIN, or same legal name in the same state) is
 * never duplicated: the person is told how to get access instead.
 */
export const startOnboarding = publicAction.schema(StartOnboardingSchema).action(async ({ input, ctx }) => {
  if (!(await ctx.withinLimit(START_LIMIT))) {
    throw new AppError(
      "CONFLICT",
      "Several organizations were registered from your network in the last hour. Please try again later, or contact AAMI.",
    );
  }
  const existing = await findExisting(input);
  if (existing) await refuseDuplicate(existing, input, ctx);
  try {
    await createOrganization(input, ctx);
  } catch (error) {
    // A double click or a colleague registering the same organization at the same moment.
    const raced = isUniqueViolation(error) ? await findExisting(input) : null;
    if (raced) await refuseDuplicate(raced, input, ctx);
    throw error;
  }
  await signIn("email", { email: input.contactEmail, redirectTo: "/onboarding", redirect: false });
  redirect("/employers/start/done");
});
