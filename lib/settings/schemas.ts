import { z } from "zod";
import { NO_NUL, email, noNulMessage, wholeNumber } from "@/lib/forms/fields";

export const reviewTargetDays = z.number().int().min(1).max(60);

export const ReviewTargetSchema = z.object({
  reviewTargetBusinessDays: wholeNumber("the review target", 1, 60),
});

/** AAMI's address for employers and apprentices, shown on the home page; null until an administrator sets one. */
export const storedContactEmail = z.string().email().max(254).nullable();

/** Blank clears the address (the home page then points to the employer form instead). */
export const ContactEmailSchema = z.object({
  aamiContactEmail: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), email.nullable()),
});

/** The most funding resources the form offers; the page and the home page stay readable with this many. */
export const MAX_FUNDING_RESOURCES = 12;
export const FUNDING_TITLE_MAX = 120;
export const FUNDING_DESCRIPTION_MAX = 600;

/**
 * A link staff may give: a web address on another site (https only, so no script or data URL reaches a page), or a
 * path on this portal such as /api/program-documents/training-objectives.
 */
export const isResourceUrl = (value: string) => {
  if (/^\/(?!\/)[^\s\\]*$/.test(value)) return true;
  if (!/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
};

/** One funding resource as stored and shown: where employers can look for money for related instruction. */
export const fundingResource = z.object({
  title: z.string().min(1).max(FUNDING_TITLE_MAX),
  description: z.string().min(1).max(FUNDING_DESCRIPTION_MAX),
  url: z.string().max(500).refine(isResourceUrl).nullable(),
});
export type FundingResource = z.output<typeof fundingResource>;

export const storedFundingResources = z.array(fundingResource).max(MAX_FUNDING_RESOURCES);

/** One row of the staff form. A row left blank is no resource (null), so spare rows can be offered and ignored. */
const FundingResourceRowSchema = z
  .object({
    title: z
      .string()
      .trim()
      .max(FUNDING_TITLE_MAX, `Keep the title under ${FUNDING_TITLE_MAX} characters.`)
      .default(""),
    description: z
      .string()
      .trim()
      .max(FUNDING_DESCRIPTION_MAX, `Keep the description under ${FUNDING_DESCRIPTION_MAX} characters.`)
      .default(""),
    url: z.string().trim().max(500, "Keep the link under 500 characters.").default(""),
  })
  .optional()
  .transform((row, ctx): FundingResource | null => {
    if (!row || (!row.title && !row.description && !row.url)) return null;
    if (!row.title) ctx.addIssue({ code: "custom", path: ["title"], message: "Enter a title, or clear the row." });
    if (!row.description) {
      ctx.addIssue({ code: "custom", path: ["description"], message: "Enter a description, or clear the row." });
    }
    if (row.url && !isResourceUrl(row.url)) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "Enter a web address starting with https://, or a path on this portal starting with /.",
      });
    }
    for (const field of ["title", "description", "url"] as const) {
      if (!NO_NUL.test(row[field])) ctx.addIssue({ code: "custom", path: [field], message: noNulMessage("it") });
    }
    return { title: row.title, description: row.description, url: row.url || null };
  });

/** Staff > Settings: the funding resources, in the order shown. Rows left blank are dropped. */
export const FundingResourcesSchema = z.object({
  resources: z
    .array(FundingResourceRowSchema)
    .max(MAX_FUNDING_RESOURCES, `List at most ${MAX_FUNDING_RESOURCES} resources.`)
    .default([])
    .transform((rows) => rows.filter((r): r is FundingResource => r !== null)),
});
