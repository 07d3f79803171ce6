// How audit events read to staff. Kinds and payloads are written by many features (and more kinds come with
// each one), so these work from the shapes every event shares rather than from a table per kind. Pure.

const SHA256_PATTERN = /^[0-9a-f]{64}$/i;

/** "organization.access_requested" → "Organization access requested". */
export function auditKindLabel(kind: string): string {
  return sentence(kind.replace(/[._]+/g, " "));
}

/** "EmployerAgreement" → "Employer agreement". */
export function subjectTypeLabel(type: string): string {
  return sentence(splitCamel(type));
}

/**
 * One line of the payload's fields, "Version: 2 · Resubmission: no", cut to `maxLength`. Hashes are shortened
 * and lists of records counted, since the full payload stays in the database for anyone who needs it.
 */
export function summarizePayload(payload: unknown, maxLength = 120): string {
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) return "";
  const parts = Object.entries(payload)
    .map(([key, value]) => {
      const shown = describeValue(value);
      return shown === null ? null : `${sentence(splitCamel(key))}: ${shown}`;
    })
    .filter((part): part is string => part !== null);
  const line = parts.join(" · ");
  return line.length <= maxLength ? line : `${line.slice(0, maxLength - 1).trimEnd()}…`;
}

function describeValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return SHA256_PATTERN.test(value) ? `${value.slice(0, 12)}…` : value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string" || typeof v === "number")) return value.join(", ") || "none";
    return `${value.length} ${value.length === 1 ? "entry" : "entries"}`;
  }
  return "…";
}

const splitCamel = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, "$1 $2");
const sentence = (text: string) => {
  const lower = text.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
};
