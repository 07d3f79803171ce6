import { z } from "zod";
import { dollarsToCents, listOf, ticked, optionalText, wholeNumber } from "@/lib/forms/fields";
import { ID_PATTERN } from "@/lib/ids";
import { optionalWebsite, providerContact, providerType } from "@/lib/rti-providers/schemas";

/** The provider select's value for "my provider is not listed": the employer then proposes one. */
export const OTHER_PROVIDER = "other";

export const DELIVERY_OPTIONS = [
  { value: "ONLINE", label: "Online" },
  { value: "IN_PERSON", label: "In person" },
  { value: "HYBRID", label: "Hybrid (online and in person)" },
] as const;

export const FUNDING_SOURCES = [
  { value: "OPERATING_BUDGET", label: "Operating budget" },
  { value: "STATE_GRANT", label: "State grant" },
  { value: "FEDERAL_GRANT", label: "Federal grant (for example WIOA)" },
  { value: "OTHER", label: "Other" },
] as const;

export const fundingSourceLabel = (value: string) => FUNDING_SOURCES.find((s) => s.value === value)?.label ?? value;

/** A plan's funding sources as people read them: "Operating budget, Other: Hospital foundation". */
export const fundingSourcesText = (plan: { sources: string[]; otherSourceText: string | null }) =>
  plan.sources
    .map((s) => (s === "OTHER" && plan.otherSourceText ? `Other: ${plan.otherSourceText}` : fundingSourceLabel(s)))
    .join(", ");

/** Step 4: related-instruction funding (Training Objectives p. A-20). */
export const FundingPlanSchema = z
  .object({
    /** A listed provider's id, or OTHER_PROVIDER with the proposal's fields below. */
    rtiProviderId: z
      .string({ message: "Choose your related-instruction provider." })
      .trim()
      .refine(
        (v) => v === OTHER_PROVIDER || ID_PATTERN.test(v),
        "Choose your related-instruction provider, or “My provider is not listed”.",
      ),
    // Only when the provider is not listed: checked below, ignored otherwise.
    otherProviderName: optionalText("the provider's name", 120),
    otherProviderType: z.preprocess((v) => (v === "" ? undefined : v), providerType.optional()),
    otherProviderContact: z.preprocess((v) => (v === "" ? undefined : v), providerContact.optional()),
    otherProviderWebsite: optionalWebsite,
    delivery: z.enum(["ONLINE", "IN_PERSON", "HYBRID"], { message: "Choose how instruction is delivered." }),
    hoursPerYear: wholeNumber("the hours of instruction per year", 1, 2000),
    costPerApprentice: dollarsToCents("the estimated cost per apprentice", 100_000),
    sources: listOf(z.enum(["OPERATING_BUDGET", "STATE_GRANT", "FEDERAL_GRANT", "OTHER"])).pipe(
      z
        .array(z.enum(["OPERATING_BUDGET", "STATE_GRANT", "FEDERAL_GRANT", "OTHER"]))
        .min(1, "Choose at least one funding source."),
    ),
    otherSourceText: optionalText("the other funding source", 200),
    instructionTimePaid: z.enum(["yes", "no"], { message: "Say whether instruction time is paid." }),
    attest: ticked("Tick the box to confirm your organization pays 100% of required related instruction."),
  })
  .superRefine((v, ctx) => {
    if (v.rtiProviderId === OTHER_PROVIDER) {
      const missing = [
        ["otherProviderName", v.otherProviderName, "Enter the provider's name."],
        ["otherProviderType", v.otherProviderType, "Choose the type of provider."],
        ["otherProviderContact", v.otherProviderContact, "Enter a contact at the provider (name, email or phone)."],
      ] as const;
      for (const [path, value, message] of missing) {
        if (!value) ctx.addIssue({ code: "custom", path: [path], message });
      }
    }
    if (v.sources.includes("OTHER") && !v.otherSourceText) {
      ctx.addIssue({ code: "custom", path: ["otherSourceText"], message: "Describe the other funding source." });
    }
  });
