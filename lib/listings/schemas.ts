import { z } from "zod";
import { blankOr, optionalImageFile, optionalText, usState } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

// The participating-employer listing on the home page: what the employer's form sends, and what staff send.

export const MAX_DISPLAY_NAME = 120;
/** The longest US city name a USPS address line carries. */
export const MAX_CITY = 55;
/** Logos are shrunk to fit this box (never enlarged); the card shows them smaller still. */
export const LOGO_BOX = { width: 400, height: 200 } as const;

/** Why a member of an organization AAMI has not approved cannot list it (the page and the action say the same). */
export const NOT_YET_LISTABLE = "Your organization can be listed once AAMI approves it as an employer partner.";

/** What an employer is told about a logo that cannot be used, next to the file field. */
export const LOGO_MESSAGES = {
  tooLarge: "The logo is larger than 1 MB. Save a smaller version and upload it again.",
  wrongKind: "Upload the logo as a PNG, JPEG or WebP image.",
  unreadable: "This file looks like an image but cannot be opened. Save it again as PNG, JPEG or WebP and upload it.",
  tooManyPixels: "This image is too large to process. Save it at most 5,000 pixels wide and upload it again.",
} as const;

/**
 * The employer's listing settings. The details are optional while the organization is not listed (they are kept,
 * so listing again is one click) and required to be listed. A logo, when chosen, replaces the current one.
 */
export const ListingSchema = z
  .object({
    listed: z.enum(["yes", "no"], { message: "Say whether to list your organization on the home page." }),
    displayName: optionalText("the name to show", MAX_DISPLAY_NAME),
    city: optionalText("the city", MAX_CITY),
    state: blankOr(usState),
    logo: optionalImageFile(LOGO_MESSAGES.tooLarge),
  })
  .superRefine((listing, ctx) => {
    if (listing.listed !== "yes") return;
    const missing = [
      ["displayName", listing.displayName, "Enter the name to show."],
      ["city", listing.city, "Enter the city."],
      ["state", listing.state, "Choose a state."],
    ] as const;
    for (const [path, value, message] of missing) {
      if (!value) ctx.addIssue({ code: "custom", path: [path], message });
    }
  });

export type ListingInput = z.input<typeof ListingSchema>;

/** Removing the logo names no record: the organization is the caller's own. */
export const RemoveListingLogoSchema = z.object({});

/** Staff hide or show an organization's listing. */
export const StaffListingSchema = z.object({ organizationId: IdSchema });
