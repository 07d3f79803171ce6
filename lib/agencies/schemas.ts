import { z } from "zod";
import { AGENCY_KINDS } from "@/lib/agencies/registry";
import {
  blankOr,
  dateInRange,
  email,
  optionalText,
  phone,
  requiredText,
  usState,
  wholeNumber,
} from "@/lib/forms/fields";

// The staff form that corrects one state's Registration Agency (/staff/agencies/[state]), shared by the form and
// lib/agencies/actions. `rowVersion` is the version the page showed (0: the built-in entry, never corrected), so
// a save from an outdated page is refused instead of overwriting a colleague's correction.

/** A web address people can open: http(s) only, so a stored value never becomes a script link on a page. */
const webAddress = (what: string) =>
  z
    .string()
    .trim()
    .max(500, `Keep ${what} under 500 characters.`)
    .refine((v) => {
      try {
        const url = new URL(v);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
      } catch {
        return false;
      }
    }, `Enter ${what} as a full web address, like https://www.apprenticeship.gov/.`);

export const CorrectAgencySchema = z.object({
  state: usState,
  rowVersion: wholeNumber("the page version", 0, 1_000_000),
  kind: z.enum(AGENCY_KINDS, { message: "Choose the Office of Apprenticeship or a State Apprenticeship Agency." }),
  name: requiredText("the agency's name", 200),
  office: optionalText("the department or office", 200),
  email: blankOr(email),
  phone: blankOr(phone),
  website: blankOr(webAddress("the website")),
  source: webAddress("the source"),
  // Checked against the source: not in the future, and a stale check should be redone rather than backdated.
  checkedOn: dateInRange("the day you checked it", 3650, 0),
});

export type CorrectAgencyInput = z.output<typeof CorrectAgencySchema>;
