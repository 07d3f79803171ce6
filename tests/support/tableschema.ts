import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "./csv";

// Checks a CSV against a Frictionless Table Schema file, reading every rule from the file itself (column names and
// order, required, maxLength, pattern, integer type, categories, unique, and the MM/DD/YYYY example of date
// columns), so the RAPIDS export is tested against DOL's specification rather than against a copy of its rules.

type Category = string | number | { value: string | number };
export type Field = {
  name: string;
  type: string;
  description?: string;
  example?: string;
  format?: string;
  categories?: Category[];
  categoriesOrdered?: boolean;
  constraints?: { required?: boolean; maxLength?: number; pattern?: string; unique?: boolean };
};

const KNOWN_FIELD_KEYS = new Set([
  "name",
  "type",
  "description",
  "example",
  "format",
  "categories",
  "categoriesOrdered",
  "constraints",
]);
const KNOWN_CONSTRAINTS = new Set(["required", "maxLength", "pattern", "unique"]);
/**
 * The schema marks Telephone `format: "uri"`, which no phone number satisfies unless written as a tel: link; RAPIDS
 * takes the digits, so that one rule is set aside here, by name, rather than silently.
 */
const FORMAT_EXEMPT = new Set(["Telephone"]);

export const RAPIDS_TABLESCHEMA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/reference/rapids-apprentice-upload.tableschema.json",
);

/** A schema file's fields, checked as tableSchemaFields does. */
export const readTableSchema = (file: string): Field[] =>
  tableSchemaFields(JSON.parse(readFileSync(file, "utf8")) as { fields: Field[] });

/** The schema's fields; a rule this checker does not know stops the test instead of being skipped. */
export function tableSchemaFields(schema: { fields: readonly Field[] }): Field[] {
  const fields = [...schema.fields];
  for (const field of fields) {
    const unknown = [
      ...Object.keys(field).filter((k) => !KNOWN_FIELD_KEYS.has(k)),
      ...Object.keys(field.constraints ?? {}).filter((k) => !KNOWN_CONSTRAINTS.has(k)),
    ];
    if (unknown.length) throw new Error(`${field.name}: the checker does not know ${unknown.join(", ")}`);
  }
  return fields;
}

const isRealDay = (mmddyyyy: string) => {
  const [mm, dd, yyyy] = mmddyyyy.split("/").map(Number) as [number, number, number];
  const d = new Date(Date.UTC(yyyy, mm - 1, dd));
  return d.getUTCFullYear() === yyyy && d.getUTCMonth() === mm - 1 && d.getUTCDate() === dd;
};

export const categoryValue = (c: Category) => String(typeof c === "object" ? c.value : c);

/** Every way the CSV breaks the schema, as "row N, column: problem"; empty when it conforms. */
export function tableSchemaProblems(csv: string, fields: Field[]): string[] {
  const problems: string[] = [];
  if (csv.startsWith("\uFEFF")) problems.push("starts with a byte order mark");
  const [header = [], ...rows] = parseCsv(csv);
  rows.forEach((row, i) => {
    if (row.length !== fields.length)
      problems.push(`row ${i + 1}: ${row.length} cells, the schema has ${fields.length}`);
  });
  const names = fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) {
    problems.push(`header is ${JSON.stringify(header)}, the schema's columns are ${JSON.stringify(names)}`);
  }
  fields.forEach((field, column) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const at = `row ${i + 1}, ${field.name}`;
      const value = row[column] ?? "";
      const c = field.constraints ?? {};
      if (value === "") {
        if (c.required) problems.push(`${at}: required`);
        return;
      }
      if (c.maxLength !== undefined && value.length > c.maxLength) problems.push(`${at}: longer than ${c.maxLength}`);
      // Table Schema patterns match the whole value.
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value))
        problems.push(`${at}: does not match ${c.pattern}`);
      if (field.type === "integer" && !/^-?\d+$/.test(value)) problems.push(`${at}: "${value}" is not an integer`);
      if (field.categories && !field.categories.map(categoryValue).includes(value)) {
        problems.push(`${at}: "${value}" is not one of ${field.categories.map(categoryValue).join(", ")}`);
      }
      if (field.example === "MM/DD/YYYY" && !(/^\d{2}\/\d{2}\/\d{4}$/.test(value) && isRealDay(value))) {
        problems.push(`${at}: "${value}" is not a day written MM/DD/YYYY`);
      }
      if (field.format === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) problems.push(`${at}: not an email`);
      if (field.format === "uri" && !FORMAT_EXEMPT.has(field.name) && !URL.canParse(value)) {
        problems.push(`${at}: not a URI`);
      }
      if (c.unique && seen.has(value)) problems.push(`${at}: "${value}" appears twice`);
      seen.add(value);
    });
  });
  return problems;
}
