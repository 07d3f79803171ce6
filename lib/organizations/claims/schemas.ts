import { z } from "zod";
import { IdSchema } from "@/lib/ids";

/** Staff add someone who claimed an existing organization to it, with a role. */
export const AcceptClaimSchema = z.object({
  requestId: IdSchema,
  role: z.enum(["OWNER", "ADMIN", "MEMBER"], { message: "Choose a role." }),
});

/** Staff decline a claim: the claimant is told AAMI could not add them. */
export const DeclineClaimSchema = z.object({ requestId: IdSchema });
