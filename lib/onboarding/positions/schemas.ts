import { z } from "zod";
import { blankOr, dateInRange, requiredText, ticked, wholeNumber } from "@/lib/forms/fields";
import { IdSchema } from "@/lib/ids";

export const POSITION_TYPES = [
  {
    value: "NEW_POSITION",
    label: "A new position, created through HR",
    help: "Your HR department creates a new apprentice position.",
  },
  {
    value: "EXISTING_VACANCY",
    label: "An existing vacancy",
    help: "An open BMET position you will fill with an apprentice.",
  },
  {
    value: "INCUMBENT",
    label: "An incumbent worker",
    help: "Someone already on your staff who will enroll as an apprentice.",
  },
] as const;

export const positionTypeLabel = (type: string) => POSITION_TYPES.find((t) => t.value === type)?.label ?? type;

/** Step 3: one position. `positionId` is present when editing. */
export const PositionSchema = z.object({
  positionId: blankOr(IdSchema),
  type: z.enum(["NEW_POSITION", "EXISTING_VACANCY", "INCUMBENT"], { message: "Choose how the position exists." }),
  title: requiredText("the position title", 120),
  department: requiredText("the department", 120),
  siteAddress: requiredText("the site address", 300),
  expectedStartDate: blankOr(dateInRange("the expected start date", 30, 3 * 365)),
  openings: wholeNumber("the number of openings", 1, 50),
});

export const DeletePositionSchema = z.object({ positionId: IdSchema });

export const HiringAttestationSchema = z.object({
  attest: ticked("Tick the box to confirm that hiring is your organization's responsibility."),
});
