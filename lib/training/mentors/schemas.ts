import { z } from "zod";
import { IdSchema } from "@/lib/ids";

export const AssignMentorSchema = z.object({
  apprenticeId: IdSchema,
  mentorId: z
    .string({ message: "Choose the mentor." })
    .trim()
    .regex(/^[a-z0-9]{20,40}$/, "Choose the mentor."),
});
