"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { OrgRole } from "@prisma/client";
import { authedAction, orgAction } from "@/lib/action-client";
import { MANAGER_ROLES } from "@/lib/authz";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { enqueueMail } from "@/lib/mail/outbox";
import { ensureUserByEmail } from "@/lib/users";
import type { Tx } from "@/lib/prisma-client";
import { memberChangeRefusal } from "@/lib/organizations/member-rules";
import {
  ChangeMemberRoleSchema,
  InviteMemberSchema,
  RemoveMemberSchema,
  SwitchOrganizationSchema,
} from "@/lib/organizations/schemas";

/** Locks the organization's memberships so concurrent role changes cannot leave it without an owner. */
async function lockMemberships(tx: Tx, organizationId: string) {
  const rows = await tx.$queryRaw<{ id: string; userId: string; role: OrgRole }[]>`
    SELECT "id", "userId", "role"::text AS "role" FROM "Membership" WHERE "organizationId" = ${organizationId} FOR UPDATE`;
  return { rows, ownerCount: rows.filter((r) => r.role === "OWNER").length };
}

/** Locks the memberships and returns this organization's membership `membershipId`; another tenant's is "not found". */
async function lockMembershipTarget(tx: Tx, organizationId: string, membershipId: string) {
  const { rows, ownerCount } = await lockMemberships(tx, organizationId);
  const target = rows.find((r) => r.id === membershipId);
  if (!target) throw notFound();
  return { target, ownerCount };
}

export const inviteMember = orgAction(MANAGER_ROLES)
  .schema(InviteMemberSchema)
  .action(async ({ input, ctx }) => {
    const refusal = memberChangeRefusal(ctx.role, { kind: "invite", role: input.role });
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    await db.$transaction(async (tx) => {
      await lockMemberships(tx, ctx.org.id);
      const user = await ensureUserByEmail(tx, input.email);
      if (user.staffRole) {
        throw new AppError("VALIDATION", undefined, {
          email: ["This address cannot be added to an employer organization."],
        });
      }
      const already = await tx.membership.findUnique({
        where: { userId_organizationId: { userId: user.id, organizationId: ctx.org.id } },
      });
      if (already) throw new AppError("VALIDATION", undefined, { email: ["This person is already a member."] });
      const membership = await tx.membership.create({
        data: { userId: user.id, organizationId: ctx.org.id, role: input.role },
      });
      await ctx.audit(tx, {
        kind: "member.invited",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Membership", id: membership.id },
        payload: { email: input.email, role: input.role, newUser: user.created },
      });
      await enqueueMail(tx, {
        to: input.email,
        template: "member-invitation",
        organizationId: ctx.org.id,
        props: {
          organizationName: ctx.org.name,
          invitedBy: ctx.user.name ?? ctx.user.email,
          role: input.role,
          signInUrl: `${env().APP_URL}/signin`,
        },
      });
    });
    revalidatePath("/organization/members");
    return { email: input.email };
  });

export const changeMemberRole = orgAction(MANAGER_ROLES)
  .schema(ChangeMemberRoleSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction(async (tx) => {
      const { target, ownerCount } = await lockMembershipTarget(tx, ctx.org.id, input.membershipId);
      if (target.role === input.role) return;
      const refusal = memberChangeRefusal(ctx.role, {
        kind: "change-role",
        targetRole: target.role,
        newRole: input.role,
        ownerCount,
      });
      if (refusal) throw new AppError("FORBIDDEN", refusal);
      const updated = await tx.membership.update({
        where: { id: target.id },
        data: { role: input.role },
        select: { user: { select: { email: true } } },
      });
      await ctx.audit(tx, {
        kind: "member.role_changed",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Membership", id: target.id },
        payload: { email: updated.user.email, from: target.role, to: input.role },
      });
    });
    revalidatePath("/organization/members");
    redirect("/organization/members");
  });

export const removeMember = orgAction(MANAGER_ROLES)
  .schema(RemoveMemberSchema)
  .action(async ({ input, ctx }) => {
    await db.$transaction(async (tx) => {
      const { target, ownerCount } = await lockMembershipTarget(tx, ctx.org.id, input.membershipId);
      const refusal = memberChangeRefusal(ctx.role, { kind: "remove", targetRole: target.role, ownerCount });
      if (refusal) throw new AppError("FORBIDDEN", refusal);
      const removed = await tx.membership.delete({
        where: { id: target.id },
        select: { user: { select: { email: true } } },
      });
      await ctx.audit(tx, {
        kind: "member.removed",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Membership", id: target.id },
        payload: { email: removed.user.email, role: target.role },
      });
    });
    revalidatePath("/organization/members");
    redirect("/organization/members");
  });

export const switchOrganization = authedAction.schema(SwitchOrganizationSchema).action(async ({ input, ctx }) => {
  // The id arrives from the client only as a choice among the user's own memberships; anything else is not found.
  if (!ctx.user.memberships.some((m) => m.organizationId === input.organizationId)) throw notFound();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.user.id }, data: { activeOrganizationId: input.organizationId } });
    await ctx.audit(tx, {
      kind: "organization.switched",
      organizationId: input.organizationId,
      actorId: ctx.user.id,
      subject: { type: "Organization", id: input.organizationId },
      payload: { from: ctx.user.activeOrganizationId },
    });
  });
  revalidatePath("/", "layout");
  redirect("/onboarding");
});
