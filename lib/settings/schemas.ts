import { z } from "zod";
import { wholeNumber } from "@/lib/forms/fields";

export const reviewTargetDays = z.number().int().min(1).max(60);

export const ReviewTargetSchema = z.object({
  reviewTargetBusinessDays: wholeNumber("the review target", 1, 60),
});
