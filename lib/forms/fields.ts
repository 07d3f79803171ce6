import { z } from "zod";
import { isStateCode } from "@/lib/us-states";

// Field rules shared by every form, with the messages people see next to the field. Forms post strings; these
// trim them, turn empty optional fields into undefined and enforce a length limit on everything.

/** Postgres cannot store a NUL character in text; a pasted one would otherwise fail the whole save. */
export const NO_NUL = /^[^\u0000]*$/;
export const noNulMessage = (what: string) => `Remove the invisible control characters from ${what}.`;

export const requiredText = (what: string, max = 200) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Keep ${what} under ${max} characters.`)
    .regex(NO_NUL, noNulMessage(what));

export const optionalText = (what: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max} characters.`)
    .regex(NO_NUL, noNulMessage(what))
    .optional()
    .transform((v) => (v ? v : undefined));

export const email = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "That address is too long.")
  .email("Enter a valid email address, like name@hospital.org.");

export const usState = z
  .string({ message: "Choose a state." })
  .trim()
  .toUpperCase()
  .refine(isStateCode, "Choose a state.");

export const zipCode = z
  .string({ message: "Enter a ZIP code." })
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, "Enter a 5-digit ZIP code (or ZIP+4), like 53703.");

export const phone = z
  .string({ message: "Enter a phone number." })
  .trim()
  .max(30, "Enter a phone number, like 608-555-0100.")
  .refine(
    (v) => /^[\d\s()+.-]+$/.test(v) && v.replace(/\D/g, "").length >= 10,
    "Enter a phone number with area code, like 608-555-0100.",
  );

/** Federal Employer Identification Number, stored as NN-NNNNNNN. Optional. */
export const optionalEin = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^\d{2}-?\d{7}$/.test(v), "Enter the EIN as 9 digits, like 12-3456789.")
  .transform((v) => (v ? `${v.replace("-", "").slice(0, 2)}-${v.replace("-", "").slice(2)}` : undefined));

export const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ message: `Enter ${what} as a whole number.` })
    .int(`Enter ${what} as a whole number.`)
    .min(min, `${what[0]!.toUpperCase()}${what.slice(1)} must be at least ${min}.`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} must be at most ${max}.`);

/**
 * Repeated form fields (checkbox groups, hidden lists) arrive as a string when only one is present, and as
 * nothing at all when none is ticked (react-hook-form reports `false` for such a group in the browser).
 */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === false || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );

/** A ticked record's checkbox value: its id and the version the page showed ("id:version"). */
export const tickedValue = (record: { id: string; rowVersion: number }) => `${record.id}:${record.rowVersion}`;

/**
 * The records a batch form's boxes ticked (tickedValue), each as its id and version, one to `max` of them; a record
 * ticked twice (a hand-made request) counts once.
 */
export const tickedRecords = (messages: { noneTicked: string; tooMany: string }, max = 100) =>
  listOf(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9]{20,40}:\d{1,7}$/, "This page is out of date. Reload it and try again.")
      .transform((v) => {
        const [id, version] = v.split(":");
        return { id: id!, rowVersion: Number(version) };
      }),
  )
    .refine((list) => list.length > 0, messages.noneTicked)
    .refine((list) => list.length <= max, messages.tooMany)
    .transform((list) => [...new Map(list.map((r) => [r.id, r])).values()]);

/**
 * An optional checkbox (value "yes"): ticked or not. The browser's react-hook-form reports an unticked box as
 * `false`, a posted form leaves it out.
 */
export const optionalBox = z.preprocess((v) => (v === "yes" ? "yes" : undefined), z.literal("yes").optional());

/** A confirmation checkbox (value "yes") that must be ticked. */
export const ticked = (message: string) => z.literal("yes", { message });

/** A real calendar day written YYYY-MM-DD: 2025-02-31 matches the pattern and parses, but is not one. */
export const isCalendarDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

/**
 * A calendar day typed as YYYY-MM-DD (what <input type="date"> sends), kept as that string: the domain checks it
 * against the record's own dates (a start date, today) and says so next to the field.
 */
export const calendarDay = (what: string) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .min(1, { message: `Enter ${what}.`, abort: true })
    .refine((v) => isCalendarDate(v), "Enter the day as a date, like 2027-07-15.");

/** A calendar date typed as YYYY-MM-DD (what <input type="date"> sends), within a range of days from today. */
export const dateInRange = (what: string, daysBefore: number, daysAfter: number) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter ${what} as a date, like 2027-01-15.`)
    .refine(isCalendarDate, `Enter ${what} as a real date.`)
    .transform((v) => new Date(`${v}T00:00:00.000Z`))
    .refine(
      (d) => d.getTime() >= Date.now() - (daysBefore + 1) * 86_400_000,
      `${what[0]!.toUpperCase()}${what.slice(1)} cannot be more than ${daysBefore} days ago.`,
    )
    .refine(
      (d) => d.getTime() <= Date.now() + daysAfter * 86_400_000,
      daysAfter === 0
        ? `${what[0]!.toUpperCase()}${what.slice(1)} cannot be in the future.`
        : `${what[0]!.toUpperCase()}${what.slice(1)} must be within ${Math.round(daysAfter / 365)} years.`,
    );

/** An optional field that is blank or passes the schema. */
export const blankOr = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/** A dollar amount typed as 1234 or 1,234.50, kept as whole cents. */
export const dollarsToCents = (what: string, maxDollars: number) =>
  z
    .string({ message: `Enter ${what}.` })
    .trim()
    .transform((v) => v.replace(/[$,\s]/g, ""))
    .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), `Enter ${what} in dollars, like 3500 or 3500.00.`)
    .transform((v) => Math.round(Number(v) * 100))
    .refine(
      (cents) => cents <= maxDollars * 100,
      `${what[0]!.toUpperCase()}${what.slice(1)} must be at most $${maxDollars.toLocaleString("en-US")}.`,
    );

// One formatter for every call: toLocaleString with options builds a new Intl.NumberFormat each time, which was a
// visible share of a wage-heavy PDF's build time.
const DOLLARS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
export const formatCents = (cents: number) => DOLLARS.format(cents / 100);

/**
 * The largest PDF anyone uploads (a scanned agreement, a program document). next.config.ts lets server action
 * bodies be slightly larger, so a bigger file reaches the action and gets this message rather than a bare error.
 */
export const MAX_PDF_UPLOAD_BYTES = 10 * 1024 * 1024;

// In the browser react-hook-form hands over the input's FileList; on the server the form posts a File.
const firstFile = (v: unknown) => (typeof FileList !== "undefined" && v instanceof FileList ? v[0] : v);

/**
 * The largest image anyone uploads (an employer's logo). It is checked by content and re-encoded on the server by
 * lib/storage/image-upload.ts; next.config.ts lets larger bodies through so a bigger file gets this message.
 */
export const MAX_IMAGE_UPLOAD_BYTES = 1024 * 1024;

/**
 * An optional file input: nothing chosen (the browser's empty FileList, or the empty File a form posts) is
 * undefined, a chosen file must not be larger than `maxBytes`. Its type is deliberately not judged by its name or the
 * browser's guess: the server reads its content (lib/storage/).
 */
export const optionalFile = (maxBytes: number, tooLarge: string) =>
  z.preprocess(
    (v) => {
      const file = firstFile(v);
      return file instanceof File && file.size > 0 ? file : undefined;
    },
    z
      .instanceof(File)
      .refine((f) => f.size <= maxBytes, tooLarge)
      .optional(),
  );

/** An optional image file input (lib/storage/image-upload.ts reads it). */
export const optionalImageFile = (tooLarge: string) => optionalFile(MAX_IMAGE_UPLOAD_BYTES, tooLarge);

/**
 * A required file input, checked by what the browser can see: chosen, not empty, not larger than `maxBytes`, and
 * of an accepted kind by its name or type. Its content is for the server to judge.
 */
export const chosenFile = (
  maxBytes: number,
  accepts: (file: File) => boolean,
  messages: { missing: string; tooLarge: string; wrongKind: string },
) =>
  z.preprocess(
    firstFile,
    z
      .instanceof(File, { message: messages.missing })
      // abort: an empty file is told it is missing, not also that it is of the wrong kind.
      .refine((f) => f.size > 0, { message: messages.missing, abort: true })
      .refine((f) => f.size <= maxBytes, messages.tooLarge)
      .refine(accepts, messages.wrongKind),
  );

/** A PDF file input (chosenFile); its content is checked on the server by lib/storage/pdf-upload.ts. */
export const pdfFile = (messages: { missing: string; tooLarge: string; notPdf: string }) =>
  chosenFile(MAX_PDF_UPLOAD_BYTES, (f) => f.type === "application/pdf" || f.name.toLowerCase().endsWith(".pdf"), {
    missing: messages.missing,
    tooLarge: messages.tooLarge,
    wrongKind: messages.notPdf,
  });
