import { z } from "zod";
import { dollarsToCents, listOf, requiredText, ticked, optionalText, wholeNumber } from "@/lib/forms/fields";

export const PROVIDER_TYPES = [
  { value: "", label: "Choose a type" },
  { value: "Community or technical college", label: "Community or technical college" },
  { value: "University", label: "University" },
  { value: "Online training provider", label: "Online training provider" },
  { value: "Employer-provided instruction", label: "Employer-provided instruction" },
  { value: "Other", label: "Other" },
] as const;

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
    providerName: requiredText("the provider's name"),
    providerType: z.enum(PROVIDER_TYPES.filter((t) => t.value).map((t) => t.value) as [string, ...string[]], {
      message: "Choose the type of provider.",
    }),
    delivery: z.enum(["ONLINE", "IN_PERSON", "HYBRID"], { message: "Choose how instruction is delivered." }),
    providerContact: requiredText("a contact at the provider (name, email or phone)", 200),
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
    if (v.sources.includes("OTHER") && !v.otherSourceText) {
      ctx.addIssue({ code: "custom", path: ["otherSourceText"], message: "Describe the other funding source." });
    }
  });
