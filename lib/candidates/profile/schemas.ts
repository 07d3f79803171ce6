import { z } from "zod";
import { email, ticked } from "@/lib/forms/fields";
import { InterestFormSchema } from "@/lib/candidates/interest/schemas";

// The private link (lib/candidates/profile/token.ts) travels as a hidden field; the action checks it.
const linkToken = z
  .string({ message: "This link is not valid. Ask for a new one with your email address." })
  .trim()
  .min(1, "This link is not valid. Ask for a new one with your email address.")
  .max(200, "This link is not valid. Ask for a new one with your email address.");

/** Changing a profile through the private link: the same questions; the address stays the one the link was sent to. */
export const ProfileFormSchema = InterestFormSchema.omit({ email: true, website: true }).extend({ token: linkToken });

export const ProfileLinkSchema = z.object({ token: linkToken });

export const DeleteProfileSchema = ProfileLinkSchema.extend({
  confirm: ticked("Tick the box to confirm that your profile and everything you told us should be deleted."),
});

export const RequestProfileLinkSchema = z.object({ email });
