import { z } from "zod";
import { ticked, wholeNumber } from "@/lib/forms/fields";

/** Step 7. `basedOnVersion` is the newest version the page showed, so a second click adds nothing. */
export const SubmitForReviewSchema = z.object({
  basedOnVersion: wholeNumber("the version", 0, 10_000),
  confirm: ticked("Tick the box to confirm that what you are submitting is complete and correct."),
});
