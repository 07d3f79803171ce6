import { Prisma } from "@prisma/client";

/** A unique constraint refused the write: someone else created the same thing a moment ago. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

type UniqueMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } };
};

/**
 * A unique violation on exactly this column. The driver adapter (lib/prisma-client) reports the columns under
 * meta.driverAdapterError.cause.constraint.fields, Prisma's own engines under meta.target; both are read.
 */
export function isUniqueViolationOn(error: unknown, column: string): boolean {
  if (!isUniqueViolation(error)) return false;
  const meta = (error as Prisma.PrismaClientKnownRequestError).meta as UniqueMeta | undefined;
  const fields = meta?.driverAdapterError?.cause?.constraint?.fields ?? meta?.target;
  if (!Array.isArray(fields)) return false;
  return fields.length === 1 && String(fields[0]).replace(/^"|"$/g, "") === column;
}
