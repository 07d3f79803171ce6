import { z } from "zod";
import { ID_PATTERN, IdSchema } from "@/lib/ids";

export const AssignMentorSchema = z.object({
  apprenticeId: IdSchema,
  mentorId: z.string({ message: "Choose the mentor." }).trim().regex(ID_PATTERN, "Choose the mentor."),
});
