// Expected failures travel as AppError values with a code; lib/action-client and lib/authz/page map them once
// to user messages and HTTP behaviour.

export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NO_ORGANIZATION" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "CROSS_ORIGIN";

const VALIDATION_MESSAGE = "Please correct the highlighted fields.";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Please sign in to continue.",
  FORBIDDEN: "You do not have permission to do that.",
  NO_ORGANIZATION: "Your account is not part of an employer organization yet.",
  NOT_FOUND: "We could not find that. It may have been removed, or it belongs to another organization.",
  CONFLICT: "Someone else changed this at the same time. Reload the page to see the latest version.",
  VALIDATION: VALIDATION_MESSAGE,
  CROSS_ORIGIN:
    "This request did not come from the portal's own pages, so it was refused. Start again from the portal.",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: Record<string, string[]>;

  constructor(code: AppErrorCode, message?: string, fieldErrors: Record<string, string[]> = {}) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const notFound = () => new AppError("NOT_FOUND");

/** A refusal of the form as sent: each message next to its field, nothing changed. */
export function fieldErrors(errors: Record<string, string[]>, message = VALIDATION_MESSAGE): never {
  throw new AppError("VALIDATION", message, errors);
}

/** The same, for one field. */
export function fieldError(field: string, message: string): never {
  throw new AppError("VALIDATION", VALIDATION_MESSAGE, { [field]: [message] });
}

/**
 * Work prepared before a transaction (a PDF built from the records as they stood) no longer matches the records in
 * it: another decision changed them in between. The transaction rolls back and the work is prepared again.
 */
export class StalePreparationError extends Error {
  constructor() {
    super("The records this was prepared from changed before it was stored.");
    this.name = "StalePreparationError";
  }
}

export const GENERIC_ERROR_MESSAGE =
  "Something went wrong on our side and nothing was saved. Please try again in a moment.";
