import { z } from "zod";

// Record ids are cuids. Anything else in a URL or a form is rejected before it reaches the database, so a
// mangled link is a clean "not found", never a database error.
export const ID_PATTERN = /^[a-z0-9]{20,40}$/;

export const isId = (value: unknown): value is string => typeof value === "string" && ID_PATTERN.test(value);

export const IdSchema = z
  .string()
  .trim()
  .regex(ID_PATTERN, "This link or form is out of date. Reload the page and try again.");
