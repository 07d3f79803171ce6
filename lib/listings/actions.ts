"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orgAction, staffAction, type StaffActionContext } from "@/lib/action-client";
import { MANAGER_ROLES } from "@/lib/authz";
import { requirePartner } from "@/lib/authz/partner";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import {
  LOGO_BOX,
  LOGO_MESSAGES,
  ListingSchema,
  NOT_YET_LISTABLE,
  RemoveListingLogoSchema,
  StaffListingSchema,
} from "@/lib/listings/schemas";
import type { Tx } from "@/lib/prisma-client";
import { storeFile } from "@/lib/storage";
import { readUploadedImage } from "@/lib/storage/image-upload";

const PAGE = "/organization/listing";

/**
 * The home page is rendered on every request; revalidating it also drops the copy a visitor's browser keeps from
 * client-side navigation, so a change shows at once.
 */
function refresh(...paths: string[]) {
  for (const path of ["/", ...paths]) revalidatePath(path);
}

/**
 * Locks the organization's row for the rest of the transaction and returns its logo's file id, so two managers
 * saving at once cannot both replace the same logo and leave a file behind that nothing points to.
 */
async function lockListing(tx: Tx, organizationId: string) {
  const [row] = await tx.$queryRaw<Array<{ logoFileId: string | null }>>`
    SELECT "listingLogoFileId" AS "logoFileId" FROM "Organization" WHERE "id" = ${organizationId} FOR UPDATE`;
  if (!row) throw notFound();
  return row.logoFileId;
}

/** A logo no longer shown is deleted, not left stored: nothing else refers to a logo's file. */
const deleteLogoFile = (tx: Tx, organizationId: string, fileId: string) =>
  tx.storedFile.delete({ where: { id: fileId, organizationId }, select: { sha256: true } });

/**
 * An employer partner's owner or admin lists the organization on the home page (or stops), with the name, place and
 * logo to show. A new logo is checked by content, shrunk and re-encoded before anything is written, and replaces the
 * previous one. Staff hiding the listing is not the employer's to undo, so it is left as it is.
 */
export const saveListing = orgAction(MANAGER_ROLES)
  .schema(ListingSchema)
  .action(async ({ input, ctx }) => {
    await requirePartner(ctx, NOT_YET_LISTABLE);
    // Decoding takes a moment of CPU: done before the transaction, which holds the organization's row.
    const logo = input.logo
      ? await readUploadedImage(input.logo, { field: "logo", box: LOGO_BOX, messages: LOGO_MESSAGES })
      : null;
    await db.$transaction(async (tx) => {
      const previousLogo = await lockListing(tx, ctx.org.id);
      const stored = logo
        ? await storeFile(tx, {
            organizationId: ctx.org.id,
            filename: "logo.png",
            contentType: "image/png",
            bytes: logo.bytes,
          })
        : null;
      await tx.organization.update({
        where: { id: ctx.org.id },
        data: {
          listingOptIn: input.listed === "yes",
          listingDisplayName: input.displayName ?? null,
          listingCity: input.city ?? null,
          listingState: input.state ?? null,
          ...(stored ? { listingLogoFileId: stored.id } : {}),
        },
      });
      if (stored && previousLogo) await deleteLogoFile(tx, ctx.org.id, previousLogo);
      await ctx.audit(tx, {
        kind: "listing.saved",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Organization", id: ctx.org.id },
        payload: {
          listed: input.listed === "yes",
          displayName: input.displayName ?? null,
          city: input.city ?? null,
          state: input.state ?? null,
          logoSha256: stored?.sha256 ?? null,
        },
      });
    });
    refresh(PAGE);
    redirect(`${PAGE}?saved=listing`);
  });

/** Takes the logo off the listing and deletes it. Without a logo (a double click, a colleague) nothing happens. */
export const removeListingLogo = orgAction(MANAGER_ROLES)
  .schema(RemoveListingLogoSchema)
  .action(async ({ ctx }) => {
    await db.$transaction(async (tx) => {
      const logoFileId = await lockListing(tx, ctx.org.id);
      if (!logoFileId) return;
      await tx.organization.update({ where: { id: ctx.org.id }, data: { listingLogoFileId: null } });
      const removed = await deleteLogoFile(tx, ctx.org.id, logoFileId);
      await ctx.audit(tx, {
        kind: "listing.logo_removed",
        organizationId: ctx.org.id,
        actorId: ctx.user.id,
        subject: { type: "Organization", id: ctx.org.id },
        payload: { sha256: removed.sha256 },
      });
    });
    refresh(PAGE);
    redirect(`${PAGE}?saved=logo`);
  });

/**
 * Sets whether AAMI staff hide the listing. The update is conditional on the current value, so of two
 * administrators pressing at once (or a double click) one changes it and is recorded, and the other changes nothing:
 * either way the listing ends up as they asked.
 */
async function setHiddenByStaff(ctx: StaffActionContext, organizationId: string, hidden: boolean) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.organization.updateMany({
      where: { id: organizationId, listingHiddenByStaff: !hidden },
      data: { listingHiddenByStaff: hidden },
    });
    if (count === 0) {
      if (!(await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } }))) {
        throw notFound();
      }
      return;
    }
    await ctx.audit(tx, {
      kind: hidden ? "listing.hidden" : "listing.unhidden",
      organizationId,
      actorId: ctx.user.id,
      subject: { type: "Organization", id: organizationId },
      payload: {},
    });
  });
  const page = `/staff/employers/${organizationId}`;
  refresh(page);
  redirect(`${page}#listing`);
}

/** STAFF_ADMIN: takes an employer's listing off the home page, whatever the employer chooses, until shown again. */
export const hideListing = staffAction(["STAFF_ADMIN"])
  .schema(StaffListingSchema)
  .action(({ input, ctx }) => setHiddenByStaff(ctx, input.organizationId, true));

/** STAFF_ADMIN: lets the employer's own choice decide again. */
export const showListing = staffAction(["STAFF_ADMIN"])
  .schema(StaffListingSchema)
  .action(({ input, ctx }) => setHiddenByStaff(ctx, input.organizationId, false));
