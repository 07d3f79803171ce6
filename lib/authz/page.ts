import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import type { OrgRole, StaffRole } from "@prisma/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/ids";
import { requireOrg, requireStaff, requireUser } from "@/lib/authz";
import { partnerContext } from "@/lib/authz/partner";
import { requireTrainingAccess } from "@/lib/authz/training";

// Page-side guards: the same checks as lib/authz, with failures turned into navigation. Signed-out visitors
// go to sign-in and come back; a page of their own area that needs another role (a staff reviewer on a staff
// administrator's page, a member on an owner's) answers 403 with app/forbidden.tsx, which says whose page it is;
// anything else they may not see is "not found".

async function guard<T>(returnTo: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
      if (error.code === "NO_ORGANIZATION") redirect("/welcome");
      if (error.code === "FORBIDDEN") forbidden();
      notFound();
    }
    throw error;
  }
}

export const userPage = (returnTo: string) => guard(returnTo, requireUser);
export const orgPage = (returnTo: string, roles?: readonly OrgRole[]) => guard(returnTo, () => requireOrg(roles));
export const staffPage = (returnTo: string, roles?: readonly StaffRole[]) => guard(returnTo, () => requireStaff(roles));

/** An apprentice's training pages: the apprentice, their mentor, or their organization; anyone else gets a 404. */
export const trainingPage = (returnTo: string, apprenticeId: string) =>
  guard(returnTo, () => requireTrainingAccess(apprenticeId));

/** Employer-partner pages: the partner, or null for a member of an organization AAMI has not approved (the page explains). */
export const partnerPage = async (returnTo: string) => partnerContext(await orgPage(returnTo));

/** Loads a record through a tenant-scoped accessor; a missing or foreign record is a 404. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

/** A record id from the URL, or a 404 when it cannot be one. */
export function idParam(value: string): string {
  if (!isId(value)) notFound();
  return value;
}
