import { z } from "zod";
import { listOf, requiredText, ticked } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

/** Step 2: the versions the person read, their typed name, and the confirmation. */
export const AcknowledgeStandardsSchema = z.object({
  documentIds: listOf(IdSchema).pipe(z.array(IdSchema).min(1, "Reload the page: the documents are missing.")),
  typedName: requiredText("your full name", 120),
  confirm: ticked("Tick the box to confirm you have read both documents."),
});
