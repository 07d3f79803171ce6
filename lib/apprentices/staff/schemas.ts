import { z } from "zod";
import { isCalendarDate } from "@/lib/forms/fields";

const day = z
  .string()
  .refine((v) => isCalendarDate(v))
  .transform((v) => new Date(`${v}T00:00:00.000Z`));

/** The days of the RAPIDS status-change file: from and to (today when not given), both included, in order. */
export const StatusChangesRangeSchema = z
  .object({ from: day, to: z.preprocess((v) => v ?? new Date().toISOString().slice(0, 10), day) })
  .refine((r) => r.from <= r.to, { path: ["to"], message: "The last day comes on or after the first." });
